namespace Parley.Cli.Commands;

/// <summary>One stretch of an ingest's corpus and the working set sampled while the ingest was in it.</summary>
/// <param name="FromArticles">The articles read when the stretch began.</param>
/// <param name="ToArticles">The articles read when it ended.</param>
/// <param name="Samples">How many samples fell in it (0: none; its figures are then 0).</param>
/// <param name="Median">The median working set of its samples, in bytes.</param>
/// <param name="Highest">The highest, in bytes.</param>
internal readonly record struct MemoryStage(long FromArticles, long ToArticles, int Samples, long Median, long Highest);

/// <summary>
/// Splits an ingest's memory samples into equal stretches of its corpus by how many articles had been read when each was
/// taken, so a benchmark shows whether memory grows as the ledger does. The peak of a whole run cannot show it alone: a
/// longer run has more batches, and so more chances for a batch's highs to coincide, even when nothing grows; the
/// stretches of one run each have as many.
/// </summary>
internal static class MemoryStages
{
    public static IReadOnlyList<MemoryStage> Split(IReadOnlyList<(long Articles, long WorkingSet)> samples, long totalArticles, int stages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stages, 1);
        long total = Math.Max(1, totalArticles);
        var buckets = new List<long>[stages];
        for (int i = 0; i < stages; i++)
        {
            buckets[i] = [];
        }

        foreach ((long articles, long workingSet) in samples)
        {
            // A sample taken after the last article (the run closing) counts in the last stretch.
            int stage = (int)Math.Clamp(articles * stages / total, 0, stages - 1);
            buckets[stage].Add(workingSet);
        }

        var result = new MemoryStage[stages];
        for (int i = 0; i < stages; i++)
        {
            List<long> values = buckets[i];
            values.Sort();
            result[i] = new MemoryStage(total * i / stages, total * (i + 1) / stages, values.Count,
                values.Count == 0 ? 0 : values[(values.Count - 1) / 2], values.Count == 0 ? 0 : values[^1]);
        }

        return result;
    }
}
