using System.Collections.Immutable;
using System.Runtime;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Parley.Core;
using Parley.Ingest;
using Parley.Ingest.Sources;

namespace Parley.Ledger.Ingest;

/// <summary>
/// The ingest flow of docs/architecture.md in three stages joined by bounded channels, so memory stays
/// flat whatever the corpus size: (1) one reader turns sources into clean articles and drops, a batch at a
/// time, those the ledger already holds or this run has already seen; (2) N workers analyse the rest;
/// (3) one writer commits batches, each in one transaction, with the run's rejections, in the order the
/// reader read them whatever order the workers finish in: which report of an event comes first decides
/// what merges (docs/ledger.md), so the same corpus gives the same ledger on every run and backend. Stopping (Ctrl+C)
/// ends the reading; what was read is still analysed and written, and the summary says "interrupted".
/// A ledger failure stops every stage and is rethrown: what was committed before it stays.
/// </summary>
public sealed class IngestPipeline
{
    private readonly ILedger _ledger;
    private readonly Func<ArticleAnalyzer> _newAnalyzer;
    private readonly IngestOptions _options;
    private readonly TimeProvider _clock;

    // DuckDB and Npgsql connections are not safe for concurrent use: the reader's lookups and the
    // writer's transactions take turns on this lock.
    private readonly Lock _ledgerTurn = new();

    // How far the reader may run ahead of the writer (in items), so the writer's reordering stays bounded: at least
    // this many per worker, and at least one batch, so the workers analyse the next batch while the writer commits
    // this one (with 64 items they stood idle through most of each commit). The findings waiting there are collected
    // with the batch after each commit (CommitsPerCollection), so they do not pile up in the oldest generation.
    private const int WindowPerWorker = 32;
    private SemaphoreSlim? _window;

    /// <summary>The name of the thread that writes an ingest's batches to the ledger (one per run).</summary>
    public const string WriterThreadName = "parley ledger writer";

    /// <summary>The name of the threads that analyse an ingest's articles (one per worker; 15 characters, the most Linux keeps).</summary>
    public const string AnalysisThreadName = "parley analysis";

    // Every this many commits the writer collects the oldest generation: committed findings die there
    // (they lived through a batch), and the GC's own budget for it grows with the run index, so without
    // this the garbage between its collections grew with the corpus. At every second commit two batches'
    // garbage still piled up (heap 80 -> 155 MB with 40-60 MB live; docs/ledger.md "Speed").
    private const int CommitsPerCollection = 1;
    // The large object heap is never compacted unless asked: what per-batch arrays left free between the long-lived
    // ones (run index filters and tables) was reused less and less well (its peak went 23 -> 31 MB over 300,000
    // articles). Compacting it every so often (about 25 MB to move) takes that part away; what batches allocate there
    // between collections still rises for the first 250,000 articles (docs/ledger.md, "Ninth session"). Every 10,000
    // articles at the default batch, as before batches went from 1,000 to 500.
    private const int CommitsPerLargeObjectCompaction = 20;
    private int _commits;
    private long _sequence;

    private long _read;
    private long _accepted;
    private long _rejected;
    private long _duplicates;
    private long _eventsCreated;
    private long _eventsMerged;
    private long _quotesCreated;
    private long _quotesMerged;
    private long _started;
    private long _readTicks;
    private long _analyseTicks;
    private long _lookupTicks;
    private long _writeTicks;

    /// <param name="ledger">Where findings are written.</param>
    /// <param name="newAnalyzer">Makes one analyzer per worker.</param>
    /// <param name="options">Workers and batching.</param>
    /// <param name="clock">The caller's clock, for batch age and elapsed time.</param>
    public IngestPipeline(ILedger ledger, Func<ArticleAnalyzer> newAnalyzer, IngestOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ledger = ledger;
        _newAnalyzer = newAnalyzer;
        _options = options.Normalized();
        _clock = clock;
    }

    /// <summary>Ingests every source item into run <paramref name="runId"/>, reporting progress after each committed batch.</summary>
    public async Task<IngestSummary> RunAsync(IEnumerable<SourceItem> sources, long runId, IProgress<IngestProgress>? progress, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(sources);
        using IDisposable? bounded = (_ledger as Store.DuckDbLedger)?.LimitMemoryForIngest();
        _started = _clock.GetTimestamp();
        using var abort = new CancellationTokenSource();
        int capacity = Window(_options);
        using var window = new SemaphoreSlim(capacity, capacity);
        _window = window;
        _sequence = 0;
        Channel<(long Sequence, string Source, Article Article)> toAnalyse = Channel.CreateBounded<(long, string, Article)>(
            new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = _options.Workers == 1 });
        Channel<Found> toWrite = Channel.CreateBounded<Found>(new BoundedChannelOptions(capacity) { SingleReader = true });
        var rejectedByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var rejectedSources = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        bool interrupted = false;

        Task reader = Stage(abort, async () =>
        {
            interrupted = await ReadAsync(sources, toAnalyse.Writer, toWrite.Writer, stop, abort.Token).ConfigureAwait(false);
        });
        Task[] workers = [.. Enumerable.Range(0, _options.Workers).Select(_ => StageOnItsOwnThread(abort, AnalysisThreadName,
            () => Analyse(toAnalyse.Reader, toWrite.Writer, abort.Token), StagePriority.BelowTheWriter))];
        Task producers = Task.WhenAll([reader, .. workers]).ContinueWith(_ => toWrite.Writer.TryComplete(), TaskScheduler.Default);
        Task writer = StageOnItsOwnThread(abort, WriterThreadName, () => Write(toWrite.Reader, runId, rejectedByCode, rejectedSources, progress, abort.Token));

        try
        {
            await Task.WhenAll([reader, .. workers, producers, writer]).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // One stage failed and cancelled the others: surface the failure, not the cancellations.
        }

        Exception? failure = new[] { writer, reader }.Concat(workers)
            .Select(task => task.Exception?.InnerException)
            .FirstOrDefault(e => e is not null and not OperationCanceledException);
        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        IngestProgress counts = Snapshot();
        progress?.Report(counts);
        return new IngestSummary(counts, rejectedByCode.ToImmutableSortedDictionary(StringComparer.Ordinal), rejectedSources.ToImmutable(), interrupted,
            new IngestStageTimes(Ticks(_readTicks), Ticks(_analyseTicks), Ticks(_lookupTicks), Ticks(_writeTicks)));
    }

    /// <summary>The counts now.</summary>
    public IngestProgress Snapshot() => new(
        Interlocked.Read(ref _read), Interlocked.Read(ref _accepted), Interlocked.Read(ref _rejected), Interlocked.Read(ref _duplicates),
        Interlocked.Read(ref _eventsCreated), Interlocked.Read(ref _eventsMerged), Interlocked.Read(ref _quotesCreated),
        Interlocked.Read(ref _quotesMerged), _clock.GetElapsedTime(_started));

    private static TimeSpan Ticks(long ticks) => TimeSpan.FromTicks(Interlocked.Read(ref ticks));

    // Adds the time since a timestamp of the caller's clock to a stage's total.
    private void Charge(ref long total, long since) => Interlocked.Add(ref total, _clock.GetElapsedTime(since).Ticks);

    // Runs a stage on the thread pool; a failure cancels the other stages so none waits on a full channel forever.
    private static Task Stage(CancellationTokenSource abort, Func<Task> body) => Task.Run(async () =>
    {
        try
        {
            await body().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await abort.CancelAsync().ConfigureAwait(false);
            throw;
        }
    });

    // Runs a stage on a thread of its own, blocking it while it waits, with Stage's failure handling. For the writer:
    // a DuckDB call allocates from the glibc arena and the jemalloc thread cache of the thread that makes it, and on
    // the pool every batch's commit came from another thread, so DuckDB's long-lived metadata and each batch's
    // transient buffers were spread over all of them. Fragmented that way, the process's peak rose with the length of
    // a run (100,000 articles: 202 MB on the pool, 194–196 on one thread; docs/ledger.md, "Fourteenth session"). For the
    // workers: a priority of their own (StagePriority), which a pool thread must not keep after its task.
    private static Task StageOnItsOwnThread(CancellationTokenSource abort, string name, Action body, StagePriority priority = StagePriority.Normal)
    {
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                if (priority == StagePriority.BelowTheWriter)
                {
                    SchedulingPriority.LowerCurrentThread();
                }

                body();
                finished.SetResult();
            }
            catch (OperationCanceledException cancelled)
            {
                finished.SetCanceled(cancelled.CancellationToken);
            }
            catch (Exception e)
            {
                abort.Cancel();
                finished.SetException(e);
            }
        })
        {
            // Background, like the pool's threads: it never holds a process open that is ending.
            IsBackground = true,
            Name = name,
        };
        thread.Start();
        return finished.Task;
    }

    // Stage 1. Reading and extraction stay on one thread, in input order, so which of two identical
    // texts is stored (and under which source) does not depend on thread timing. Returns true when stopped early.
    private async Task<bool> ReadAsync(IEnumerable<SourceItem> sources, ChannelWriter<(long, string, Article)> toAnalyse, ChannelWriter<Found> toWrite,
        CancellationToken stop, CancellationToken abort)
    {
        // In flight between the ledger's answer and the commit of a copy: the writer's batch, the window and the list
        // being forwarded (asked about before it is forwarded). Twice that is remembered, so no copy in flight is missed.
        var seen = new RecentArticles(2 * ((2 * _options.BatchSize) + Window(_options)));
        var pending = new List<ReadOutcome>(_options.BatchSize);
        bool stopped = false;
        try
        {
            foreach (SourceItem item in sources)
            {
                abort.ThrowIfCancellationRequested();
                if (stop.IsCancellationRequested)
                {
                    stopped = true;
                    break;
                }

                Interlocked.Increment(ref _read);
                long extracting = _clock.GetTimestamp();
                pending.Add(item.Rejection is { } rejection ? ReadOutcome.Rejected(rejection) : ArticleReader.Read(item.Document!));
                Charge(ref _readTicks, extracting);
                if (pending.Count >= _options.BatchSize)
                {
                    await ForwardNewAsync(pending, seen, toAnalyse, toWrite, abort).ConfigureAwait(false);
                }
            }

            await ForwardNewAsync(pending, seen, toAnalyse, toWrite, abort).ConfigureAwait(false);
        }
        finally
        {
            toAnalyse.TryComplete();
        }

        return stopped;
    }

    // Asks the ledger once per batch which articles it holds: a re-ingest skips them before the costly analysis.
    private async Task ForwardNewAsync(List<ReadOutcome> pending, RecentArticles seen, ChannelWriter<(long, string, Article)> toAnalyse,
        ChannelWriter<Found> toWrite, CancellationToken abort)
    {
        if (pending.Count == 0)
        {
            return;
        }

        string[] ids = [.. pending.Where(o => o.Article is not null).Select(o => o.Article!.Id).Distinct(StringComparer.Ordinal)];
        IReadOnlySet<string> known;
        long asking = _clock.GetTimestamp();
        if (ids.Length == 0 || _ledger.NoneStoredByMemory(ids))
        {
            // A fresh ingest into DuckDB: the run index answers without waiting for the writer's commit, which left
            // the workers idle while the reader waited (a third of the wall time at 100,000 articles).
            known = new HashSet<string>();
        }
        else
        {
            lock (_ledgerTurn)
            {
                known = _ledger.KnownArticles(ids);
            }
        }

        Charge(ref _lookupTicks, asking);

        foreach (ReadOutcome outcome in pending)
        {
            if (outcome.Rejection is { } rejection)
            {
                await _window!.WaitAsync(abort).ConfigureAwait(false);
                await toWrite.WriteAsync(new Found(_sequence++, null, rejection), abort).ConfigureAwait(false);
            }
            else if (known.Contains(outcome.Article!.Id) || !seen.Add(outcome.Article.Id))
            {
                Interlocked.Increment(ref _duplicates);
            }
            else
            {
                await _window!.WaitAsync(abort).ConfigureAwait(false);
                await toAnalyse.WriteAsync((_sequence++, outcome.Source, outcome.Article), abort).ConfigureAwait(false);
            }
        }

        pending.Clear();
    }

    // The reader's lead over the writer, in items (WindowPerWorker).
    private static int Window(IngestOptions options) => Math.Max(WindowPerWorker * options.Workers, options.BatchSize);

    // Stage 2: one analyzer per worker, each on a thread of its own, blocking it while it waits. An analysis that
    // throws becomes a rejection, so one odd article cannot stop a long ingest; it is stored and can be retried after a fix.
    private void Analyse(ChannelReader<(long Sequence, string Source, Article Article)> toAnalyse, ChannelWriter<Found> toWrite, CancellationToken abort)
    {
        ArticleAnalyzer analyzer = _newAnalyzer();
        while (toAnalyse.WaitToReadAsync(abort).AsTask().GetAwaiter().GetResult())
        {
            if (!toAnalyse.TryRead(out (long Sequence, string Source, Article Article) item))
            {
                continue;
            }

            (long sequence, string source, Article article) = item;
            Found found;
            long analysing = _clock.GetTimestamp();
            try
            {
                found = new Found(sequence, analyzer.Analyze(source, article), null);
            }
#pragma warning disable CA1031 // Any analysis bug is recorded against its article, by design.
            catch (Exception e)
#pragma warning restore CA1031
            {
                found = new Found(sequence, null, new Rejection(source, RejectionCodes.AnalysisFailed, $"{e.GetType().Name}: {e.Message}"));
            }

            Charge(ref _analyseTicks, analysing);
            if (!toWrite.TryWrite(found))
            {
                toWrite.WriteAsync(found, abort).AsTask().GetAwaiter().GetResult();
            }
        }
    }

    // Stage 3: batches of findings and rejections, committed when full or old enough. It runs on the writer's own
    // thread (StageOnItsOwnThread) and blocks there while no finding is waiting.
    private void Write(ChannelReader<Found> toWrite, long runId, Dictionary<string, int> rejectedByCode,
        ImmutableHashSet<string>.Builder rejectedSources, IProgress<IngestProgress>? progress, CancellationToken abort)
    {
        var findings = new List<ArticleFindings>(_options.BatchSize);
        var rejections = new List<Rejection>();
        long batchStarted = 0;
        var early = new Dictionary<long, Found>();
        long next = 0;
        while (toWrite.WaitToReadAsync(abort).AsTask().GetAwaiter().GetResult())
        {
            while (toWrite.TryRead(out Found? arrived))
            {
                // Taken in read order: a finding that overtook an earlier one waits here (at most the window).
                early.Add(arrived.Sequence, arrived);
                while (early.Remove(next, out Found? found))
                {
                    next++;
                    _window!.Release();
                    Take(found);
                }
            }
        }

        Commit(findings, rejections, runId);

        void Take(Found found)
        {
            if (findings.Count + rejections.Count == 0)
            {
                batchStarted = _clock.GetTimestamp();
            }

            if (found.Findings is { } article)
            {
                findings.Add(article);
            }
            else
            {
                Rejection rejection = found.Rejection!;
                rejections.Add(rejection);
                rejectedByCode[rejection.Code] = rejectedByCode.GetValueOrDefault(rejection.Code) + 1;
                rejectedSources.Add(rejection.Source);
            }

            if (findings.Count + rejections.Count >= _options.BatchSize || _clock.GetElapsedTime(batchStarted) >= _options.BatchAge)
            {
                Commit(findings, rejections, runId);
                progress?.Report(Snapshot());
            }
        }
    }

    private void Commit(List<ArticleFindings> findings, List<Rejection> rejections, long runId)
    {
        WriteResult result = WriteResult.None;
        long writing = _clock.GetTimestamp();
        lock (_ledgerTurn)
        {
            if (findings.Count > 0)
            {
                result = _ledger.Write(findings, runId);
            }

            if (rejections.Count > 0)
            {
                _ledger.RecordRejections(rejections, runId);
            }
        }

        Charge(ref _writeTicks, writing);
        Interlocked.Add(ref _accepted, result.ArticlesWritten);
        Interlocked.Add(ref _duplicates, result.ArticlesSkipped);
        Interlocked.Add(ref _rejected, rejections.Count);
        Interlocked.Add(ref _eventsCreated, result.EventsCreated);
        Interlocked.Add(ref _eventsMerged, result.EventsMerged);
        Interlocked.Add(ref _quotesCreated, result.QuotesCreated);
        Interlocked.Add(ref _quotesMerged, result.QuotesMerged);
        findings.Clear();
        rejections.Clear();
        if (++_commits % CommitsPerCollection == 0)
        {
            if (_commits % CommitsPerLargeObjectCompaction == 0)
            {
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            }

            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            if (_ledger is Store.DuckDbLedger duckDb)
            {
                // DuckDB's checkpoints and reopens come now, when the batch is gone and collected (docs/ledger.md, Speed).
                lock (_ledgerTurn)
                {
                    duckDb.BetweenBatches();
                }

                NativeAllocators.PurgeDuckDb();
            }

            // The native allocators keep what the batch freed; handing it back keeps the peak from creeping up.
            NativeAllocators.TrimMalloc();
        }
    }

    // What the workers hand the writer: an analysed article or a rejection.
    private sealed record Found(long Sequence, ArticleFindings? Findings, Rejection? Rejection);

    // A stage thread's scheduling priority.
    private enum StagePriority
    {
        Normal,

        // The analysis workers: the writer is the one stage that cannot be split over threads, and with the workers
        // analysing the next batch while it commits, three threads shared two cores and the writer's commits took
        // longer than the analysis they overlapped.
        BelowTheWriter,
    }
}
