using System.Data;
using DuckDB.NET.Data;
using Parley.Ledger;

namespace Parley.Analysis.Sql;

/// <summary>
/// A DuckDB file (or in-memory database) read and written with plain SQL: the benchmark generates its ledger
/// through it and tests build small ledgers with it. The stored ledgers implement <see cref="ISqlSource"/> themselves.
/// </summary>
public sealed class DuckDbSource : ISqlSource, IDisposable
{
    private readonly DuckDBConnection connection;

    /// <summary>Opens (creating if missing) the DuckDB file at <paramref name="path"/>; null opens an in-memory database.</summary>
    public DuckDbSource(string? path)
    {
        connection = new DuckDBConnection(path is null ? "DataSource=:memory:" : $"DataSource={path}");
        connection.Open();
    }

    /// <inheritdoc />
    public string Dialect => "duckdb";

    /// <inheritdoc />
    public IReadOnlyList<T> Query<T>(string sql, IReadOnlyList<object?> parameters, Func<IDataRecord, T> map)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(map);
        using DuckDBCommand command = Command(sql, parameters);
        using DuckDBDataReader reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <inheritdoc cref="ISqlSource.Execute" />
    public int Execute(string sql, params IReadOnlyList<object?> parameters)
    {
        using DuckDBCommand command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private DuckDBCommand Command(string sql, IReadOnlyList<object?> parameters)
    {
        DuckDBCommand command = connection.CreateCommand();
#pragma warning disable CA2100 // The analyses build their SQL from constants; values always travel as parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (object? value in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        }

        return command;
    }

    /// <inheritdoc />
    public void Dispose() => connection.Dispose();
}
