using System.Data;
using System.Data.Common;
using Parley.Core;

namespace Parley.Ledger.Store;

/// <summary>
/// The ledger over one open connection, shared by both backends: the SQL is the same, the backends
/// differ in how they open, lock and name their errors. Not thread-safe: one ledger per worker.
/// </summary>
public abstract class SqlLedger : ISqlLedger
{
    private readonly Sql _sql;
    private readonly LedgerReader _reader;
    private bool _disposed;
    private LedgerException? _failedAfterCommit;

    private protected SqlLedger(DbConnection connection, string database,
        Action<Sql, string, IReadOnlyList<Column>, IReadOnlyList<object?[]>>? bulkAppend = null, bool singleWriter = false,
        Action<Sql, string, IReadOnlyList<Column>, IReadOnlyList<object?[]>, string>? bulkUpdate = null)
    {
        Database = database;
        _sql = new Sql(connection)
        {
            BulkAppend = bulkAppend, BulkUpdate = bulkUpdate, SingleWriter = singleWriter, Index = singleWriter ? new RunIndex() : null,
        };
        _reader = new LedgerReader(_sql);
    }

    /// <inheritdoc/>
    public abstract string Backend { get; }

    /// <summary>The database as the user named it (a file path, or the URL without its password).</summary>
    public string Database { get; }

    private protected Sql Sql => _sql;

    /// <summary>The single writer's run index (DuckDB), or null.</summary>
    internal RunIndex? Index => _sql.Index;

    /// <summary>
    /// Starts a fresh run index keeping at most <paramref name="maxCachedEvents"/> events' merge state, with filters of
    /// <paramref name="filterBits"/>: tests push events out of it to show an event read back from the database merges as
    /// one held in memory, and fill its filters to show every "maybe" is checked. No-op without an index.
    /// </summary>
    internal void LimitRunIndex(int maxCachedEvents = RunIndex.MaxCachedEvents, int filterBits = KeyFilter.DefaultBits)
    {
        if (_sql.Index is not null)
        {
            _sql.Index = new RunIndex(maxCachedEvents, filterBits);
        }
    }

    /// <inheritdoc/>
    public void EnsureSchema() => InTransaction(() =>
    {
        LockKeys(["parley-schema"]);
        foreach (string statement in Schema.For(_sql.SingleWriter))
        {
            _sql.Execute(statement);
        }

        Schema.Upgrade(_sql);
        return 0;
    });

    /// <inheritdoc/>
    public long StartRun(string command, string parleyVersion, string knowledgeVersion, DateTimeOffset started) => Guard(() => _sql.Long(
        "INSERT INTO runs (command, parley_version, knowledge_version, started, status) VALUES ($1, $2, $3, $4, 'running') RETURNING run_id",
        command, parleyVersion, knowledgeVersion, Sql.Utc(started)));

    /// <inheritdoc/>
    public void FinishRun(long runId, string status, DateTimeOffset finished) => Guard(() =>
        _sql.Execute("UPDATE runs SET status = $1, finished = $2 WHERE run_id = $3", status, Sql.Utc(finished), runId));

    /// <inheritdoc/>
    public IReadOnlySet<string> KnownArticles(IReadOnlyCollection<string> articleIds) => Guard(() => BatchWriter.KnownArticles(_sql, articleIds));

    /// <inheritdoc/>
    public bool NoneStoredByMemory(IReadOnlyCollection<string> articleIds) => _sql.Index is { } index && index.NoneOfArticles(articleIds);

    /// <inheritdoc/>
    public WriteResult Write(IReadOnlyList<ArticleFindings> batch, long runId)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Count == 0 ? WriteResult.None : InTransaction(() => new BatchWriter(_sql, LockKeys).Write(batch, runId));
    }

    /// <inheritdoc/>
    public void RecordRejections(IReadOnlyList<Rejection> rejections, long runId)
    {
        ArgumentNullException.ThrowIfNull(rejections);
        InTransaction(() =>
        {
            // Sorted and distinct: an upsert may not touch one row twice, and a fixed order avoids deadlocks.
            var rows = rejections.GroupBy(item => (item.Source, item.Code)).OrderBy(group => group.Key.Source, StringComparer.Ordinal)
                .ThenBy(group => group.Key.Code, StringComparer.Ordinal)
                .Select(group => new object?[] { group.Key.Source, group.Key.Code, group.Last().Reason, runId, false });
            _sql.InsertRows("rejections",
                [new("source", "TEXT"), new("code", "TEXT"), new("reason", "TEXT"), new("run_id", "BIGINT"), new("retried", "BOOLEAN")],
                rows, "ON CONFLICT (source, code) DO UPDATE SET reason = excluded.reason, run_id = excluded.run_id, retried = false");
            return 0;
        });
    }

    /// <inheritdoc/>
    public void MarkRetried(IReadOnlyCollection<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        InTransaction(() =>
        {
            foreach (string[] chunk in sources.Distinct(StringComparer.Ordinal).Chunk(1000))
            {
                string list = string.Join(',', Enumerable.Range(1, chunk.Length).Select(Sql.Placeholder));
                _sql.Execute($"UPDATE rejections SET retried = true WHERE NOT retried AND source IN ({list})", chunk);
            }

            return 0;
        });
    }

    /// <inheritdoc/>
    public WriteResult Import(IReadOnlyList<ImportedEvent> events, long runId)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Count == 0 ? WriteResult.None : InTransaction(() => new ImportWriter(_sql).Import(events, runId));
    }

    /// <inheritdoc/>
    public IReadOnlyList<LedgerEvent> Events(EventQuery query) => Guard(() => _reader.Events(query));

    /// <inheritdoc/>
    public IReadOnlyList<LedgerMention> MentionsOf(IReadOnlyCollection<string> eventIds) => Guard(() => _reader.MentionsOf(eventIds));

    /// <inheritdoc/>
    public IReadOnlyList<LedgerArticle> ArticlesOf(IReadOnlyCollection<string> articleIds) => Guard(() => _reader.ArticlesOf(articleIds));

    /// <inheritdoc/>
    public IReadOnlyList<LedgerQuote> Quotes(QuoteQuery query) => Guard(() => _reader.Quotes(query));

    /// <inheritdoc/>
    public IReadOnlyList<LedgerQuoteSource> SourcesOf(IReadOnlyCollection<string> quoteIds) => Guard(() => _reader.SourcesOf(quoteIds));

    /// <inheritdoc/>
    public IReadOnlyList<LedgerActor> Actors(ActorQuery query) => Guard(() => _reader.Actors(query));

    /// <inheritdoc/>
    public IReadOnlyList<StoredRejection> Rejections(bool includeRetried = false) => Guard(() => _reader.Rejections(includeRetried));

    /// <inheritdoc/>
    public IReadOnlyList<LedgerRun> Runs() => Guard(() => _reader.Runs());

    /// <inheritdoc/>
    public LedgerCounts Counts() => Guard(() => _reader.Counts());

    /// <inheritdoc/>
    public string Dialect => Backend;

    /// <inheritdoc/>
    public IReadOnlyList<T> Query<T>(string sql, IReadOnlyList<object?> parameters, Func<IDataRecord, T> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Guard(() => _sql.Query(sql, reader => map(reader), parameters));
    }

    /// <inheritdoc/>
    public int Execute(string sql, IReadOnlyList<object?> parameters) => Guard(() =>
    {
        // A statement from outside the writer may change what the run index mirrors.
        _sql.Index?.Invalidate();
        using DbCommand command = _sql.Command(sql, parameters);
        return command.ExecuteNonQuery();
    });

    /// <summary>Takes transaction-scoped locks on these keys, in sorted order (PostgreSQL); DuckDB has one writer and needs none.</summary>
    private protected abstract void LockKeys(IEnumerable<string> keys);

    /// <summary>The backend's error as a <see cref="LedgerException"/> naming the database and the reason, or null to rethrow as is.</summary>
    private protected abstract LedgerException? Translate(Exception error);

    /// <summary>Whether a failed transaction may be run again (a deadlock or serialization failure; DuckDB out of its memory limit).</summary>
    private protected virtual bool IsRetryable(Exception error) => false;

    /// <summary>Runs after a retryable failure is rolled back and before the transaction runs again (nothing by default).</summary>
    private protected virtual void PrepareRetry(Exception error)
    {
    }

    private T Guard<T>(Func<T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_failedAfterCommit is { } failed)
        {
            throw new LedgerException(failed.Message, failed);
        }

        try
        {
            return work();
        }
        catch (Exception error) when (error is not LedgerException && Translate(error) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is written, or none of it.</summary>
    private T InTransaction<T>(Func<T> work) => Guard(() =>
    {
        T result = Committed(work);
        AfterCommit();
        return result;
    });

    /// <summary>
    /// Runs upkeep that follows committed work (DuckDB reopening its file between batches). If it fails, the error is
    /// thrown and the ledger refuses all further work with the same reason: what was committed stays, and nothing runs
    /// on a connection that may be gone.
    /// </summary>
    private protected void Refusing(Action upkeep)
    {
        try
        {
            upkeep();
        }
        catch (Exception error) when ((error as LedgerException ?? Translate(error)) is { } failed)
        {
            _failedAfterCommit = failed;
            throw failed;
        }
    }

    /// <summary>True once upkeep after a commit failed (<see cref="Refusing"/>): the ledger refuses all further work.</summary>
    private protected bool FailedAfterCommit => _failedAfterCommit is not null;

    private T Committed<T>(Func<T> work)
    {
        for (int attempt = 1; ; attempt++)
        {
            using DbTransaction transaction = _sql.Connection.BeginTransaction();
            _sql.Transaction = transaction;
            try
            {
                T result = work();
                transaction.Commit();
                return result;
            }
            catch (Exception error) when (attempt < 5 && IsRetryable(error))
            {
                SafeRollback(transaction);
                _sql.Index?.Invalidate();
                _sql.Transaction = null;
                PrepareRetry(error);
            }
            catch
            {
                // The index was changed along with the rolled-back rows: drop it, the database is the truth.
                SafeRollback(transaction);
                _sql.Index?.Invalidate();
                throw;
            }
            finally
            {
                _sql.Transaction = null;
            }
        }
    }

    /// <summary>Runs after each committed transaction, outside it: a backend's housekeeping (nothing by default).</summary>
    private protected virtual void AfterCommit()
    {
    }

    private static void SafeRollback(DbTransaction transaction)
    {
        try
        {
            transaction.Rollback();
        }
        catch (DbException)
        {
            // The connection is gone or the transaction already ended: the server rolls it back itself.
        }
        catch (InvalidOperationException)
        {
            // Same, as some providers report it.
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the connection.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (!_disposed && disposing)
        {
            _sql.Connection.Dispose();
        }

        _disposed = true;
    }
}
