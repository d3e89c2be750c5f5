namespace Parley.Ledger.Ingest;

/// <summary>
/// How an ingest runs: <see cref="Workers"/> analysis threads, batches of up to <see cref="BatchSize"/>
/// articles per transaction, and a batch written early once it is <see cref="BatchTime"/> old so a slow
/// trickle of input still reaches the ledger.
/// </summary>
public sealed record IngestOptions(int Workers, int BatchSize = 200, TimeSpan? BatchTime = null)
{
    /// <summary>The age at which a partial batch is written: <see cref="BatchTime"/> or two seconds.</summary>
    public TimeSpan BatchAge => BatchTime ?? TimeSpan.FromSeconds(2);

    /// <summary>The options with workers and batch size clamped to at least one.</summary>
    public IngestOptions Normalized() => this with { Workers = Math.Max(1, Workers), BatchSize = Math.Max(1, BatchSize) };
}
