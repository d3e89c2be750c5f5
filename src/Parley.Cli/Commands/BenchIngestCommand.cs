using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Cli.Output;
using Parley.Evaluation.Corpus;
using Parley.Ingest.Sources;
using Parley.Knowledge;
using Parley.Ledger;
using Parley.Ledger.Ingest;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley bench generate</c> (a seeded synthetic corpus) and <c>parley bench ingest</c> (end-to-end articles/s and peak
/// memory of an ingest into a fresh ledger).
/// </summary>
public static class BenchIngestCommand
{
    private const int Stages = 10;

    /// <summary>Builds <c>bench generate --articles N --out DIR [--seed S] [--format text|jsonl]</c>.</summary>
    public static Command CreateGenerate()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles.", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write (created when missing).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed writes the same corpus.", DefaultValueFactory = _ => 1 };
        var format = new Option<string?>("--format")
        {
            Description = $"text (a file per article) or jsonl (gzip JSON Lines, {CorpusWriter.ArticlesPerBatchFile} per file); default text up to {CorpusWriter.PlainFileLimit:N0} articles.",
        };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var command = new Command("generate", "Write a synthetic news corpus from the knowledge base's leaders and tenures.") { articles, output, seed, format };
        command.SetAction(parse =>
        {
            int count = parse.GetValue(articles);
            TextWriter stderr = parse.InvocationConfiguration.Error;
            if (count < 1)
            {
                stderr.WriteLine("parley: --articles must be at least 1");
                return ExitCodes.Usage;
            }

            bool jsonLines = parse.GetValue(format) is { } chosen ? chosen == "jsonl" : count > CorpusWriter.PlainFileLimit;
            int written = Generate(KnowledgeLoader.LoadShipped(), count, parse.GetRequiredValue(output), parse.GetValue(seed), jsonLines);
            stderr.WriteLine($"parley: wrote {written} articles to {parse.GetRequiredValue(output)} ({(jsonLines ? "gzip JSON Lines" : "text files")})");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Builds <c>bench ingest [--db] [--corpus DIR | --generate N] [--workers N] [--batch N]</c>.</summary>
    public static Command CreateIngest() => CreateIngest(LedgerAccess.Open);

    /// <summary>Builds the command opening ledgers with <paramref name="open"/>.</summary>
    internal static Command CreateIngest(Func<string, ILedger> open)
    {
        var db = new Option<string?>("--db") { Description = "A postgres:// URL of an empty database to measure PostgreSQL (default: a fresh temporary DuckDB file)." };
        var corpus = new Option<string?>("--corpus") { Description = "A folder of articles to ingest, e.g. ../shared/data/news." };
        var generate = new Option<int?>("--generate") { Description = "Generate this many synthetic articles (seed 1) into a temporary folder and ingest them." };
        var workers = new Option<int>("--workers") { Description = "Analysis threads.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch") { Description = "Articles per transaction.", DefaultValueFactory = _ => IngestOptions.DefaultBatchSize };
        var command = new Command("ingest", "End-to-end ingest throughput (articles/s) and peak memory into a fresh ledger.") { db, corpus, generate, workers, batch };
        command.SetAction(parse => Run(parse.GetValue(db), parse.GetValue(corpus), parse.GetValue(generate), Math.Max(1, parse.GetValue(workers)),
            Math.Max(1, parse.GetValue(batch)), open, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Generate(KnowledgeBase knowledge, int count, string folder, int seed, bool jsonLines) =>
        CorpusWriter.Write(new SyntheticNews(knowledge, seed).Generate(count), folder, jsonLines);

    private static int Run(string? db, string? corpus, int? generate, int workers, int batch, Func<string, ILedger> open, TextWriter stdout, TextWriter stderr)
    {
        if ((corpus is null) == (generate is null))
        {
            stderr.WriteLine("parley: give either --corpus DIR or --generate N");
            return ExitCodes.Usage;
        }

        if (corpus is not null && !Directory.Exists(corpus))
        {
            stderr.WriteLine($"parley: skipped: '{corpus}' is not a folder (the shared data is not on this machine?)");
            return ExitCodes.Success;
        }

        string scratch = Path.Combine(Path.GetTempPath(), $"parley-bench-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(scratch);
        try
        {
            KnowledgeBase knowledge = KnowledgeLoader.LoadShipped();
            string folder = corpus ?? Path.Combine(scratch, "corpus");
            if (generate is { } count)
            {
                var generating = Stopwatch.StartNew();
                Generate(knowledge, count, folder, seed: 1, jsonLines: count > CorpusWriter.PlainFileLimit);
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parley: generated {count} articles in {generating.Elapsed.TotalSeconds:F1} s"));
            }

            string database = db ?? Path.Combine(scratch, "bench.duckdb");
            using ILedger? ledger = IngestCommand.TryOpen(database, open, stderr);
            if (ledger is null)
            {
                return ExitCodes.Failure;
            }

            if (ledger.Counts().Articles > 0)
            {
                stderr.WriteLine($"parley: the ledger {database} already holds articles; bench ingest needs an empty one");
                return ExitCodes.Usage;
            }

            GC.Collect();
            long allocatedBefore = GC.GetTotalAllocatedBytes();
            TimeSpan cpuBefore;
            using (var self = Process.GetCurrentProcess())
            {
                cpuBefore = self.TotalProcessorTime;
            }

            IngestSummary? summary;
            MemoryPeaks peaks;
            IReadOnlyList<(long Articles, long WorkingSet)> samples;
            using (var sampler = new MemorySampler(Environment.GetEnvironmentVariable("PARLEY_BENCH_MEMORY_TRACE")))
            {
                summary = IngestRun.Execute(ledger, database, "bench ingest", new SourceReader().Read([folder]), knowledge,
                    new IngestOptions(workers, batch), stderr, progress => sampler.Observe(progress.Read));
                peaks = sampler.Peaks;
                samples = sampler.Samples;
            }

            if (summary is null)
            {
                return ExitCodes.Failure;
            }

            IngestProgress c = summary.Counts;
            // What the run still holds (the ledger is open): the heap "now" below also counts garbage not yet collected.
            long liveHeap = GC.GetTotalMemory(forceFullCollection: true);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var table = new Table().Border(TableBorder.Rounded).AddColumn("corpus").AddColumn("ledger").AddColumn(new TableColumn("workers").RightAligned())
                .AddColumn(new TableColumn("read").RightAligned()).AddColumn(new TableColumn("stored").RightAligned()).AddColumn(new TableColumn("events").RightAligned())
                .AddColumn(new TableColumn("quotes").RightAligned()).AddColumn(new TableColumn("seconds").RightAligned()).AddColumn(new TableColumn("articles/s").RightAligned())
                .AddColumn(new TableColumn("peak working set").RightAligned()).AddColumn(new TableColumn("allocated/article").RightAligned());
            table.AddRow(Markup.Escape(corpus ?? $"generated {generate}"), ledger.Backend, Invariant(workers), Invariant(c.Read), Invariant(c.Accepted),
                Invariant(c.EventsCreated + c.EventsMerged), Invariant(c.QuotesCreated + c.QuotesMerged), c.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture),
                c.ArticlesPerSecond.ToString("F0", CultureInfo.InvariantCulture), Megabytes(process.PeakWorkingSet64),
                Kilobytes((GC.GetTotalAllocatedBytes() - allocatedBefore) / Math.Max(1, c.Read)));
            table.Caption(string.Create(CultureInfo.InvariantCulture,
                $"{Environment.ProcessorCount} processors; end to end (read, extract, analyse, write) into a fresh {ledger.Backend} ledger; managed heap now {Megabytes(GC.GetGCMemoryInfo().HeapSizeBytes)}, live after a full collection {Megabytes(liveHeap)}."));
            Terminal.For(stdout).Write(table);
            IngestStageTimes t = summary.StageTimes;
            TimeSpan cpu = process.TotalProcessorTime - cpuBefore;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stage time (summed over threads): read+extract {t.Read.TotalSeconds:F1} s, analyse {t.Analyse.TotalSeconds:F1} s, lookup {t.Lookup.TotalSeconds:F1} s, write {t.Write.TotalSeconds:F1} s; ingest CPU {cpu.TotalSeconds:F1} s ({c.Read / Math.Max(0.001, cpu.TotalSeconds):F0} articles per CPU-second)"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory peaks (sampled every {MemorySampler.Interval.TotalMilliseconds:F0} ms): working set {Megabytes(peaks.WorkingSet)}, managed heap committed {Megabytes(peaks.ManagedCommitted)}, the rest (native: DuckDB, drivers, runtime, mapped code) {Megabytes(peaks.Native)}"));
            Terminal.For(stdout).Write(StagesTable(MemoryStages.Split(samples, c.Read, Stages)));
            if (NativeAllocators.MallocHeap() is { } heap)
            {
                stdout.WriteLine($"native malloc heap now (glibc): in use {Megabytes(heap.InUse)}, freed but held {Megabytes(heap.Held)}");
            }

            if (ledger.Backend == "duckdb" && NativeAllocators.DuckDbHeap() is { } duck)
            {
                stdout.WriteLine($"DuckDB's allocator now (jemalloc): allocated {Megabytes(duck.Allocated)}, resident {Megabytes(duck.Resident)}");
            }

            if (ledger is ISqlLedger { Backend: "duckdb" } sql)
            {
                // DuckDB's own accounting, to tell its buffers from the process's other native memory.
                var tags = sql.Query("SELECT tag, memory_usage_bytes FROM duckdb_memory() WHERE memory_usage_bytes > 0 ORDER BY memory_usage_bytes DESC", [],
                    record => $"{record.GetString(0)} {Megabytes(record.GetInt64(1))}");
                stdout.WriteLine("duckdb memory now (duckdb_memory()): " + (tags.Count == 0 ? "none reported" : string.Join(", ", tags)));
            }

            return ExitCodes.Success;
        }
        finally
        {
            TryDelete(scratch);
        }
    }

    /// <summary>
    /// The working set through the run, by tenth of the corpus: whether memory grows with the ledger shows here, where the
    /// peaks of runs of different lengths also differ by chance (docs/ledger.md, Benchmark).
    /// </summary>
    private static Table StagesTable(IReadOnlyList<MemoryStage> stages)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("articles read").RightAligned())
            .AddColumn(new TableColumn("samples").RightAligned()).AddColumn(new TableColumn("median working set").RightAligned())
            .AddColumn(new TableColumn("highest").RightAligned());
        foreach (MemoryStage stage in stages)
        {
            table.AddRow(string.Create(CultureInfo.InvariantCulture, $"{stage.FromArticles:N0}–{stage.ToArticles:N0}"), Invariant(stage.Samples),
                stage.Samples == 0 ? "-" : Megabytes(stage.Median), stage.Samples == 0 ? "-" : Megabytes(stage.Highest));
        }

        return table.Caption(string.Create(CultureInfo.InvariantCulture,
            $"memory through the run, by tenth of the corpus (sampled every {MemorySampler.Interval.TotalMilliseconds:F0} ms)"));
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F0} MB");

    private static string Kilobytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F0} KB");

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the bench result stands.
        }
    }
}
