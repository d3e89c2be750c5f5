using System.Collections.Immutable;
using System.Globalization;
using Parley.Ledger;

namespace Parley.Analysis.Sql;

/// <summary>
/// The derived tables the rarity questions and timelines read instead of joining <c>event_actors</c> to <c>events</c>
/// on text ids (a full scan of both at millions of events):
/// <list type="bullet">
/// <item><c>contact_rows</c>: one row per dated event, actor on it and other actor on it (<c>counterpart</c> NULL when
/// the actor is alone), with the event's type, day and whether the day is exact;</item>
/// <item><c>actor_days</c>: one row per actor and exact day, with the actor's distinct events that day and the distinct
/// counterparts of its contacts (types <see cref="DayContactTypes"/>), so a question over the default rules reads one
/// small row per day instead of every event row;</item>
/// <item><c>actor_types</c>: one row per actor, day (any precision) and event type, with the actor's distinct events,
/// so the counts by type are sums instead of distinct counts over event ids.</item>
/// </list>
/// Both are written sorted by actor so that DuckDB's zone maps skip every row group of other actors.
/// They are derived, never written by hand. <see cref="Ensure"/> brings them up to date: nothing to do when the row
/// counts and highest run ids of <c>events</c> and <c>event_mentions</c> are those it was built from; otherwise only the
/// events touched since then are redone (new events carry the new run id, and an event merged into by a later run, whose
/// day may have become more precise, gets a mention with that run id); a whole rebuild when rows went missing, when no
/// run ids are known, or when the touched events are many.
/// </summary>
public static class ContactRows
{
    /// <summary>The table's name (docs/ledger.md, "Derived tables").</summary>
    public const string Table = "contact_rows";

    /// <summary>The per-actor, per-day aggregate.</summary>
    public const string DaysTable = "actor_days";

    /// <summary>The per-actor, per-day, per-type count of events (any date precision).</summary>
    public const string TypesTable = "actor_types";

    /// <summary>The contact types <c>actor_days.contacts</c> counts: those of <see cref="Rarity.ContactRules.Default"/>.</summary>
    public static ImmutableArray<string> DayContactTypes => Rarity.ContactRules.Default.Types;

    private const string StateTable = "contact_rows_state";

    // Above this share of the ledger's events touched (and this many), one rebuild is cheaper than deleting and
    // reinserting, and it restores the actor order that appended rows break.
    private const double RebuildShare = 0.1;
    private const long RebuildFloor = 10_000;

    /// <summary>How <see cref="Ensure"/> brought the tables up to date.</summary>
    public enum Refresh
    {
        /// <summary>Nothing changed since they were built.</summary>
        UpToDate,

        /// <summary>Only the events touched since the last build were redone.</summary>
        Incremental,

        /// <summary>Built whole.</summary>
        Rebuilt,
    }

    /// <summary>Brings the derived tables up to date with the ledger; says how.</summary>
    public static Refresh Ensure(ISqlSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        State now = Current(source);
        source.Execute($"CREATE TABLE IF NOT EXISTS {StateTable} (counts TEXT NOT NULL, event_run BIGINT, mention_run BIGINT, types TEXT NOT NULL)", []);
        var built = source.Query($"SELECT counts, event_run, mention_run, types FROM {StateTable}", [],
            r => new State(r.GetString(0), r.IsDBNull(1) ? null : ToLong(r.GetValue(1)), r.IsDBNull(2) ? null : ToLong(r.GetValue(2)), r.GetString(3)));
        bool exists = Exists(source, Table) && Exists(source, DaysTable) && Exists(source, TypesTable);
        if (built.Count == 1 && exists && built[0] == now)
        {
            return Refresh.UpToDate;
        }

        // The state row goes first: a refresh cut short leaves no state, and the next question rebuilds whole.
        source.Execute($"DELETE FROM {StateTable}", []);
        Refresh how = built.Count == 1 && exists && CanFollow(built[0], now) && Update(source, built[0], now) ? Refresh.Incremental : Rebuild(source);
        source.Execute($"INSERT INTO {StateTable} VALUES ($1, $2, $3, $4)", [now.Counts, now.EventRun, now.MentionRun, now.Types]);
        return how;
    }

    private sealed record State(string Counts, long? EventRun, long? MentionRun, string Types)
    {
        public long[] Numbers => [.. Counts.Split(':').Select(n => long.Parse(n, CultureInfo.InvariantCulture))];
    }

    private static State Current(ISqlSource source)
    {
        // A run still in progress may write more rows under its id later (PostgreSQL workers run side by side), so the
        // watermark stops below the oldest unfinished run: its rows are looked at again next time.
        long? open = Exists(source, "runs")
            ? source.Query("SELECT MIN(run_id) FROM runs WHERE status = 'running'", [], r => r.IsDBNull(0) ? (long?)null : ToLong(r.GetValue(0)))[0]
            : null;
        return source.Query("""
            SELECT (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM event_actors), (SELECT COUNT(*) FROM event_mentions),
                   (SELECT MAX(run_id) FROM events), (SELECT MAX(run_id) FROM event_mentions)
            """, [], r =>
        {
            long? Mark(int column) => r.IsDBNull(column) ? null : open is { } o ? Math.Min(ToLong(r.GetValue(column)), o - 1) : ToLong(r.GetValue(column));
            return new State(string.Join(':', ToLong(r.GetValue(0)), ToLong(r.GetValue(1)), ToLong(r.GetValue(2))), Mark(3), Mark(4), string.Join('|', DayContactTypes));
        })[0];
    }

    // Incremental only when every table grew or stayed (the store never deletes), run ids are known, and the contact
    // types of actor_days are unchanged.
    private static bool CanFollow(State built, State now) =>
        built.Types == now.Types && built.EventRun is not null && now.EventRun is not null
        && built.Numbers.Zip(now.Numbers).All(pair => pair.Second >= pair.First);

    private static Refresh Rebuild(ISqlSource source)
    {
        // Plain CREATE TABLE AS, which DuckDB and PostgreSQL both run; the ORDER BY is what makes the actor filter cheap.
        source.Execute($"DROP TABLE IF EXISTS {DaysTable}", []);
        source.Execute($"DROP TABLE IF EXISTS {TypesTable}", []);
        source.Execute($"DROP TABLE IF EXISTS {Table}", []);
        source.Execute("DROP TABLE IF EXISTS contact_rows_version", []);
        source.Execute($"CREATE TABLE {Table} AS {RowsSelect(false)} ORDER BY a.actor_id, e.date_start, o.actor_id", []);
        var parameters = new List<object?>();
        source.Execute($"CREATE TABLE {DaysTable} AS {DaysSelect(parameters, "")} ORDER BY actor_id, day", parameters);
        source.Execute($"CREATE TABLE {TypesTable} AS {TypesSelect("")} ORDER BY actor_id, day, type", []);
        return Refresh.Rebuilt;
    }

    // Redoes the rows of the events touched since the build: false (nothing changed) when they are too many.
    private static bool Update(ISqlSource source, State built, State now)
    {
        source.Execute("DROP TABLE IF EXISTS contact_touched", []);
        source.Execute("DROP TABLE IF EXISTS contact_touched_days", []);
        source.Execute("""
            CREATE TEMP TABLE contact_touched AS
            SELECT event_id FROM events WHERE run_id > $1
            UNION
            SELECT event_id FROM event_mentions WHERE run_id > $2
            """, [built.EventRun, built.MentionRun ?? long.MinValue]);
        long touched = source.Query("SELECT COUNT(*) FROM contact_touched", [], r => ToLong(r.GetValue(0)))[0];
        if (touched > RebuildFloor && touched > RebuildShare * now.Numbers[0])
        {
            source.Execute("DROP TABLE contact_touched", []);
            return false;
        }

        const string Mine = "event_id IN (SELECT event_id FROM contact_touched)";
        // The actor-days the touched events were on before and are on now: their aggregates are recounted.
        source.Execute($"CREATE TEMP TABLE contact_touched_days AS SELECT DISTINCT actor_id, day FROM {Table} WHERE {Mine}", []);
        source.Execute($"DELETE FROM {Table} WHERE {Mine}", []);
        source.Execute($"INSERT INTO {Table} {RowsSelect(true)}", []);
        source.Execute($"INSERT INTO contact_touched_days SELECT DISTINCT actor_id, day FROM {Table} WHERE {Mine}", []);
        const string Touched = "AND EXISTS (SELECT 1 FROM contact_touched_days t WHERE t.actor_id = c.actor_id AND t.day = c.day)";
        foreach (string table in new[] { DaysTable, TypesTable })
        {
            source.Execute($"""
                DELETE FROM {table} WHERE EXISTS (
                    SELECT 1 FROM contact_touched_days t WHERE t.actor_id = {table}.actor_id AND t.day = {table}.day)
                """, []);
        }

        var parameters = new List<object?>();
        source.Execute($"INSERT INTO {DaysTable} {DaysSelect(parameters, Touched)}", parameters);
        source.Execute($"INSERT INTO {TypesTable} {TypesSelect(Touched)}", []);
        source.Execute("DROP TABLE contact_touched_days", []);
        source.Execute("DROP TABLE contact_touched", []);
        return true;
    }

    // The rows of contact_rows, of every event or only of those in contact_touched.
    private static string RowsSelect(bool touched)
    {
        string only = touched ? "AND event_id IN (SELECT event_id FROM contact_touched)" : "";
        return $"""
            WITH ea AS (SELECT DISTINCT event_id, actor_id FROM event_actors WHERE actor_id IS NOT NULL {only})
            SELECT a.actor_id, o.actor_id AS counterpart, e.date_start AS day, e.date_precision = 'day' AS exact, e.type, e.event_id
            FROM ea a
            JOIN events e ON e.event_id = a.event_id
            LEFT JOIN ea o ON o.event_id = a.event_id AND o.actor_id <> a.actor_id
            WHERE e.date_start IS NOT NULL
            """;
    }

    // The rows of actor_days from contact_rows c (exact days only), for the actor-days passing `and` (or all).
    private static string DaysSelect(List<object?> parameters, string and)
    {
        var types = new List<string>();
        foreach (string type in DayContactTypes)
        {
            parameters.Add(type);
            types.Add("$" + parameters.Count.ToString(CultureInfo.InvariantCulture));
        }

        return $"""
            SELECT c.actor_id, c.day, COUNT(DISTINCT c.event_id) AS events,
                   COUNT(DISTINCT c.counterpart) FILTER (WHERE c.type IN ({string.Join(", ", types)})) AS contacts
            FROM {Table} c
            WHERE c.exact {and}
            GROUP BY c.actor_id, c.day
            """;
    }

    // The rows of actor_types from contact_rows c, for the actor-days passing `and` (or all).
    private static string TypesSelect(string and) => $"""
        SELECT c.actor_id, c.day, c.type, COUNT(DISTINCT c.event_id) AS events
        FROM {Table} c
        WHERE TRUE {and}
        GROUP BY c.actor_id, c.day, c.type
        """;

    private static bool Exists(ISqlSource source, string table) =>
        source.Query("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = $1", [table], r => ToLong(r.GetValue(0)))[0] > 0;

    private static long ToLong(object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
