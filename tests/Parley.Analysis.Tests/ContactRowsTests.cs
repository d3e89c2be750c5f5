using Parley.Analysis.Rarity;
using Parley.Analysis.Sql;

namespace Parley.Analysis.Tests;

/// <summary>
/// The derived tables kept up to date a run at a time: after new events and a merge that makes an event's day
/// precise, the tables redone for the touched events alone hold exactly what a whole rebuild holds.
/// </summary>
public sealed class ContactRowsTests
{
    [Fact]
    public void A_later_run_redoes_only_its_events_and_matches_a_rebuild()
    {
        using var db = new DuckDbSource(null);
        db.Execute(LedgerTables.Create);
        Event(db, "c1", "CONSULT", "2025-03-02", "day", "xi-jinping", "vladimir-putin", run: 1);
        Event(db, "c2", "CONSULT", "2025-03-02", "day", "xi-jinping", "narendra-modi", run: 1);
        Event(db, "x1", "ACCUSE", "2025-04-11", "day", "xi-jinping", "donald-trump", run: 1);
        // Known only to the month: it takes no part in the day patterns until a later article dates it.
        Event(db, "m1", "CONSULT", "2025-08-01", "month", "xi-jinping", "donald-trump", run: 1);

        ContactRows.Ensure(db).Should().Be(ContactRows.Refresh.Rebuilt);
        ContactRows.Ensure(db).Should().Be(ContactRows.Refresh.UpToDate);
        new RarityAnalyzer(db, ContactRules.Default).MultiCounterpart("xi-jinping", 2, null).Observed.Should().Be(1, "only March 2 has two counterparts");

        // Run 2: a new call with Putin on Aug 12, and a second article that dates the merged Trump call to Aug 12 (the
        // store updates the event in place and adds a mention with the new run id).
        Event(db, "c3", "CONSULT", "2025-08-12", "day", "xi-jinping", "vladimir-putin", run: 2);
        db.Execute("UPDATE events SET date_start = DATE '2025-08-12', date_end = DATE '2025-08-12', date_precision = 'day', mention_count = 2 WHERE event_id = 'm1'");
        Mention(db, "m1", run: 2);

        ContactRows.Ensure(db).Should().Be(ContactRows.Refresh.Incremental);
        var incremental = (Rows: Contents(db, ContactRows.Table), Days: Contents(db, ContactRows.DaysTable), Types: Contents(db, ContactRows.TypesTable));
        RarityAnswer answer = new RarityAnalyzer(db, ContactRules.Default).MultiCounterpart("xi-jinping", 2, null);

        answer.Observed.Should().Be(2, "Aug 12 now has Putin and Trump");
        answer.LastBefore.Should().Be(new DateOnly(2025, 8, 12));
        answer.Coverage.Events.Should().Be(5);
        answer.Coverage.CoveredWindows.Should().Be(3);

        db.Execute("DELETE FROM contact_rows_state");
        ContactRows.Ensure(db).Should().Be(ContactRows.Refresh.Rebuilt);
        incremental.Rows.Should().Equal(Contents(db, ContactRows.Table));
        incremental.Days.Should().Equal(Contents(db, ContactRows.DaysTable));
        incremental.Types.Should().Equal(Contents(db, ContactRows.TypesTable));
    }

    [Fact]
    public void Rows_that_go_missing_or_carry_no_run_id_force_a_rebuild()
    {
        using var db = new DuckDbSource(null);
        db.Execute(LedgerTables.Create);
        Event(db, "c1", "CONSULT", "2025-03-02", "day", "xi-jinping", "vladimir-putin", run: 1);
        Event(db, "c2", "CONSULT", "2025-03-03", "day", "xi-jinping", "narendra-modi", run: 1);
        ContactRows.Ensure(db).Should().Be(ContactRows.Refresh.Rebuilt);

        db.Execute("DELETE FROM event_actors WHERE event_id = 'c2'");
        db.Execute("DELETE FROM events WHERE event_id = 'c2'");
        ContactRows.Ensure(db).Should().Be(ContactRows.Refresh.Rebuilt, "a watermark cannot see a deletion");
        Contents(db, ContactRows.Table).Should().HaveCount(2, "c1 seen from each side").And.OnlyContain(row => row.EndsWith("|c1", StringComparison.Ordinal));

        db.Execute("UPDATE events SET run_id = NULL");
        Event(db, "c4", "CONSULT", "2025-03-04", "day", "xi-jinping", "narendra-modi", run: null);
        ContactRows.Ensure(db).Should().Be(ContactRows.Refresh.Rebuilt, "without run ids nothing says which events are new");
        Contents(db, ContactRows.Table).Should().HaveCount(4);
    }

    private static void Event(DuckDbSource db, string id, string type, string date, string precision, string actor, string recipient, long? run)
    {
        db.Execute("INSERT INTO events (event_id, type, cameo, status, date_start, date_end, date_precision, confidence, origin, mention_count, rare, run_id) " +
                   "VALUES ($1, $2, '040', 'reported', CAST($3 AS DATE), CAST($3 AS DATE), $4, 0.9, 'parley', 1, FALSE, $5)", id, type, date, precision, run);
        db.Execute("INSERT INTO event_actors VALUES ($1, $2, 'actor'), ($1, $3, 'recipient')", id, actor, recipient);
        Mention(db, id, run);
    }

    private static void Mention(DuckDbSource db, string id, long? run) =>
        db.Execute("INSERT INTO event_mentions (event_id, evidence, confidence, run_id) VALUES ($1, 'written for the test', 0.9, $2)", id, run);

    // A table's rows as text, in one fixed order, to compare two builds row for row.
    private static List<string> Contents(DuckDbSource db, string table) =>
        [.. db.Query($"SELECT * FROM {table} ORDER BY ALL", [], r => string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))))];
}
