using System.Globalization;

namespace Parley.Analysis.Sql;

/// <summary>
/// Generates a large synthetic ledger inside DuckDB with <c>range()</c> and hashing, so ten million events take
/// seconds, not an hour of inserts. Actors follow a skewed popularity (a few very active, most rare), dates are
/// spread over 2000–2025, a quarter of events are contacts (CONSULT), every event has one actor and one recipient.
/// </summary>
public static class BenchLedger
{
    /// <summary>The actor the benchmark asks about: active, but not the most active.</summary>
    public const string Actor = "a10";

    /// <summary>The counterpart the benchmark asks about with <see cref="Actor"/>.</summary>
    public const string Counterpart = "a3";

    /// <summary>How many events the ledger already holds (0 when the tables are missing).</summary>
    public static long EventCount(DuckDbSource db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var present = db.Query("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'events'", [], r => Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture));
        return present[0] == 0 ? 0 : db.Query("SELECT COUNT(*) FROM events", [], r => Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture))[0];
    }

    /// <summary>Fills an empty database with <paramref name="events"/> events among <paramref name="actors"/> actors.</summary>
    public static void Generate(DuckDbSource db, long events, int actors)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfLessThan(events, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(actors, 20);
        string n = events.ToString(CultureInfo.InvariantCulture);
        string a = actors.ToString(CultureInfo.InvariantCulture);
        // Without the primary keys of the store's schema: no question here looks a row up by id, and building the
        // index would dominate generation. Ids are strings like the store's hashes, so joins compare text as there.
        db.Execute(LedgerTables.Create.Replace(" PRIMARY KEY", "", StringComparison.Ordinal));
        // Squaring a uniform number skews popularity toward small actor numbers. One pass draws each event's parties.
        db.Execute($"""
            CREATE TEMP TABLE draws AS
            SELECT i, lpad(to_hex(hash(i, 0) % 281474976710656), 12, '0') || CAST(i % 10000 AS VARCHAR) AS event_id,
                   CAST(floor({a} * pow((hash(i, 3) % 1000000) / 1e6, 2)) AS BIGINT) AS x,
                   CAST(floor({a} * pow((hash(i, 4) % 1000000) / 1e6, 2)) AS BIGINT) AS y
            FROM range({n}) t(i)
            """);
        db.Execute("""
            INSERT INTO events (event_id, type, mode, cameo, status, date_start, date_end, date_precision, confidence, origin, origin_id, mention_count, rare, run_id)
            SELECT event_id,
                   (['CONSULT','CONSULT','CONSULT','CONSULT','COOPERATE','AID','AGREE','SUPPORT','DEMAND','ACCUSE','REJECT','THREATEN','PROTEST','SANCTION','MOBILIZE','ASSAULT'])[1 + CAST(hash(i, 1) % 16 AS INTEGER)],
                   NULL, '040', 'reported',
                   DATE '2000-01-01' + CAST(hash(i, 2) % 9490 AS INTEGER),
                   NULL, 'day', 0.8, 'bench', CAST(i AS VARCHAR), 1, FALSE, 0
            FROM draws
            """);
        db.Execute($"""
            INSERT INTO event_actors
            SELECT event_id, 'a' || CAST(x AS VARCHAR), 'actor' FROM draws
            UNION ALL
            SELECT event_id, 'a' || CAST(CASE WHEN y = x THEN (y + 1) % {a} ELSE y END AS VARCHAR), 'recipient' FROM draws
            """);
        db.Execute("DROP TABLE draws");
        db.Execute($"INSERT INTO actors SELECT 'a' || CAST(i AS VARCHAR), 'Actor ' || CAST(i AS VARCHAR), 'person', NULL, FALSE FROM range({a}) t(i)");
        db.Execute("CHECKPOINT");
    }
}
