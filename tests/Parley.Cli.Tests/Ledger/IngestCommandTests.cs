using System.Text.Json;
using Parley.Evaluation.Corpus;
using Parley.Knowledge;
using Parley.Ledger;
using Parley.Ledger.Store;

namespace Parley.Cli.Tests.Ledger;

public sealed class IngestCommandTests : IDisposable
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.LoadShipped();
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("parley-ingest-");

    public void Dispose() => _scratch.Delete(recursive: true);

    private string Corpus => Path.Combine(_scratch.FullName, "corpus");

    private string Database => Path.Combine(_scratch.FullName, "ledger.duckdb");

    private static (int Exit, string Out, string Err) Parley(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(args, output, error, _ => null);
        return (exit, output.ToString(), error.ToString());
    }

    private LedgerCounts Counts()
    {
        using ILedger ledger = LedgerFactory.Open(Database);
        return ledger.Counts();
    }

    private void WriteCorpus(int articles)
    {
        CorpusWriter.Write(new SyntheticNews(Knowledge, seed: 21).Generate(articles), Corpus, jsonLines: false);
        // A photo saved among the stories: rejected as binary, never a crash.
        File.WriteAllBytes(Path.Combine(Corpus, "photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]);
    }

    [Fact]
    public void Ingest_stores_articles_reports_rejections_and_a_second_run_changes_nothing()
    {
        WriteCorpus(12);

        (int exit, _, string err) = Parley("ingest", Corpus, "--db", Database, "--workers", "2", "--batch", "5");

        exit.Should().Be(ExitCodes.SomeRejected, err);
        err.Should().Contain("13 read, 12 accepted, 1 (read.binary 1) rejected, 0 duplicates skipped");
        LedgerCounts first = Counts();
        first.Articles.Should().Be(12);
        first.Events.Should().BePositive();
        first.Quotes.Should().BePositive();

        (int again, _, string againErr) = Parley("ingest", Corpus, "--db", Database);

        again.Should().Be(ExitCodes.SomeRejected);
        againErr.Should().Contain("13 read, 0 accepted, 1 (read.binary 1) rejected, 12 duplicates skipped");
        Counts().Should().Be(first with { Runs = first.Runs + 1 }, "a second ingest of the same folder adds only its run row");
    }

    [Fact]
    public void Rejections_are_listed_and_a_fixed_source_is_ingested_on_retry()
    {
        WriteCorpus(3);
        Parley("ingest", Corpus, "--db", Database).Exit.Should().Be(ExitCodes.SomeRejected);

        (int exit, string table, _) = Parley("rejections", "--db", Database);
        exit.Should().Be(ExitCodes.Success);
        table.Should().Contain("photo.jpg").And.Contain("read.binary").And.Contain("1 rejection(s) not yet retried");

        string json = Parley("rejections", "--db", Database, "--format", "json").Out.Trim();
        JsonDocument.Parse(json).RootElement.GetProperty("code").GetString().Should().Be("read.binary");

        // The "photo" turns out to be a story saved under the wrong name; after a fix it reads.
        File.WriteAllText(Path.Combine(Corpus, "photo.jpg"), new SyntheticNews(Knowledge, seed: 99).Article(0).Text);
        (int retried, _, string retryErr) = Parley("rejections", "--db", Database, "--retry");

        retried.Should().Be(ExitCodes.Success, retryErr);
        retryErr.Should().Contain("1 of 1 source(s) now read and are marked retried");
        Counts().Articles.Should().Be(4);
        Parley("rejections", "--db", Database).Out.Should().Contain("0 rejection(s) not yet retried");
        Parley("rejections", "--db", Database, "--all").Out.Should().Contain("photo.jpg").And.Contain("yes");
    }

    [Fact]
    public void A_ledger_that_cannot_be_written_is_named_in_one_line_and_exits_3()
    {
        WriteCorpus(2);
        string notADatabase = Path.Combine(_scratch.FullName, "a-folder.duckdb");
        Directory.CreateDirectory(notADatabase);

        (int exit, _, string err) = Parley("ingest", Corpus, "--db", notADatabase);

        exit.Should().Be(ExitCodes.Failure);
        err.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("parley: cannot open the ledger").And.Contain(notADatabase);
    }

    [Fact]
    public void Nothing_to_read_is_a_failure_and_bad_options_are_usage_errors()
    {
        Parley("ingest", Path.Combine(_scratch.FullName, "missing"), "--db", Database).Exit.Should().Be(ExitCodes.Failure);
        Parley("ingest", Corpus, "--db", Database, "--workers", "0").Exit.Should().Be(ExitCodes.Usage);
        Parley("ingest", Corpus, "--db", Database, "--published", "last Tuesday").Exit.Should().Be(ExitCodes.Usage);
    }
}
