using DuckDB.NET.Data;

namespace Parley.Ledger.Store;

/// <summary>
/// The embedded ledger: one DuckDB file, one connection. DuckDB lets one process write a file at a
/// time (it locks the file), so there is nothing to lock between writers inside it.
/// </summary>
public sealed class DuckDbLedger : SqlLedger
{
    private readonly string _fullPath;
    private bool _ingesting;
    private int _commitsSinceOpen;

    private DuckDbLedger(DuckDBConnection connection, string path, string fullPath)
        : base(connection, path, (sql, table, columns, rows) => Append((DuckDBConnection)sql.Connection, null, table, columns, rows), singleWriter: true,
            bulkUpdate: (sql, table, columns, rows, assignments) => Update((DuckDBConnection)sql.Connection, sql, table, columns, rows, assignments))
    {
        _fullPath = fullPath;
    }

    /// <summary>
    /// Commits an ingest makes between closing and reopening the database (<see cref="AfterCommit"/>); tests lower it.
    /// 20 is 10,000 articles at the default batch size of 500. What DuckDB keeps until it closes (row-group metadata
    /// and hash-join handles) grows with the file and with the commits since it opened; closing also checkpoints, and
    /// in 1.5's storage format that no longer sets the peak, so over 300,000 articles every 10,000 articles peaked
    /// lower than every 50,000 (204 against 209 MB) at about the same rate (docs/ledger.md, "Thirteenth session").
    /// With batches of 500, every 5,000 articles cost 7–15% of the rate for no lower peak ("Fifteenth session").
    /// </summary>
    internal int CommitsPerReopen { get; set; } = 20;

    /// <summary>
    /// Bytes of write-ahead log past which <see cref="BetweenBatches"/> checkpoints (DuckDB's own threshold is raised
    /// out of its way for the ingest); tests lower it.
    /// </summary>
    internal long CheckpointLogBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How many checkpoints <see cref="BetweenBatches"/> has run.</summary>
    internal int Checkpoints { get; private set; }

    /// <summary>Runs after the database is closed and before it is opened again: tests throw from it to fail the reopen.</summary>
    internal Action? FailReopenForTests { get; set; }

    /// <summary>How many times this ledger has closed and reopened its database during ingests.</summary>
    internal int Reopens { get; private set; }

    /// <summary>
    /// Updates many rows by appending the new values to a temporary table and joining it once:
    /// DuckDB plans an UPDATE ... FROM (VALUES ...) of thousands of bound parameters slowly (it was the
    /// largest part of a batch's write time at 30,000 articles), while the Appender costs next to nothing.
    /// </summary>
    private static void Update(DuckDBConnection connection, Sql sql, string table, IReadOnlyList<Column> columns, IReadOnlyList<object?[]> rows, string assignments)
    {
        string scratch = "parley_update_" + table + "_" + columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string key = columns[0].Name;
        // Dropped, not emptied: DELETE only marks a temporary table's rows, so its memory would grow with every batch.
        sql.Execute($"DROP TABLE IF EXISTS temp.main.{scratch}");
        sql.Execute($"CREATE TEMP TABLE {scratch} ({string.Join(", ", columns.Select(column => column.Name + " " + column.Type))})");
        Append(connection, "temp", scratch, columns, rows);
        sql.Execute($"UPDATE {table} SET {assignments} FROM temp.main.{scratch} AS v WHERE {table}.{key} = v.{key}");
        sql.Execute($"DROP TABLE temp.main.{scratch}");
    }

    /// <summary>
    /// Appends rows with DuckDB's Appender: no SQL to parse, the rows go straight into the open
    /// transaction. Many times faster than multi-row INSERTs for a batch of thousands of mentions.
    /// </summary>
    private static void Append(DuckDBConnection connection, string? catalog, string table, IReadOnlyList<Column> columns, IReadOnlyList<object?[]> rows)
    {
        using DuckDBAppender appender = catalog is null ? connection.CreateAppender(table) : connection.CreateAppender(catalog, "main", table);
        foreach (object?[] values in rows)
        {
            var row = appender.CreateRow();
            for (int c = 0; c < columns.Count; c++)
            {
                _ = values[c] switch
                {
                    null => row.AppendNullValue(),
                    string text => row.AppendValue(text),
                    int number => row.AppendValue(number),
                    long number => row.AppendValue(number),
                    double number => row.AppendValue(number),
                    bool flag => row.AppendValue(flag),
                    DateOnly date => row.AppendValue((DateOnly?)date),
                    DateTime time => row.AppendValue((DateTime?)time),
                    var other => throw new ArgumentException($"no appender for {other.GetType().Name} in {table}.{columns[c].Name}"),
                };
            }

            row.EndRow();
        }
    }

    // A checkpoint rewrites every row group a batch changed (merges update old events all over the table):
    // at 64 MB of write-ahead log instead of DuckDB's 16 MB there are a quarter as many, and the commit time
    // at 30,000 articles halved. The log's size, not the ledger's, bounds what this adds to memory.
    private static readonly string[] Settings = ["checkpoint_threshold = '64MB'"];

    // The name the ledger's file is attached under.
    private const string Catalog = "ledger";

    /// <inheritdoc/>
    public override string Backend => "duckdb";

    // DuckDB keeps every table block it has read cached until it reaches its memory limit (80% of RAM by
    // default), so an ingest's merges (which join the whole events table) grew its memory with the ledger.
    // Ingest needs only the blocks of the batch at hand: above this DuckDB evicts cached blocks, and
    // writes not yet checkpointed go to a temporary file instead of failing. The limit is a plateau, and an
    // ingest's peak is flat from the run that first reaches it: at 48 MB that took about 10,000 articles, so a
    // 10,000-article run peaked 15-22 MB below longer ones; at 30 MB it is reached within about 3,000 articles
    // (docs/ledger.md, Speed: 10,000 / 30,000 / 100,000 articles peaked at 209 / 219 / 220 MB against 220 / 236 /
    // 242 MB at 48 MB). A batch that needs more is written again with more (RaiseIngestMemoryLimit).
    internal const long DefaultIngestMemoryLimit = 30_000_000;

    /// <summary>DuckDB's memory limit when an ingest starts, in bytes (<see cref="DefaultIngestMemoryLimit"/>); tests lower it.</summary>
    internal long IngestMemoryLimit { get; set; } = DefaultIngestMemoryLimit;

    // The limit in force for the ingest under way: it starts at IngestMemoryLimit and only rises.
    private long _ingestMemoryLimit = DefaultIngestMemoryLimit;

    /// <summary>How many times an ingest raised DuckDB's memory limit after DuckDB ran out of it.</summary>
    internal int MemoryLimitRaises { get; private set; }

    // Rows per row group in the ledger's file, instead of DuckDB's 122,880. A checkpoint rewrites the row group
    // that new rows were appended to, whole: with articles' texts that was up to 180 MB of column to recompress,
    // and DuckDB's memory rose by up to 40 MB over its limit at each checkpoint of a 100,000-article ingest.
    internal const int RowGroupSize = 16_384;

    // The storage format a new file is written in, instead of DuckDB's default of 1.0's. In 1.5's format string
    // columns are stored as DICT_FSST (a dictionary and FSST in one) where 1.0's chose among Dictionary, FSST and
    // Uncompressed: a 30,000-article ledger is 16% smaller, and an ingest's checkpoints no longer take DuckDB's
    // allocations 8–11 MB above the batches' own, where they set the ingest's peak (docs/ledger.md, Speed). Such a file
    // opens in DuckDB 1.5 or later only, so an existing file keeps the format it has: attaching it with a newer one
    // would convert it for good.
    internal const string NewFileStorageVersion = "v1.5.0";

    /// <summary>
    /// Caps DuckDB for an ingest: its buffer memory, and one thread of its own (Parley's workers already keep
    /// both cores busy; each DuckDB thread kept its own allocator cache). Disposing restores the defaults.
    /// </summary>
    internal IDisposable LimitMemoryForIngest()
    {
        _ingestMemoryLimit = IngestMemoryLimit;
        _ingesting = true;
        try
        {
            ApplyIngestLimits();
        }
        catch
        {
            _ingesting = false;
            throw;
        }

        NativeAllocators.ReturnFreedMemoryPromptly();
        _commitsSinceOpen = 0;
        return new Restore(() =>
        {
            _ingesting = false;
            if (FailedAfterCommit)
            {
                // The database could not be reopened: there is no connection to reset, and that error is the one to report.
                return;
            }

            try
            {
                Sql.Execute("RESET memory_limit");
                Sql.Execute("RESET threads");
                Array.ForEach(Settings, setting => Sql.Execute("SET " + setting));
            }
            catch (System.Data.Common.DbException)
            {
                // The connection failed with the ingest: that error is the one to report, and the limit dies with it.
            }
        });
    }

    private void ApplyIngestLimits()
    {
        while (true)
        {
            try
            {
                Sql.Execute(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SET memory_limit = '{_ingestMemoryLimit}B'"));
                break;
            }
            catch (DuckDBException error) when (CanRaiseIngestMemoryLimit(error))
            {
                // DuckDB already holds more than the limit and cannot evict it (it cannot lower a limit below that).
                RaiseIngestMemoryLimit();
            }
        }

        Sql.Execute("SET threads = 1");
        Sql.Execute($"SET checkpoint_threshold = '{IngestCheckpointThreshold}'");
    }

    // During an ingest the checkpoints are Parley's (BetweenBatches); DuckDB's own threshold stays as a backstop
    // for a caller that writes batches without calling it.
    internal const string IngestCheckpointThreshold = "256MB";

    /// <summary>
    /// What an ingest runs between batches, after its collection, when the process holds least: every
    /// <see cref="CommitsPerReopen"/> commits it closes the database and opens it again, and otherwise it checkpoints
    /// once the write-ahead log passes <see cref="CheckpointLogBytes"/>. DuckDB's own checkpoint runs inside the
    /// COMMIT, while the batch's findings are still alive, and the ingest's peak was set there (docs/ledger.md, Speed).
    /// The reopen is for DuckDB (1.5) keeping about 3 KB of native memory for every hash join it has run until the
    /// database is closed: the handles of the join's temporary blocks stay referenced from its buffer pool's eviction
    /// queue, which it purges only when that queue is long, and every batch runs a few such joins, so over 300,000
    /// articles glibc's heap grew from 11 to 22 MB and never came down. Closing checkpoints the log; the run index is
    /// Parley's own memory and survives; the scratch tables of the updates are temporary and made per batch. If the file
    /// cannot be opened again (another process took its lock in between, the disk filled while closing), the batches
    /// already committed stay counted and the ledger refuses what comes next with the reason.
    /// </summary>
    internal void BetweenBatches()
    {
        if (!_ingesting || FailedAfterCommit)
        {
            return;
        }

        Refusing(() =>
        {
            if (_commitsSinceOpen >= CommitsPerReopen)
            {
                _commitsSinceOpen = 0;
                Sql.Connection.Dispose();
                FailReopenForTests?.Invoke();
                Sql.Connection = OpenConnection(Database, _fullPath);
                ApplyIngestLimits();
                Reopens++;
            }
            else if (new FileInfo(_fullPath + ".wal") is { Exists: true } log && log.Length > CheckpointLogBytes)
            {
                try
                {
                    Sql.Execute("CHECKPOINT");
                }
                catch (DuckDBException error) when (CanRaiseIngestMemoryLimit(error))
                {
                    RaiseIngestMemoryLimit();
                    ApplyIngestLimits();
                    Sql.Execute("CHECKPOINT");
                }

                Checkpoints++;
            }
        });
    }

    // The most an ingest raises DuckDB's limit to: DuckDB's own default, 80% of the machine's memory.
    private static long IngestMemoryCeiling => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 5 * 4;

    private bool CanRaiseIngestMemoryLimit(Exception error) =>
        _ingesting && error is DuckDBException && IsOutOfMemory(error) && _ingestMemoryLimit < IngestMemoryCeiling;

    // DuckDB out of its memory limit: an "Out of Memory Error" from a statement, or a COMMIT that failed for a block
    // ("TransactionContext Error: Failed to commit: could not allocate block of size 256.0 KiB (7.8 MiB/7.9 MiB used)").
    private static bool IsOutOfMemory(Exception error) =>
        error is DuckDBException { ErrorType: DuckDB.NET.Native.DuckDBErrorType.OutOfMemory }
        || error.Message.Contains("Out of Memory Error", StringComparison.OrdinalIgnoreCase)
        || error.Message.Contains("could not allocate block", StringComparison.OrdinalIgnoreCase)
        || error.Message.Contains("failed to pin block", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Quadruples the ingest's memory limit for the rest of the ingest (the caller applies it), after a batch (rolled
    /// back) or a checkpoint ran DuckDB out of it: the limit keeps a typical ingest's memory flat, and must not fail one
    /// whose articles or merges need more.
    /// </summary>
    private void RaiseIngestMemoryLimit()
    {
        _ingestMemoryLimit = Math.Min(IngestMemoryCeiling, _ingestMemoryLimit * 4);
        MemoryLimitRaises++;
    }

    // A batch that ran DuckDB out of its ingest limit is rolled back and written again with a higher one.
    private protected override bool IsRetryable(Exception error) => CanRaiseIngestMemoryLimit(error);

    private protected override void PrepareRetry(Exception error)
    {
        BatchesRetried++;
        RaiseIngestMemoryLimit();
        ApplyIngestLimits();
    }

    /// <summary>How many batches ran DuckDB out of its ingest limit and were written again with a higher one.</summary>
    internal int BatchesRetried { get; private set; }

    /// <summary>Counts the commits of an ingest towards the next reopen (<see cref="BetweenBatches"/>).</summary>
    private protected override void AfterCommit()
    {
        if (_ingesting)
        {
            _commitsSinceOpen++;
        }
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

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

        return new DuckDbLedger(OpenConnection(path, full), path, full);
    }

    // The file is attached to an in-memory database, the one way to give it a row group size (and a new file its
    // storage format), and made the default.
    private static DuckDBConnection OpenConnection(string path, string full)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
        }
        catch (Exception error) when (error is DuckDBException or IOException or UnauthorizedAccessException)
        {
            connection.Dispose();
            throw Describe(path, error);
        }

        try
        {
            // DuckDB spills to "<file>.tmp" for a file it opened itself, but to ".tmp" in the working directory for an
            // in-memory database: two ingests started in one folder then shared one spill file, and the first to close
            // deleted it under the other ("Cannot open file .tmp/duckdb_temp_storage..."). Each ledger gets its own again.
            string storage = new FileInfo(full) is { Exists: true, Length: > 0 } ? "" : $", STORAGE_VERSION '{NewFileStorageVersion}'";
            foreach (string statement in Settings.Select(setting => "SET " + setting)
                .Prepend($"SET temp_directory = {Literal(full + ".tmp")}").Prepend($"USE {Catalog}")
                .Prepend($"ATTACH {Literal(full)} AS {Catalog} (ROW_GROUP_SIZE {RowGroupSize}{storage})"))
            {
                using var command = connection.CreateCommand();
#pragma warning disable CA2100 // the path is the one value, quoted as a SQL string literal (ATTACH and SET take no parameters)
                command.CommandText = statement;
#pragma warning restore CA2100
                command.ExecuteNonQuery();
            }
        }
        catch (DuckDBException error)
        {
            connection.Dispose();
            throw Describe(path, error);
        }

        return connection;
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

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

    internal static LedgerException Describe(string path, Exception error)
    {
        string message = error.Message;
        // DuckDB's words for another process holding the file ("Could not set lock on file ...: Conflicting lock is held
        // in ..."); a bare "lock" also matched "failed to pin block" and called running out of memory a locked file.
        if (message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase) || message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase))
        {
            return new LedgerException(
                $"ledger {path}: the file is locked by another process (DuckDB allows one writer at a time; stop the other parley or use PostgreSQL): {message}", error);
        }

        if (IsOutOfMemory(error))
        {
            return new LedgerException(
                $"ledger {path}: DuckDB ran out of memory, and what it was writing was rolled back (free memory, or ingest in smaller batches with --batch): {message}", error);
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
