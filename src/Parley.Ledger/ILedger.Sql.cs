using System.Data;

namespace Parley.Ledger;

/// <summary>
/// SQL over the ledger tables of docs/ledger.md, for analyses that must run inside the database
/// (rarity, timelines, networks) rather than pull millions of rows into memory.
/// </summary>
public interface ISqlSource
{
    /// <summary>"duckdb" or "postgres": the SQL dialect the text of <see cref="Query{T}"/> is read in.</summary>
    string Dialect { get; }

    /// <summary>
    /// Runs one SELECT with positional parameters (<c>$1</c>, <c>$2</c>, … in the text, which both DuckDB and
    /// PostgreSQL accept) and maps every row.
    /// </summary>
    IReadOnlyList<T> Query<T>(string sql, IReadOnlyList<object?> parameters, Func<IDataRecord, T> map);

    /// <summary>Runs one statement that returns no rows (an UPDATE such as marking events rare); returns the rows changed.</summary>
    int Execute(string sql, IReadOnlyList<object?> parameters);
}

/// <summary>A ledger that also answers SQL: both stored backends implement it.</summary>
public interface ISqlLedger : ILedger, ISqlSource;
