namespace Parley.Ledger.Store;

/// <summary>
/// The ledger's tables (docs/ledger.md), in SQL that DuckDB and PostgreSQL both run unchanged: plain
/// types, a sequence for generated ids, IF NOT EXISTS everywhere so that creating is idempotent.
/// Every primary key starts with the table's distribution key, so the same schema can be spread over Citus.
/// </summary>
internal static partial class Schema
{
    public static readonly IReadOnlyList<string> Statements =
    [
        "CREATE SEQUENCE IF NOT EXISTS runs_seq",
        "CREATE SEQUENCE IF NOT EXISTS rejections_seq",
        """
        CREATE TABLE IF NOT EXISTS runs (
            run_id BIGINT PRIMARY KEY DEFAULT nextval('runs_seq'),
            command TEXT NOT NULL,
            parley_version TEXT NOT NULL,
            knowledge_version TEXT NOT NULL,
            started TIMESTAMP NOT NULL,
            finished TIMESTAMP,
            status TEXT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS articles (
            article_id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            url TEXT,
            outlet TEXT,
            headline TEXT,
            byline TEXT,
            published TEXT,
            published_utc TIMESTAMP,
            published_date DATE,
            updated TEXT,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            run_id BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS events (
            event_id TEXT PRIMARY KEY,
            merge_key TEXT NOT NULL,
            type TEXT NOT NULL,
            mode TEXT,
            medium TEXT,
            cameo TEXT NOT NULL,
            status TEXT NOT NULL,
            date_start DATE,
            date_end DATE,
            date_precision TEXT,
            duration TEXT,
            topics TEXT NOT NULL,
            confidence DOUBLE PRECISION NOT NULL,
            origin TEXT NOT NULL,
            origin_id TEXT,
            mention_count INTEGER NOT NULL,
            rare BOOLEAN NOT NULL,
            reported_on DATE,
            run_id BIGINT NOT NULL,
            merge_hash BIGINT)
        """,
        """
        CREATE TABLE IF NOT EXISTS event_actors (
            event_id TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (event_id, actor_id, role))
        """,
        """
        CREATE TABLE IF NOT EXISTS event_mentions (
            event_id TEXT NOT NULL,
            article_id TEXT,
            span_start INTEGER,
            span_length INTEGER,
            evidence TEXT NOT NULL,
            trigger_row TEXT,
            confidence DOUBLE PRECISION NOT NULL,
            reported_by TEXT,
            source_ref TEXT,
            run_id BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS quotes (
            quote_id TEXT PRIMARY KEY,
            speaker_id TEXT NOT NULL,
            speaker_name TEXT NOT NULL,
            speaker_description TEXT,
            kind TEXT NOT NULL,
            words TEXT NOT NULL,
            source_count INTEGER NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS quote_sources (
            quote_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            words_start INTEGER NOT NULL,
            words_length INTEGER NOT NULL,
            evidence_start INTEGER NOT NULL,
            evidence_length INTEGER NOT NULL,
            cue TEXT,
            PRIMARY KEY (quote_id, article_id))
        """,
        """
        CREATE TABLE IF NOT EXISTS actors (
            actor_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            country TEXT,
            listed BOOLEAN NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS rejections (
            rejection_id BIGINT NOT NULL DEFAULT nextval('rejections_seq'),
            source TEXT NOT NULL,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            run_id BIGINT NOT NULL,
            retried BOOLEAN NOT NULL,
            PRIMARY KEY (source, code))
        """,
        "CREATE INDEX IF NOT EXISTS events_date ON events (date_start, date_end)",
        "CREATE INDEX IF NOT EXISTS events_merge_key ON events (merge_key)",
        "CREATE UNIQUE INDEX IF NOT EXISTS events_origin ON events (origin, origin_id)",
        "CREATE INDEX IF NOT EXISTS event_actors_actor ON event_actors (actor_id)",
        "CREATE INDEX IF NOT EXISTS event_mentions_event ON event_mentions (event_id)",
        "CREATE INDEX IF NOT EXISTS event_mentions_article ON event_mentions (article_id)",
        "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_id)",
        "CREATE INDEX IF NOT EXISTS quote_sources_article ON quote_sources (article_id)",
    ];

    /// <summary>
    /// Brings a ledger written by an earlier Parley up to these tables (after <see cref="For"/>'s statements, in the same
    /// transaction): <c>events.merge_hash</c> came later than the rest, so a ledger without it gets the column, filled from
    /// each row's merge key. New columns go last, where ALTER TABLE puts them, so that old and new files share one order.
    /// </summary>
    public static void Upgrade(Sql sql)
    {
        if (sql.Long("SELECT count(*) FROM information_schema.columns WHERE table_catalog = current_database() "
            + "AND table_schema = current_schema() AND table_name = 'events' AND column_name = 'merge_hash'") > 0)
        {
            return;
        }

        sql.Execute("ALTER TABLE events ADD COLUMN merge_hash BIGINT");
        List<string> keys = sql.Query("SELECT DISTINCT merge_key FROM events", reader => Sql.Text(reader, 0));
        sql.UpdateRows("events", [new("merge_key", "TEXT"), new("merge_hash", "BIGINT")],
            keys.Select(key => new object?[] { key, Keys.MergeHash(key) }), "merge_hash = v.merge_hash");
    }

    // Tables whose keys a single writer still needs: their writes are INSERT ... ON CONFLICT (and they stay small).
    private static readonly string[] KeyedOnSingleWriter = ["runs", "rejections"];

    /// <summary>
    /// Whether the backend creates this statement. DuckDB skips the plain (non-unique) secondary indexes:
    /// its ART indexes are kept whole in memory and updated on every insert, while its scans with min/max
    /// zone maps answer the same lookups; PostgreSQL needs them.
    /// </summary>
    public static bool AppliesTo(string statement, bool singleWriter) =>
        !(singleWriter && statement.StartsWith("CREATE INDEX", StringComparison.Ordinal))
        && !(singleWriter && statement.StartsWith("CREATE UNIQUE INDEX IF NOT EXISTS events_origin", StringComparison.Ordinal));

    /// <summary>
    /// The statements as the backend runs them. A single writer (DuckDB) creates the big tables without
    /// their primary keys: it is the only writer of the file and never inserts a row its run index
    /// (<see cref="RunIndex"/>) or a lookup found stored, so the keys guard nothing there, while each is an ART
    /// index that DuckDB holds whole in memory, updates on every append and rewrites at every checkpoint
    /// (the peak memory and the write time grew with the ledger). PostgreSQL keeps every key: several
    /// workers write one database and the keys are what keeps them from duplicating rows.
    /// </summary>
    public static IEnumerable<string> For(bool singleWriter) => Statements
        .Where(statement => AppliesTo(statement, singleWriter))
        .Select(statement => singleWriter && !KeyedOnSingleWriter.Any(table => statement.Contains($"TABLE IF NOT EXISTS {table} (", StringComparison.Ordinal))
            ? WithoutKeys(statement) : statement);

    private static string WithoutKeys(string statement) =>
        KeyClause().Replace(statement, ")").Replace(" PRIMARY KEY", "", StringComparison.Ordinal);

    // ",\n    PRIMARY KEY (a, b))" closing a CREATE TABLE.
    [System.Text.RegularExpressions.GeneratedRegex(@",\s*PRIMARY KEY\s*\([^)]*\)\)$")]
    private static partial System.Text.RegularExpressions.Regex KeyClause();
}
