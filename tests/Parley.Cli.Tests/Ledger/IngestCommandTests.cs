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
    public void A_rejected_record_of_a_json_lines_file_is_read_again_alone_and_one_whose_file_is_gone_stays()
    {
        Directory.CreateDirectory(Corpus);
        var news = new SyntheticNews(Knowledge, seed: 5);
        string feed = Path.Combine(Corpus, "wire.jsonl.gz");
        string gone = Path.Combine(Corpus, "old.jsonl");
        // Line 2 gives its date as the desk wrote it, which is no ISO 8601: that one record is rejected.
        WriteGzipLines(feed, Line(news.Article(0)), Line(news.Article(1), published: "Tuesday morning"), Line(news.Article(2)));
        File.WriteAllText(gone, Line(news.Article(3), published: "last week") + "\n");

        (int exit, _, string err) = Parley("ingest", Corpus, "--db", Database);
        exit.Should().Be(ExitCodes.SomeRejected, err);
        err.Should().Contain("4 read, 2 accepted, 2 (jsonl.malformed 2) rejected");
        string listed = Parley("rejections", "--db", Database, "--format", "json").Out;
        listed.Should().Contain(JsonEncodedText.Encode(feed + "#2").ToString()).And.Contain(JsonEncodedText.Encode(gone + "#1").ToString());
        LedgerCounts before = Counts();

        // The desk fixes the date in place; the other file was cleared away meanwhile.
        WriteGzipLines(feed, Line(news.Article(0)), Line(news.Article(1)), Line(news.Article(2)));
        File.Delete(gone);
        (int retried, _, string retryErr) = Parley("rejections", "--db", Database, "--retry");

        retried.Should().Be(ExitCodes.Success, retryErr);
        retryErr.Should().Contain("1 rejected source(s) are no longer on disk")
            .And.Contain("1 read, 1 accepted, 0 rejected, 0 duplicates skipped", "only the rejected record is read again, not its file")
            .And.Contain("1 of 1 source(s) now read and are marked retried");
        LedgerCounts after = Counts();
        after.Articles.Should().Be(before.Articles + 1);
        after.Events.Should().BeGreaterThan(before.Events);
        string left = Parley("rejections", "--db", Database, "--format", "json").Out.Trim();
        JsonDocument.Parse(left).RootElement.GetProperty("source").GetString().Should().Be(gone + "#1", "the record whose file is gone stays");

        // The fixed file now holds three stored articles, each once.
        Parley("ingest", Corpus, "--db", Database).Err.Should().Contain("3 read, 0 accepted, 0 rejected, 3 duplicates skipped");
    }

    private static string Line(SyntheticArticle article, string? published = null) => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["headline"] = article.Headline,
        ["published"] = published ?? article.Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        ["text"] = article.Text,
    });

    private static void WriteGzipLines(string path, params string[] lines)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest);
        using var writer = new StreamWriter(gzip);
        writer.Write(string.Join("\n", lines) + "\n");
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
