using System.Collections.Immutable;

namespace Parley.Ledger.Ingest;

/// <summary>
/// Where an ingest stands: documents read, articles accepted (new and written), rejected, skipped as
/// already stored or repeated, and what the writes changed. <see cref="Elapsed"/> comes from the caller's clock.
/// </summary>
public sealed record IngestProgress(
    long Read,
    long Accepted,
    long Rejected,
    long Duplicates,
    long EventsCreated,
    long EventsMerged,
    long QuotesCreated,
    long QuotesMerged,
    TimeSpan Elapsed)
{
    /// <summary>Documents read per second so far (0 before any time has passed).</summary>
    public double ArticlesPerSecond => Elapsed > TimeSpan.Zero ? Read / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Where an ingest's time went, summed over the threads of each stage: reading and extracting, analysing
/// (all workers together), asking the ledger which articles it holds, and writing batches. For finding the bottleneck.
/// </summary>
public sealed record IngestStageTimes(TimeSpan Read, TimeSpan Analyse, TimeSpan Lookup, TimeSpan Write);

/// <summary>
/// The outcome of an ingest: the final counts, rejections by code, the sources that were rejected (for
/// <c>parley rejections --retry</c>), and whether it was interrupted before reading everything.
/// </summary>
public sealed record IngestSummary(
    IngestProgress Counts,
    ImmutableSortedDictionary<string, int> RejectedByCode,
    ImmutableHashSet<string> RejectedSources,
    bool Interrupted,
    IngestStageTimes StageTimes)
{
    /// <summary>"completed" or "interrupted", the run status the ledger stores.</summary>
    public string Status => Interrupted ? "interrupted" : "completed";
}
