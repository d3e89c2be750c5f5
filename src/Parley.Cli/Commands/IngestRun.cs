using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using Parley.Ingest.Sources;
using Parley.Knowledge;
using Parley.Ledger;
using Parley.Ledger.Ingest;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// One recorded ingest into an open ledger, shared by <c>ingest</c>, <c>rejections --retry</c> and
/// <c>bench ingest</c>: starts a run, drives the pipeline with progress on stderr, stops on Ctrl+C
/// (the run is then "interrupted"), and closes the run even when the store fails.
/// </summary>
internal static class IngestRun
{
    /// <summary>How often plain progress lines are written when stderr is not a terminal.</summary>
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(2);

    /// <summary>Parley's version, as stored with each run.</summary>
    public static string ParleyVersion =>
        typeof(IngestRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>
    /// Ingests <paramref name="sources"/> as run <paramref name="command"/>. Returns the summary, or null after writing a one-line
    /// store error naming <paramref name="database"/> to stderr (what was committed before the failure stays).
    /// <paramref name="observe"/>, when given, is also told of each committed batch's counts (on the writer's thread), e.g. by a benchmark.
    /// </summary>
    public static IngestSummary? Execute(ILedger ledger, string database, string command, IEnumerable<SourceItem> sources, KnowledgeBase knowledge,
        IngestOptions options, TextWriter stderr, Action<IngestProgress>? observe = null) =>
        Execute(ledger, database, command, sources, knowledge, options, stderr, out _, observe);

    /// <summary>As above, also giving the id of the run started (0 when none could be started).</summary>
    public static IngestSummary? Execute(ILedger ledger, string database, string command, IEnumerable<SourceItem> sources, KnowledgeBase knowledge,
        IngestOptions options, TextWriter stderr, out long runId, Action<IngestProgress>? observe = null)
    {
        runId = 0;
        TimeProvider clock = TimeProvider.System;
        try
        {
            runId = ledger.StartRun(command, ParleyVersion, knowledge.Version, clock.GetUtcNow());
        }
        catch (Exception error) when (LedgerAccess.IsStoreError(error))
        {
            stderr.WriteLine($"parley: cannot write to the ledger {database}: {OneLine(error)}");
            return null;
        }

        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            // The first Ctrl+C stops reading and lets the current batches finish; a second one kills the process.
            e.Cancel = !stop.IsCancellationRequested;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        using PosixSignalRegistration onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        var pipeline = new IngestPipeline(ledger, () => new ArticleAnalyzer(knowledge), options, clock);
        try
        {
            IngestSummary summary = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
                ? WithProgressBar(pipeline, sources, runId, observe, stop.Token)
                : WithPlainLines(pipeline, sources, runId, stderr, observe, stop.Token);
            ledger.FinishRun(runId, summary.Status, clock.GetUtcNow());
            return summary;
        }
        catch (Exception error) when (LedgerAccess.IsStoreError(error))
        {
            stderr.WriteLine($"parley: the ledger {database} failed; batches committed before stay: {OneLine(error)}");
            TryFinish(ledger, runId, clock);
            return null;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }

    /// <summary>The closing summary, as lines for stderr.</summary>
    public static void WriteSummary(IngestSummary summary, TextWriter stderr)
    {
        IngestProgress c = summary.Counts;
        string rejected = summary.RejectedByCode.Count == 0 ? "0" : $"{c.Rejected} ({string.Join(", ", summary.RejectedByCode.Select(p => $"{p.Key} {p.Value}"))})";
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest {summary.Status}: {c.Read} read, {c.Accepted} accepted, {rejected} rejected, {c.Duplicates} duplicates skipped"));
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  events {c.EventsCreated} created, {c.EventsMerged} merged; quotes {c.QuotesCreated} created, {c.QuotesMerged} merged; {c.Elapsed.TotalSeconds:F1} s, {c.ArticlesPerSecond:F0} articles/s"));
    }

    /// <summary>One progress line.</summary>
    public static string Line(IngestProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"ingest: {p.Read} read, {p.Accepted} accepted, {p.Rejected} rejected, {p.Duplicates} duplicates, {p.EventsCreated + p.EventsMerged} events, {p.QuotesCreated + p.QuotesMerged} quotes, {p.ArticlesPerSecond:F0} articles/s");

    private static IngestSummary WithPlainLines(IngestPipeline pipeline, IEnumerable<SourceItem> sources, long runId, TextWriter stderr,
        Action<IngestProgress>? observe, CancellationToken stop)
    {
        TimeSpan lastLine = TimeSpan.Zero;
        var progress = new Reporter(p =>
        {
            observe?.Invoke(p);
            if (p.Elapsed - lastLine >= PlainEvery)
            {
                lastLine = p.Elapsed;
                stderr.WriteLine(Line(p));
            }
        });
        return pipeline.RunAsync(sources, runId, progress, stop).GetAwaiter().GetResult();
    }

    private static IngestSummary WithProgressBar(IngestPipeline pipeline, IEnumerable<SourceItem> sources, long runId, Action<IngestProgress>? observe,
        CancellationToken stop)
    {
        IngestSummary? summary = null;
        IAnsiConsole terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        terminal.Progress().AutoClear(false).HideCompleted(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("ingest: starting").IsIndeterminate();
                var progress = new Reporter(p =>
                {
                    observe?.Invoke(p);
                    task.Description = Markup.Escape(Line(p));
                });
                summary = pipeline.RunAsync(sources, runId, progress, stop).GetAwaiter().GetResult();
                task.Description = Markup.Escape(Line(summary.Counts));
                task.StopTask();
            });
        return summary!;
    }

    private static void TryFinish(ILedger ledger, long runId, TimeProvider clock)
    {
        try
        {
            ledger.FinishRun(runId, "failed", clock.GetUtcNow());
        }
        catch (Exception error) when (LedgerAccess.IsStoreError(error))
        {
            // The store is gone; the run row stays "running", which readers show as not finished.
        }
    }

    private static string OneLine(Exception error) => error.Message.ReplaceLineEndings(" ");

    // Reports synchronously on the writer's thread: the pipeline reports once per committed batch, cheap enough.
    private sealed class Reporter(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
