using System.Globalization;
using Parley.Ledger;

namespace Parley.Analysis.Sql;

/// <summary>
/// The narrow table the rarity questions and timelines read instead of joining <c>event_actors</c> to <c>events</c> on
/// text ids (a full scan of both at millions of events): one row per dated event, actor on it and other actor on it
/// (<c>counterpart</c> NULL when the actor is alone), with the event's type, day and whether the day is exact, stored
/// sorted by actor so that DuckDB's zone maps skip every row group of other actors.
/// It is derived, never written by hand: rebuilt when the row counts of <c>events</c>, <c>event_actors</c> and
/// <c>event_mentions</c> differ from those it was built from (an ingest adds mentions even when it only merges, and a
/// merge is the only way an event's day or type changes). The rebuild costs one pass over the ledger, paid by the first
/// question after a write; <c>parley bench rarity</c> reports it.
/// </summary>
public static class ContactRows
{
    /// <summary>The table's name (docs/ledger.md, "Derived tables").</summary>
    public const string Table = "contact_rows";

    private const string VersionTable = "contact_rows_version";

    /// <summary>Rebuilds the table when the ledger changed since it was built; true when it rebuilt.</summary>
    public static bool Ensure(ISqlSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string now = source.Query("SELECT (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM event_actors), (SELECT COUNT(*) FROM event_mentions)", [],
            r => string.Join(':', Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture),
                Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture)))[0];
        source.Execute($"CREATE TABLE IF NOT EXISTS {VersionTable} (version TEXT NOT NULL)", []);
        var built = source.Query($"SELECT version FROM {VersionTable}", [], r => r.GetString(0));
        if (built.Count == 1 && built[0] == now && Exists(source))
        {
            return false;
        }

        // Plain CREATE TABLE AS, which DuckDB and PostgreSQL both run; the ORDER BY is what makes the actor filter cheap.
        source.Execute($"DROP TABLE IF EXISTS {Table}", []);
        source.Execute($"""
            CREATE TABLE {Table} AS
            WITH ea AS (SELECT DISTINCT event_id, actor_id FROM event_actors)
            SELECT a.actor_id, o.actor_id AS counterpart, e.date_start AS day, e.date_precision = 'day' AS exact, e.type, e.event_id
            FROM ea a
            JOIN events e ON e.event_id = a.event_id
            LEFT JOIN ea o ON o.event_id = a.event_id AND o.actor_id <> a.actor_id
            WHERE e.date_start IS NOT NULL
            ORDER BY a.actor_id, e.date_start, o.actor_id
            """, []);
        source.Execute($"DELETE FROM {VersionTable}", []);
        source.Execute($"INSERT INTO {VersionTable} VALUES ($1)", [now]);
        return true;
    }

    private static bool Exists(ISqlSource source) =>
        source.Query("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = $1", [Table], r => Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture))[0] > 0;
}
