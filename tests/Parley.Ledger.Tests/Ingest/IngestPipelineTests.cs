using Parley.Core;
using Parley.Ingest.Sources;
using Parley.Knowledge;
using Parley.Ledger.Ingest;

namespace Parley.Ledger.Tests.Ingest;

public sealed class IngestPipelineTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.LoadShipped();

    private static readonly string[] Stories =
    [
        """
        Xi and Putin hold video call on energy

        By Maria Keller
        Published: 05 Feb 2026, 09:10 AM GMT

        On Wednesday Xi Jinping made a video call to Vladimir Putin to discuss gas supplies and payments.

        "We agreed to keep working together on energy," Putin said after the call.

        ADVERTISEMENT

        The Kremlin said the two leaders would meet in person later in the year.
        """,
        """
        Macron to visit China next week

        Published: 06 Feb 2026, 03:28 PM GMT

        Emmanuel Macron will visit Beijing on Monday, the Elysee Palace said, his first trip to China in two years.

        Officials said trade and the war in Ukraine would top the agenda.
        """,
        """
        Erdogan and Putin speak by phone

        Published: 04 Feb 2026, 11:00 AM GMT

        Recep Tayyip Erdogan and Vladimir Putin spoke by phone on Tuesday about grain shipments across the Black Sea.

        Photo: Reuters/File

        "There can be no lasting peace without honest talks," Erdogan told reporters in Ankara.
        """,
        """
        Starmer hosts European leaders

        Published: 03 Feb 2026, 06:45 PM GMT

        Keir Starmer held talks with his Irish counterpart, Micheal Martin, and the French president, Emmanuel Macron, in London on Monday.

        (Reporting by Tom Okafor; Editing by Hana Sato)
        """,
    ];

    private static SourceItem Story(int index, string? source = null) =>
        SourceItem.Of(new SourceDocument(source ?? $"desk/story-{index}.txt", ContentKind.PlainText, Stories[index], SourceHints.None));

    private static IEnumerable<SourceItem> AllStories() =>
        [.. Stories.Select((_, i) => Story(i)), SourceItem.Rejected("desk/photo.jpg", RejectionCodes.Binary, "the bytes are a JPEG image")];

    // A short distinct story per number, for runs longer than the window.
    private static SourceItem Numbered(int n) => SourceItem.Of(new SourceDocument($"desk/town-{n}.txt", ContentKind.PlainText,
        $"Minister opens bridge in town {n}\n\nPublished: 05 Feb 2026, 09:10 AM GMT\n\nThe transport minister opened a new bridge in town number {n} on Wednesday, officials said.\n",
        SourceHints.None));

    private static IngestPipeline Pipeline(ListLedger ledger, int workers = 2, int batch = 200) =>
        new(ledger, () => new ArticleAnalyzer(Knowledge), new IngestOptions(workers, batch), TimeProvider.System);

    [Fact]
    public async Task Writes_every_new_article_with_its_findings_and_counts_rejections_by_code()
    {
        using var ledger = new ListLedger();
        long run = ledger.StartRun("ingest", "test", "kb", DateTimeOffset.UnixEpoch);

        IngestSummary summary = await Pipeline(ledger).RunAsync(AllStories(), run, null, TestContext.Current.CancellationToken);

        summary.Counts.Read.Should().Be(5);
        summary.Counts.Accepted.Should().Be(4);
        summary.Counts.Rejected.Should().Be(1);
        summary.RejectedByCode.Should().Equal(new Dictionary<string, int> { [RejectionCodes.Binary] = 1 });
        summary.RejectedSources.Should().BeEquivalentTo(["desk/photo.jpg"]);
        summary.Counts.EventsCreated.Should().BeGreaterThanOrEqualTo(3, "the stories lead with a call, a visit, a phone talk and talks between leaders");
        summary.Counts.QuotesCreated.Should().BeGreaterThanOrEqualTo(2);
        summary.Interrupted.Should().BeFalse();
        ledger.Articles.Select(a => a.Source).Should().BeEquivalentTo(Stories.Select((_, i) => $"desk/story-{i}.txt"));
        ledger.Rejections().Should().ContainSingle().Which.Code.Should().Be(RejectionCodes.Binary);
    }

    [Fact]
    public async Task A_second_ingest_of_the_same_sources_skips_everything_before_analysis()
    {
        using var ledger = new ListLedger();
        await Pipeline(ledger).RunAsync(AllStories(), ledger.StartRun("ingest", "t", "k", DateTimeOffset.UnixEpoch), null, TestContext.Current.CancellationToken);
        LedgerCounts before = ledger.Counts();
        int writes = ledger.Writes;

        IngestSummary again = await Pipeline(ledger).RunAsync(AllStories(), ledger.StartRun("ingest", "t", "k", DateTimeOffset.UnixEpoch), null,
            TestContext.Current.CancellationToken);

        again.Counts.Duplicates.Should().Be(4);
        again.Counts.Accepted.Should().Be(0);
        again.Counts.EventsCreated.Should().Be(0);
        ledger.Writes.Should().Be(writes, "known articles never reach the writer; only the rejection is recorded again");
        ledger.Counts().Should().Be(before with { Runs = before.Runs + 1 }, "a rejection seen again is not doubled");
    }

    [Fact]
    public async Task The_same_text_twice_in_one_run_is_stored_once_under_the_first_source()
    {
        using var ledger = new ListLedger();
        SourceItem[] sources = [Story(0, "wire/a.txt"), Story(1), Story(0, "mirror/b.txt"), Story(0, "mirror/c.txt")];

        IngestSummary summary = await Pipeline(ledger, workers: 3, batch: 1).RunAsync(sources, 1, null, TestContext.Current.CancellationToken);

        summary.Counts.Accepted.Should().Be(2);
        summary.Counts.Duplicates.Should().Be(2);
        ledger.Articles.Select(a => a.Source).Should().BeEquivalentTo(["wire/a.txt", "desk/story-1.txt"]);
    }

    [Fact]
    public async Task A_copy_long_after_the_first_is_skipped_on_the_ledgers_word()
    {
        // One worker and batches of one remember the last 68 ids passed on; the copy comes 90 stories later.
        using var ledger = new ListLedger();
        SourceItem[] sources = [Story(0, "wire/a.txt"), .. Enumerable.Range(1, 90).Select(Numbered), Story(0, "mirror/b.txt")];

        IngestSummary summary = await Pipeline(ledger, workers: 1, batch: 1).RunAsync(sources, 1, null, TestContext.Current.CancellationToken);

        summary.Counts.Accepted.Should().Be(91);
        summary.Counts.Duplicates.Should().Be(1);
        ledger.Articles.Should().ContainSingle(a => a.Source == "wire/a.txt");
        ledger.Articles.Should().NotContain(a => a.Source == "mirror/b.txt");
    }

    [Fact]
    public async Task Results_do_not_depend_on_the_number_of_workers_or_the_batch_size()
    {
        using var one = new ListLedger();
        using var many = new ListLedger();
        IngestSummary a = await Pipeline(one, workers: 1, batch: 200).RunAsync(AllStories(), 1, null, TestContext.Current.CancellationToken);
        IngestSummary b = await Pipeline(many, workers: 4, batch: 1).RunAsync(AllStories(), 1, null, TestContext.Current.CancellationToken);

        b.Counts.Should().Be(a.Counts with { Elapsed = b.Counts.Elapsed });
        many.Counts().Should().Be(one.Counts());
        many.Articles.Should().BeEquivalentTo(one.Articles);
    }

    [Fact]
    public async Task Stopping_ends_the_reading_and_writes_what_was_read_then_says_interrupted()
    {
        using var ledger = new ListLedger();
        using var stop = new CancellationTokenSource();

        IEnumerable<SourceItem> StopAfterTwo()
        {
            yield return Story(0);
            yield return Story(1);
            stop.Cancel();
            yield return Story(2);
            yield return Story(3);
        }

        IngestSummary summary = await Pipeline(ledger, batch: 1).RunAsync(StopAfterTwo(), 1, null, stop.Token);

        summary.Interrupted.Should().BeTrue();
        summary.Status.Should().Be("interrupted");
        summary.Counts.Read.Should().Be(2);
        summary.Counts.Accepted.Should().Be(2, "what was read before Ctrl+C is finished, not thrown away");
        ledger.Articles.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_failing_store_stops_the_run_and_keeps_the_batches_committed_before()
    {
        using var ledger = new ListLedger { FailOnWrite = 2 };
        var progress = new List<IngestProgress>();

        Func<Task> run = () => Pipeline(ledger, batch: 1).RunAsync(AllStories(), 1, new SynchronousProgress(progress.Add), TestContext.Current.CancellationToken);

        (await run.Should().ThrowAsync<IOException>()).Which.Message.Should().Contain("No space left");
        ledger.Articles.Should().ContainSingle("the first batch was committed before the disk filled");
    }

    [Fact]
    public async Task Every_batch_is_written_from_one_thread_of_the_writers_own_not_from_the_pool()
    {
        // A DuckDB call allocates from its thread's glibc arena and jemalloc cache: commits spread over the pool's
        // threads fragmented both, and the ingest's peak rose with the length of a run (docs/ledger.md).
        using var ledger = new ListLedger();

        await Pipeline(ledger, workers: 2, batch: 1).RunAsync(AllStories(), 1, null, TestContext.Current.CancellationToken);

        ledger.Writes.Should().Be(4);
        var writer = ledger.WritingThreads.Should().ContainSingle("four batches and a rejection, all from one thread").Which;
        writer.Name.Should().Be(IngestPipeline.WriterThreadName);
        writer.Pooled.Should().BeFalse();
    }

    [Fact]
    public async Task Articles_are_analysed_on_threads_of_their_own_below_the_writers_priority()
    {
        // On two cores the workers analysing the next batch took the writer's core while it committed, and the writer
        // is the one stage that cannot be split (docs/ledger.md, "Fifteenth session").
        Assert.SkipUnless(OperatingSystem.IsLinux(), "thread priorities are read from Linux's /proc");
        using var ledger = new ListLedger();

        // Ninety articles against a window of 64: both workers are still there when the first batch is written.
        await Pipeline(ledger, workers: 2, batch: 1).RunAsync(Enumerable.Range(1, 90).Select(Numbered), 1, null, TestContext.Current.CancellationToken);

        ledger.Articles.Should().HaveCount(90);
        // At least this run's two (another test's ingest may be running alongside, with workers of its own).
        ledger.AnalysisThreadNiceValues.Should().HaveCountGreaterThanOrEqualTo(2, "one thread per worker")
            .And.OnlyContain(nice => nice == SchedulingPriority.Worker, "every worker lowered");
        ledger.WritingThreads.Should().ContainSingle().Which.Name.Should().Be(IngestPipeline.WriterThreadName);
    }

    [Fact]
    public async Task Progress_is_reported_after_each_batch_and_at_the_end()
    {
        using var ledger = new ListLedger();
        var progress = new List<IngestProgress>();

        await Pipeline(ledger, workers: 1, batch: 2).RunAsync(AllStories(), 1, new SynchronousProgress(progress.Add), TestContext.Current.CancellationToken);

        progress.Should().HaveCountGreaterThanOrEqualTo(3);
        progress[^1].Accepted.Should().Be(4);
        progress.Select(p => p.Accepted + p.Rejected).Should().BeInAscendingOrder();
    }

    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
