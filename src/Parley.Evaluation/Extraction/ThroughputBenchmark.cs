using System.Diagnostics;

namespace Parley.Evaluation.Extraction;

/// <summary>Speed and memory of one extractor over a corpus, single thread.</summary>
/// <param name="Extractor">The extractor's name.</param>
/// <param name="Pages">Pages per timed pass.</param>
/// <param name="BestPagesPerSecond">Pages per second in the extractor's fastest pass (the least disturbed by other load).</param>
/// <param name="MeanPagesPerSecond">Pages per second over all its timed passes together.</param>
/// <param name="PeakManagedBytes">The highest managed heap size seen after any page, above the heap before the pass.</param>
/// <param name="AllocatedBytesPerPage">Bytes allocated per page, on average.</param>
public sealed record ThroughputResult(
    string Extractor, int Pages, double BestPagesPerSecond, double MeanPagesPerSecond, long PeakManagedBytes, long AllocatedBytesPerPage);

/// <summary>
/// Measures extractors in the same process on one thread. Each gets a warm-up pass (so the JIT has
/// compiled its code); then the timed passes alternate between extractors, so a burst of load from
/// elsewhere on the machine falls on both rather than on one. Memory is the managed heap sampled after
/// every page, which separates extractors where the process's peak working set cannot; the process peak
/// is reported alongside for the whole run.
/// </summary>
public static class ThroughputBenchmark
{
    /// <summary>Runs every extractor over <paramref name="pages"/> for <paramref name="passes"/> alternating timed passes.</summary>
    public static IReadOnlyList<ThroughputResult> Compare(IReadOnlyList<BodyExtractor> extractors, IReadOnlyList<BenchmarkPage> pages, int passes = 3)
    {
        ArgumentNullException.ThrowIfNull(extractors);
        ArgumentNullException.ThrowIfNull(pages);
        foreach (BodyExtractor extractor in extractors)
        {
            foreach (BenchmarkPage page in pages)
            {
                extractor.Extract(page);
            }
        }

        int count = extractors.Count;
        double[] best = new double[count];
        double[] total = new double[count];
        long[] peaks = new long[count];
        long[] allocated = new long[count];
        Array.Fill(best, double.MaxValue);
        for (int pass = 0; pass < passes; pass++)
        {
            for (int e = 0; e < count; e++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                long baseline = GC.GetTotalMemory(forceFullCollection: true);
                long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                long peak = baseline;
                var clock = Stopwatch.StartNew();
                foreach (BenchmarkPage page in pages)
                {
                    extractors[e].Extract(page);
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                }

                clock.Stop();
                best[e] = Math.Min(best[e], clock.Elapsed.TotalSeconds);
                total[e] += clock.Elapsed.TotalSeconds;
                peaks[e] = Math.Max(peaks[e], peak - baseline);
                allocated[e] += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
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

    /// <summary>The process's peak working set so far, in bytes.</summary>
    public static long ProcessPeakWorkingSet()
    {
        using Process process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
