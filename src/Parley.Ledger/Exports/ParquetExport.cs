using Parquet.Serialization;

namespace Parley.Ledger.Exports;

/// <summary>Writes one Parquet row per event with flat columns (<see cref="EventRow"/>), for pandas, DuckDB, Spark and R.</summary>
public static class ParquetExport
{
    /// <summary>Writes the set's events to <paramref name="output"/> (a seekable stream, such as a file).</summary>
    public static Task WriteAsync(ExportSet set, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        return ParquetSerializer.SerializeAsync(set.Events.Select(EventRow.Of).ToList(), output, cancellationToken: cancellationToken);
    }

    /// <summary>Reads rows written by <see cref="WriteAsync"/>.</summary>
    public static async Task<IList<EventRow>> ReadAsync(Stream input, CancellationToken cancellationToken = default)
    {
        var result = await ParquetSerializer.DeserializeAsync<EventRow>(input, cancellationToken: cancellationToken).ConfigureAwait(false);
        return result.Data;
    }
}
