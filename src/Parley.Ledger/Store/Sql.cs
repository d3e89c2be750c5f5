using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Parley.Ledger.Store;

/// <summary>A column of a multi-row insert: its name and the SQL type its parameters are cast to.</summary>
/// <remarks>The cast matters on PostgreSQL: in a multi-row VALUES list an untyped null would be read as text.</remarks>
internal readonly record struct Column(string Name, string Type);

/// <summary>
/// Thin parameterised-SQL helpers over one open connection, shared by both backends. Parameters are
/// positional (<c>$1</c>, <c>$2</c>), the one placeholder form DuckDB and PostgreSQL both accept.
/// </summary>
internal sealed class Sql(DbConnection connection)
{
    /// <summary>The largest number of parameters put in one statement (PostgreSQL allows 65,535).</summary>
    private const int MaxParameters = 30_000;

    // The ASCII unit separator joins keys into the one parameter of a DuckDB key lookup.
    private const string KeySeparator = "\u001f";

    /// <summary>The open connection; DuckDB's ledger replaces it when it closes and reopens its database during a long ingest.</summary>
    public DbConnection Connection { get; set; } = connection;

    public DbTransaction? Transaction { get; set; }

    public DbCommand Command(string text, IReadOnlyList<object?> args)
    {
        DbCommand command = Connection.CreateCommand();
#pragma warning disable CA2100 // every statement is built from constant fragments; values go in parameters
        command.CommandText = text;
#pragma warning restore CA2100
        command.Transaction = Transaction;
        foreach (object? arg in args)
        {
            DbParameter parameter = command.CreateParameter();
            parameter.Value = arg ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public int Execute(string text, params object?[] args)
    {
        using DbCommand command = Command(text, args);
        return command.ExecuteNonQuery();
    }

    public List<T> Query<T>(string text, Func<DbDataReader, T> read, params object?[] args) => Query(text, read, (IReadOnlyList<object?>)args);

    public List<T> Query<T>(string text, Func<DbDataReader, T> read, IReadOnlyList<object?> args)
    {
        using DbCommand command = Command(text, args);
        using DbDataReader reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Reads every row of a query without keeping them.</summary>
    public void ForEach(string text, Action<DbDataReader> read)
    {
        using DbCommand command = Command(text, []);
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            read(reader);
        }
    }

    public long Long(string text, params object?[] args)
    {
        using DbCommand command = Command(text, args);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Rows whose <paramref name="column"/> is one of <paramref name="keys"/>, queried in chunks.</summary>
    public List<T> QueryIn<T>(string select, string column, IReadOnlyCollection<string> keys, Func<DbDataReader, T> read, string? extraWhere = null)
    {
        var rows = new List<T>();
        string where = extraWhere is null ? "" : " AND " + extraWhere;
        List<string> distinct = [.. keys.Distinct(StringComparer.Ordinal)];
        if (distinct.Count == 0)
        {
            return rows;
        }

        if (SingleWriter && !distinct.Exists(key => key.Contains(KeySeparator, StringComparison.Ordinal)))
        {
            // DuckDB plans a list of 1,000 bound parameters slowly (hundreds of ms per batch); one string
            // parameter split into a table and hash-joined against the column costs a few ms.
            rows.AddRange(Query($"{select} WHERE {column} IN (SELECT unnest(string_split($1, chr(31)))){where}", read, string.Join(KeySeparator, distinct)));
            return rows;
        }

        foreach (string[] chunk in distinct.Chunk(1000))
        {
            string list = string.Join(',', Enumerable.Range(1, chunk.Length).Select(Placeholder));
            rows.AddRange(Query($"{select} WHERE {column} IN ({list}){where}", read, chunk));
        }

        return rows;
    }

    /// <summary>
    /// Inserts rows with multi-row VALUES statements (far fewer round trips than one row at a time).
    /// <paramref name="suffix"/> follows each statement (ON CONFLICT ..., RETURNING ...); rows it returns are read by <paramref name="read"/>.
    /// </summary>
    public List<T> InsertRows<T>(string table, IReadOnlyList<Column> columns, IEnumerable<object?[]> rows, string suffix, Func<DbDataReader, T>? read)
    {
        var returned = new List<T>();
        int perStatement = Math.Max(1, MaxParameters / columns.Count);
        string head = $"INSERT INTO {table} ({string.Join(", ", columns.Select(column => column.Name))}) VALUES ";
        foreach (object?[][] chunk in rows.Chunk(perStatement).Where(chunk => chunk.Length > 0))
        {
            var text = new StringBuilder(head);
            var args = new List<object?>(chunk.Length * columns.Count);
            AppendValues(text, chunk, columns, args);

            text.Append(' ').Append(suffix);
            if (read is null)
            {
                using DbCommand command = Command(text.ToString(), args);
                command.ExecuteNonQuery();
            }
            else
            {
                returned.AddRange(Query(text.ToString(), read, args));
            }
        }

        return returned;
    }

    // "(CAST($1 AS TEXT), ...), (...)": one parameter per cell, typed so both databases read NULLs and numbers alike.
    private static void AppendValues(StringBuilder text, object?[][] chunk, IReadOnlyList<Column> columns, List<object?> args)
    {
        for (int row = 0; row < chunk.Length; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (int c = 0; c < columns.Count; c++)
            {
                args.Add(chunk[row][c]);
                text.Append(c == 0 ? "" : ", ").Append("CAST(").Append(Placeholder(args.Count)).Append(" AS ").Append(columns[c].Type).Append(')');
            }

            text.Append(')');
        }
    }

    public void InsertRows(string table, IReadOnlyList<Column> columns, IEnumerable<object?[]> rows, string suffix = "") =>
        InsertRows<int>(table, columns, rows, suffix, null);

    /// <summary>
    /// Updates many rows in one statement per chunk: <c>UPDATE table SET ... FROM (VALUES ...) AS v WHERE table.key = v.key</c>.
    /// The first column is the key; <paramref name="assignments"/> are the SET clauses over <c>v</c> (and the table's own columns).
    /// One set-based statement instead of one UPDATE per row: a per-row UPDATE costs a statement and, on DuckDB, an index probe or scan each.
    /// </summary>
    public void UpdateRows(string table, IReadOnlyList<Column> columns, IEnumerable<object?[]> rows, string assignments)
    {
        if (BulkUpdate is { } update)
        {
            List<object?[]> list = [.. rows];
            if (list.Count > 0)
            {
                update(this, table, columns, list, assignments);
            }

            return;
        }

        int perStatement = Math.Max(1, MaxParameters / columns.Count);
        string names = string.Join(", ", columns.Select(column => column.Name));
        foreach (object?[][] chunk in rows.Chunk(perStatement).Where(chunk => chunk.Length > 0))
        {
            var text = new StringBuilder($"UPDATE {table} SET {assignments} FROM (VALUES ");
            var args = new List<object?>(chunk.Length * columns.Count);
            AppendValues(text, chunk, columns, args);

            text.Append($") AS v ({names}) WHERE {table}.{columns[0].Name} = v.{columns[0].Name}");
            using DbCommand command = Command(text.ToString(), args);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// The backend's bulk path for rows that cannot conflict (DuckDB's Appender, PostgreSQL's binary COPY),
    /// given all of a table's columns in table order; null to use multi-row INSERTs.
    /// </summary>
    public Action<Sql, string, IReadOnlyList<Column>, IReadOnlyList<object?[]>>? BulkAppend { get; init; }

    /// <summary>The backend's own way to update many rows by key (DuckDB: appended to a temporary table, then one join), or null for VALUES lists.</summary>
    public Action<Sql, string, IReadOnlyList<Column>, IReadOnlyList<object?[]>, string>? BulkUpdate { get; init; }

    /// <summary>True for a single-writer backend (DuckDB): rows found missing stay missing until this transaction commits.</summary>
    public bool SingleWriter { get; init; }

    /// <summary>The single writer's in-memory keys (<see cref="RunIndex"/>), or null to look every key up in the database.</summary>
    public RunIndex? Index { get; set; }

    /// <summary>The index when it can answer (loaded on first use), else null.</summary>
    public RunIndex? ReadyIndex => Index is { } index && index.Ready(this) ? index : null;

    /// <summary>Inserts rows known to be new, by the fastest path the backend has.</summary>
    public void Append(string table, IReadOnlyList<Column> columns, IEnumerable<object?[]> rows)
    {
        List<object?[]> list = [.. rows];
        if (list.Count == 0)
        {
            return;
        }

        if (BulkAppend is { } append)
        {
            append(this, table, columns, list);
        }
        else
        {
            InsertRows(table, columns, list);
        }
    }

    public static string Placeholder(int number) => "$" + number.ToString(CultureInfo.InvariantCulture);

    // Readers that accept what either provider returns for a column.
    public static string Text(DbDataReader reader, int i) => reader.GetString(i);

    public static string? TextOrNull(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    public static long Int64(DbDataReader reader, int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);

    public static long? Int64OrNull(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : Int64(reader, i);

    public static double Double(DbDataReader reader, int i) => Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture);

    public static bool Bool(DbDataReader reader, int i) => Convert.ToBoolean(reader.GetValue(i), CultureInfo.InvariantCulture);

    public static DateOnly? DateOrNull(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetValue(i) switch
    {
        DateOnly date => date,
        DateTime time => DateOnly.FromDateTime(time),
        var other => DateOnly.Parse(Convert.ToString(other, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };

    public static DateTime? TimeOrNull(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetValue(i) switch
    {
        DateTime time => time,
        DateTimeOffset offset => offset.UtcDateTime,
        var other => DateTime.Parse(Convert.ToString(other, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };

    /// <summary>A UTC instant as a timestamp parameter (kind unspecified: Npgsql refuses UTC kinds for "timestamp").</summary>
    public static DateTime Utc(DateTimeOffset time) => DateTime.SpecifyKind(time.UtcDateTime, DateTimeKind.Unspecified);
}
