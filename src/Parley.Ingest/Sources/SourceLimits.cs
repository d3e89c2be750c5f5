namespace Parley.Ingest.Sources;

/// <summary>Input size limits: the guard that keeps memory bounded on hostile or broken input.</summary>
/// <param name="MaxFileBytes">The largest file (after gzip decompression) read at all.</param>
/// <param name="MaxItemChars">The largest single feed item or JSON Lines record.</param>
public sealed record SourceLimits(long MaxFileBytes = 64L * 1024 * 1024, int MaxItemChars = 8 * 1024 * 1024)
{
    /// <summary>The limits used unless a caller asks for others.</summary>
    public static SourceLimits Default { get; } = new();
}
