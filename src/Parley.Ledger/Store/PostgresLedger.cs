using System.Net.Sockets;
using Npgsql;
using NpgsqlTypes;

namespace Parley.Ledger.Store;

/// <summary>
/// The shared ledger on a PostgreSQL server. Several workers may write at once: articles are claimed
/// with INSERT ... ON CONFLICT DO NOTHING, and merge keys and quote ids are guarded by
/// transaction-scoped advisory locks taken in sorted order (docs/ledger.md, "Concurrency").
/// </summary>
public sealed class PostgresLedger : SqlLedger
{
    private PostgresLedger(NpgsqlConnection connection, string database)
        : base(connection, database, (_, table, columns, rows) => Copy(connection, table, columns, rows))
    {
    }

    /// <summary>
    /// Writes rows that cannot conflict (their article or event is this batch's own) with binary COPY,
    /// inside the batch transaction: one stream instead of thousands of bound parameters.
    /// </summary>
    private static void Copy(NpgsqlConnection connection, string table, IReadOnlyList<Column> columns, IReadOnlyList<object?[]> rows)
    {
        using NpgsqlBinaryImporter writer = connection.BeginBinaryImport(
            $"COPY {table} ({string.Join(", ", columns.Select(column => column.Name))}) FROM STDIN (FORMAT BINARY)");
        foreach (object?[] values in rows)
        {
            writer.StartRow();
            for (int c = 0; c < columns.Count; c++)
            {
                bool bigint = columns[c].Type == "BIGINT";
                switch (values[c])
                {
                    case null: writer.WriteNull(); break;
                    case string text: writer.Write(text, NpgsqlDbType.Text); break;
                    case int number when bigint: writer.Write((long)number, NpgsqlDbType.Bigint); break;
                    case int number: writer.Write(number, NpgsqlDbType.Integer); break;
                    case long number when bigint: writer.Write(number, NpgsqlDbType.Bigint); break;
                    case long number: writer.Write(checked((int)number), NpgsqlDbType.Integer); break;
                    case double number: writer.Write(number, NpgsqlDbType.Double); break;
                    case bool flag: writer.Write(flag, NpgsqlDbType.Boolean); break;
                    case DateOnly date: writer.Write(date, NpgsqlDbType.Date); break;
                    case DateTime time: writer.Write(time, NpgsqlDbType.Timestamp); break;
                    case var other: throw new ArgumentException($"no COPY writer for {other.GetType().Name} in {table}.{columns[c].Name}");
                }
            }
        }

        writer.Complete();
    }

    /// <inheritdoc/>
    public override string Backend => "postgres";

    /// <summary>Connects to the server named by a postgres:// or postgresql:// URL.</summary>
    /// <exception cref="LedgerException">The URL is malformed or the server cannot be reached.</exception>
    public static PostgresLedger Open(string url)
    {
        string connectionString = ConnectionString(url);
        string shown = Shown(url);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
        }
        catch (Exception error) when (error is NpgsqlException or SocketException or TimeoutException)
        {
            connection.Dispose();
            throw error is PostgresException server
                ? new LedgerException($"ledger {shown}: the server refused the connection: {server.MessageText} ({server.SqlState})", error)
                : new LedgerException($"ledger {shown}: cannot reach the PostgreSQL server: {Reason(error)}", error);
        }

        return new PostgresLedger(connection, shown);
    }

    /// <summary>The Npgsql connection string for postgres://user[:password]@host[:port]/database[?key=value].</summary>
    public static string ConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("postgres" or "postgresql") || uri.Host.Length == 0)
        {
            throw new LedgerException($"ledger {url}: not a PostgreSQL URL (expected postgres://user[:password]@host[:port]/database)");
        }

        string[] user = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } name ? name : "postgres",
            Username = user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : "postgres",
            Timeout = 10,
        };
        if (user.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(parts[0])] = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
        }

        return builder.ConnectionString;
    }

    /// <summary>The URL without its password, for messages.</summary>
    private static string Shown(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal)
            ? url.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal)
            : url;

    private static string Reason(Exception error) =>
        error.InnerException is SocketException socket ? socket.Message : error.InnerException?.Message ?? error.Message;

    private protected override void LockKeys(IEnumerable<string> keys)
    {
        long[] numbers = [.. keys.Select(Keys.LockNumber).Distinct().Order()];
        if (numbers.Length > 0)
        {
            Sql.Execute(
                "SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT k FROM unnest($1::bigint[]) WITH ORDINALITY AS t(k, n) ORDER BY n) AS sorted",
                numbers);
        }
    }

    private protected override bool IsRetryable(Exception error) =>
        error is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    private protected override LedgerException? Translate(Exception error) => error switch
    {
        PostgresException { SqlState: PostgresErrorCodes.DiskFull } server =>
            new LedgerException($"ledger {Database}: the server's disk is full; the batch was rolled back: {server.MessageText}", error),
        // 08xxx: connection exceptions; 57P01-57P03: the server is shutting down or killed this session.
        PostgresException server when server.SqlState.StartsWith("08", StringComparison.Ordinal) || server.SqlState.StartsWith("57P", StringComparison.Ordinal) =>
            new LedgerException($"ledger {Database}: lost the connection to the server; the batch in progress was rolled back: {server.MessageText}", error),
        PostgresException server =>
            new LedgerException($"ledger {Database}: {server.MessageText} ({server.SqlState})", error),
        NpgsqlException or SocketException or IOException =>
            new LedgerException($"ledger {Database}: lost the connection to the server; the batch in progress was rolled back: {Reason(error)}", error),
        _ => null,
    };
}
