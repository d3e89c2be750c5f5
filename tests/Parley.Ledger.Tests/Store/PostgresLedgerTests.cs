using Parley.Ledger.Store;
using static Parley.Ledger.Tests.Store.Findings;

namespace Parley.Ledger.Tests.Store;

/// <summary>The store suite on PostgreSQL, plus what only a shared server does: several writers at once, a server gone.</summary>
public sealed class PostgresLedgerTests(PostgresDatabase database) : LedgerContractTests, IClassFixture<PostgresDatabase>
{
    protected override ILedger OpenEmpty() => LedgerFactory.Open(database.NewLedgerUrl());

    [Fact]
    public void A_postgres_url_opens_postgresql()
    {
        using ILedger ledger = Open();
        ledger.Backend.Should().Be("postgres");
    }

    [Fact]
    public void A_server_that_cannot_be_reached_gives_a_clear_error()
    {
        database.NewLedgerUrl(); // skips without a server, like the rest of the class
        Action open = () => LedgerFactory.Open("postgres://postgres@127.0.0.1:1/nowhere").Dispose();
        open.Should().Throw<LedgerException>().Which.Message.Should().Contain("127.0.0.1:1").And.Contain("cannot reach");
    }

    [Fact]
    public void Two_writers_at_once_never_duplicate_an_article_an_event_or_a_quote()
    {
        string url = database.NewLedgerUrl();
        using (ILedger setup = LedgerFactory.Open(url))
        {
            setup.EnsureSchema();
        }

        // 60 articles over 12 (pair, day) events and 5 quotes; each writer writes all of them, in batches of 6, in opposite orders.
        ArticleFindings[] articles = [.. Enumerable.Range(0, 60).Select(i => Report(i, events: 2, quotes: 2))];
        WriteResult Writer(bool reversed)
        {
            using ILedger ledger = LedgerFactory.Open(url);
            ledger.EnsureSchema();
            long run = ledger.StartRun("ingest", "0.1.0", "kb-1", DateTimeOffset.UnixEpoch);
            IEnumerable<ArticleFindings> order = reversed ? articles.Reverse() : articles;
            return order.Chunk(6).Aggregate(WriteResult.None, (sum, batch) => sum.Plus(ledger.Write(batch, run)));
        }

        WriteResult[] results = [.. Enumerable.Range(0, 2).AsParallel().WithDegreeOfParallelism(2).Select(worker => Writer(reversed: worker == 1))];

        using ILedger check = LedgerFactory.Open(url);
        LedgerCounts counts = check.Counts();
        counts.Articles.Should().Be(60);
        (results[0].ArticlesWritten + results[1].ArticlesWritten).Should().Be(60, "each article is written by exactly one worker");
        counts.Events.Should().Be(12);
        counts.Quotes.Should().Be(5);
        counts.EventMentions.Should().Be(120);
        counts.QuoteSources.Should().Be(120);
        IReadOnlyList<LedgerEvent> events = check.Events(new EventQuery());
        events.Sum(found => found.MentionCount).Should().Be(120, "every mention is counted once");
        check.Quotes(new QuoteQuery()).Sum(quote => quote.SourceCount).Should().Be(120);
    }

    [Fact]
    public void A_lost_connection_gives_a_clear_error_and_loses_no_committed_batch()
    {
        string url = database.NewLedgerUrl();
        using ILedger ledger = LedgerFactory.Open(url);
        ledger.EnsureSchema();
        ledger.Write(Batch(FirstReport()), ledger.StartRun("ingest", "0.1.0", "kb-1", DateTimeOffset.UnixEpoch));

        // Tests of one class run one after another, so the only other session on this database is this ledger's.
        using (var admin = new Npgsql.NpgsqlConnection(PostgresLedger.ConnectionString(url)))
        {
            admin.Open();
            using var kill = new Npgsql.NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", admin);
            kill.ExecuteScalar();
        }

        // The pool's idle connections were killed too; later ledgers must not be handed one of them.
        Npgsql.NpgsqlConnection.ClearAllPools();

        Action write = () => ledger.Write(Batch(SecondReport()), 1);
        write.Should().Throw<LedgerException>().Which.Message.Should().Contain("lost the connection");
        using ILedger again = LedgerFactory.Open(url);
        again.Counts().Articles.Should().Be(1);
    }
}

