using System.Diagnostics;

namespace Parley.Evaluation.Extraction;

/// <summary>Speed and memory of one extractor over a corpus, single thread.</summary>
/// <param name="Extractor">The extractor's name.</param>
/// <param name="Pages">Pages per timed pass.</param>
/// <param name="BestPagesPerSecond">Pages per second in the extractor's fastest pass (the least disturbed by other load).</param>
/// <param name="MeanPagesPerSecond">Pages per second over all its timed passes together.</param>
/// <param name="PeakManagedBytes">The highest managed heap size seen after any page of its warm-up pass, above the heap before it.</param>
/// <param name="AllocatedBytesPerPage">Bytes allocated per page, on average.</param>
public sealed record ThroughputResult(
    string Extractor, int Pages, double BestPagesPerSecond, double MeanPagesPerSecond, long PeakManagedBytes, long AllocatedBytesPerPage);

/// <summary>
/// Measures extractors in the same process on one thread. Each gets a warm-up pass (so the JIT has
/// compiled its code) that also measures its memory: the managed heap sampled after every page, which
/// separates extractors where the process's peak working set cannot. Then the timed passes interleave
/// the extractors page by page (the first extractor on a page alternates between passes), so a burst
/// of load from elsewhere on the machine falls on all of them alike and their ratio stays steady even
/// when absolute pages per second do not.
/// </summary>
public static class ThroughputBenchmark
{
    /// <summary>Runs every extractor over <paramref name="pages"/> for <paramref name="passes"/> interleaved timed passes.</summary>
    public static IReadOnlyList<ThroughputResult> Compare(IReadOnlyList<BodyExtractor> extractors, IReadOnlyList<BenchmarkPage> pages, int passes = 3)
    {
        ArgumentNullException.ThrowIfNull(extractors);
        ArgumentNullException.ThrowIfNull(pages);
        int count = extractors.Count;
        long[] peaks = new long[count];
        for (int e = 0; e < count; e++)
        {
            peaks[e] = WarmUpPeakHeap(extractors[e], pages);
        }

        double[] best = new double[count];
        double[] total = new double[count];
        long[] allocated = new long[count];
        Array.Fill(best, double.MaxValue);
        for (int pass = 0; pass < passes; pass++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long[] ticks = new long[count];
            foreach (BenchmarkPage page in pages)
            {
                for (int turn = 0; turn < count; turn++)
                {
                    int e = (turn + pass) % count;
                    long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                    long start = Stopwatch.GetTimestamp();
                    extractors[e].Extract(page);
                    ticks[e] += Stopwatch.GetTimestamp() - start;
                    allocated[e] += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                }
            }

            for (int e = 0; e < count; e++)
            {
                double seconds = (double)ticks[e] / Stopwatch.Frequency;
                best[e] = Math.Min(best[e], seconds);
                total[e] += seconds;
            }
        }

        var results = new List<ThroughputResult>(count);
        int extractions = Math.Max(1, pages.Count * passes);
        for (int e = 0; e < count; e++)
        {
            results.Add(new ThroughputResult(extractors[e].Name, pages.Count, pages.Count / best[e], extractions / total[e], peaks[e],
                allocated[e] / extractions));
        }

        return results;
    }

    // One untimed pass over the pages: compiles the extractor's code and returns the highest managed heap
    // seen after any page, above the heap before the pass.
    private static long WarmUpPeakHeap(BodyExtractor extractor, IReadOnlyList<BenchmarkPage> pages)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = baseline;
        foreach (BenchmarkPage page in pages)
        {
            extractor.Extract(page);
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        }

        return peak - baseline;
    }

    /// <summary>The process's peak working set so far, in bytes.</summary>
    public static long ProcessPeakWorkingSet()
    {
        using Process process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
