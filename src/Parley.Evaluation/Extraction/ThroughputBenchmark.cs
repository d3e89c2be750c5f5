using System.Diagnostics;

namespace Parley.Evaluation.Extraction;

/// <summary>Speed and memory of one extractor over a corpus, single thread.</summary>
/// <param name="Extractor">The extractor's name.</param>
/// <param name="Pages">Pages per timed pass.</param>
/// <param name="PagesPerSecond">Pages per second over the timed passes, after one warm-up pass.</param>
/// <param name="PeakManagedBytes">The highest managed heap size seen after any page, above the heap before the run.</param>
/// <param name="AllocatedBytesPerPage">Bytes allocated per page, on average.</param>
public sealed record ThroughputResult(string Extractor, int Pages, double PagesPerSecond, long PeakManagedBytes, long AllocatedBytesPerPage);

/// <summary>
/// Measures extractors one after the other in the same process: each gets a warm-up pass (so the JIT
/// has compiled its code), a full collection, then timed passes on one thread. Memory is the managed
/// heap sampled after every page, which separates extractors where the process's peak working set
/// cannot; the process peak is reported alongside for the whole run.
/// </summary>
public static class ThroughputBenchmark
{
    /// <summary>Runs <paramref name="extractor"/> over <paramref name="pages"/> for <paramref name="passes"/> timed passes.</summary>
    public static ThroughputResult Measure(BodyExtractor extractor, IReadOnlyList<BenchmarkPage> pages, int passes = 2)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(pages);
        foreach (BenchmarkPage page in pages)
        {
            extractor.Extract(page);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = baseline;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (int pass = 0; pass < passes; pass++)
        {
            foreach (BenchmarkPage page in pages)
            {
                extractor.Extract(page);
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }
        }

        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        int extractions = Math.Max(1, pages.Count * passes);
        return new ThroughputResult(extractor.Name, pages.Count, extractions / clock.Elapsed.TotalSeconds, peak - baseline,
            allocated / extractions);
    }

    /// <summary>The process's peak working set so far, in bytes.</summary>
    public static long ProcessPeakWorkingSet()
    {
        using Process process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
