using DuckDB.NET.Data;

namespace Parley.Ledger.Store;

/// <summary>
/// The embedded ledger: one DuckDB file, one connection. DuckDB lets one process write a file at a
/// time (it locks the file), so there is nothing to lock between writers inside it.
/// </summary>
public sealed class DuckDbLedger : SqlLedger
{
    private DuckDbLedger(DuckDBConnection connection, string path)
        : base(connection, path)
    {
    }

    /// <inheritdoc/>
    public override string Backend => "duckdb";

    /// <summary>Opens (creating when missing) the DuckDB file at <paramref name="path"/>, and its folder.</summary>
    /// <exception cref="LedgerException">The file or folder is read-only, or another process holds the file.</exception>
    public static DuckDbLedger Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)!;
        RefuseReadOnly(path, full, folder);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new LedgerException($"ledger {path}: cannot create the folder {folder}: {error.Message}", error);
        }

        var connection = new DuckDBConnection("Data Source=" + full);
        try
        {
            connection.Open();
        }
        catch (Exception error) when (error is DuckDBException or IOException or UnauthorizedAccessException)
        {
            connection.Dispose();
            throw Describe(path, error);
        }

        return new DuckDbLedger(connection, path);
    }

    /// <summary>
    /// A file or folder without write permission is refused up front, even for root (who could write it
    /// anyway): a read-only mark is the owner's wish, and DuckDB would fail later and less clearly.
    /// </summary>
    private static void RefuseReadOnly(string path, string full, string folder)
    {
        if (File.Exists(full) && (!OwnerMayWrite(full) || new FileInfo(full).IsReadOnly))
        {
            throw new LedgerException($"ledger {path}: the file is read-only; make it writable or choose another --db");
        }

        if (Directory.Exists(folder) && !File.Exists(full) && !OwnerMayWrite(folder))
        {
            throw new LedgerException($"ledger {path}: the folder {folder} is read-only, so the database file cannot be created there");
        }
    }

    private static bool OwnerMayWrite(string path) =>
        OperatingSystem.IsWindows() || File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserWrite);

    private static LedgerException Describe(string path, Exception error)
    {
        string message = error.Message;
        if (message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            return new LedgerException(
                $"ledger {path}: the file is locked by another process (DuckDB allows one writer at a time; stop the other parley or use PostgreSQL): {message}", error);
        }

        if (message.Contains("read-only", StringComparison.OrdinalIgnoreCase) || message.Contains("permission", StringComparison.OrdinalIgnoreCase))
        {
            return new LedgerException($"ledger {path}: cannot write the file (read-only or no permission): {message}", error);
        }

        if (message.Contains("No space", StringComparison.OrdinalIgnoreCase) || message.Contains("disk", StringComparison.OrdinalIgnoreCase))
        {
            return new LedgerException($"ledger {path}: the disk is full; the batch was rolled back: {message}", error);
        }

        return new LedgerException($"ledger {path}: {message}", error);
    }

    private protected override void LockKeys(IEnumerable<string> keys)
    {
        // One writer per file: DuckDB's own file lock is the lock.
    }

    private protected override LedgerException? Translate(Exception error) =>
        error is DuckDBException or IOException ? Describe(Database, error) : null;
}
