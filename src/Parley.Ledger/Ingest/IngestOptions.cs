namespace Parley.Ledger.Ingest;

/// <summary>
/// How an ingest runs: <see cref="Workers"/> analysis threads, batches of up to <see cref="BatchSize"/>
/// articles per transaction, and a batch written early once it is <see cref="BatchTime"/> old so a slow
/// trickle of input still reaches the ledger.
/// </summary>
public sealed record IngestOptions(int Workers, int BatchSize = IngestOptions.DefaultBatchSize, TimeSpan? BatchTime = null)
{
    /// <summary>
    /// Articles per transaction by default: big enough that a batch's fixed costs (lookups, commit, sync)
    /// are spread over many articles, small enough that a batch stays a few MB and a crash loses little.
    /// At 1,000 DuckDB's share of each write was twice as large, and the ingest's peak rose from 10,000 articles to
    /// 100,000 by 3–7 MB against 2–3 at 500 (docs/ledger.md, "Fifteenth session").
    /// </summary>
    public const int DefaultBatchSize = 500;

    /// <summary>The age at which a partial batch is written: <see cref="BatchTime"/> or two seconds.</summary>
    public TimeSpan BatchAge => BatchTime ?? TimeSpan.FromSeconds(2);

    /// <summary>The options with workers and batch size clamped to at least one.</summary>
    public IngestOptions Normalized() => this with { Workers = Math.Max(1, Workers), BatchSize = Math.Max(1, BatchSize) };
}
