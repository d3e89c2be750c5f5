using System.Globalization;
using Parley.Analysis.Rarity;
using Parley.Analysis.Sql;
using Parley.TestKit;

namespace Parley.Analysis.Tests;

/// <summary>
/// The rarity counts checked against computations that share none of the analyzer's SQL: a query straight over the
/// raw ICEWS file, and a count in C# over every row of a generated ledger.
/// </summary>
public sealed class IndependentCountTests
{
    private const string Icews = "data/event-samples/icews/events.2018.sample.tab";

    [Theory]
    [InlineData("Xi Jinping")]
    [InlineData("busiest")]
    public void Icews_sample_counts_agree_with_a_query_over_the_raw_file(string who)
    {
        string? path = Fixture.SharedPath(Icews);
        if (path is null)
        {
            Assert.Skip(Fixture.SharedMissing(Icews));
            return;
        }

        using var db = new DuckDbSource(null);
        db.Execute(LedgerTables.Create);
        db.Execute($"CREATE TABLE icews AS SELECT * FROM read_csv('{path.Replace("'", "''", StringComparison.Ordinal)}', delim = '\t', header = true, all_varchar = true, quote = '')");
        // The file's rows as ledger rows: CAMEO 04x (Consult) is PLOVER CONSULT; actors keep their ICEWS names as ids.
        db.Execute("""
            INSERT INTO events (event_id, type, cameo, status, date_start, date_end, date_precision, confidence, origin, origin_id, mention_count, rare)
            SELECT "Event ID", CASE WHEN "CAMEO Code" LIKE '04%' THEN 'CONSULT' ELSE 'CAMEO' || substr("CAMEO Code", 1, 2) END, "CAMEO Code",
                   'reported', CAST("Event Date" AS DATE), CAST("Event Date" AS DATE), 'day', 1, 'icews', "Event ID", 1, FALSE
            FROM icews;
            INSERT INTO event_actors SELECT "Event ID", "Source Name", 'actor' FROM icews;
            INSERT INTO event_actors SELECT "Event ID", "Target Name", 'recipient' FROM icews WHERE "Target Name" <> "Source Name";
            """);
        string actor = who != "busiest" ? who : db.Query("""
            SELECT name FROM (SELECT "Source Name" AS name FROM icews UNION ALL SELECT "Target Name" FROM icews) GROUP BY name ORDER BY COUNT(*) DESC, name LIMIT 1
            """, [], r => r.GetString(0))[0];

        RarityAnswer answer = new RarityAnalyzer(db, ContactRules.Default).MultiCounterpart(actor, 2, null);

        var raw = db.Query("""
            WITH touching AS (
                SELECT "Event ID" AS id, CAST("Event Date" AS DATE) AS day, "CAMEO Code" AS cameo,
                       CASE WHEN "Source Name" = $1 THEN "Target Name" ELSE "Source Name" END AS other
                FROM icews WHERE "Source Name" = $1 OR "Target Name" = $1),
            per_day AS (SELECT day, COUNT(DISTINCT other) AS n FROM touching WHERE cameo LIKE '04%' AND other <> $1 GROUP BY day)
            SELECT (SELECT COUNT(DISTINCT day) FROM touching), (SELECT COUNT(DISTINCT id) FROM touching),
                   (SELECT COALESCE(SUM(n), 0) FROM per_day), (SELECT COUNT(*) FROM per_day WHERE n >= 2)
            """, [actor], r => (Days: Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), Events: Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture),
                Contacts: RarityAnalyzer.ToLong(r.GetValue(2)), Observed: Convert.ToInt64(r.GetValue(3), CultureInfo.InvariantCulture)))[0];

        raw.Events.Should().BeGreaterThan(0, $"{actor} is in the sample");
        answer.Coverage.CoveredWindows.Should().Be((int)raw.Days);
        answer.Coverage.Events.Should().Be(raw.Events);
        answer.Coverage.Contacts.Should().Be(raw.Contacts);
        answer.Observed.Should().Be((int)raw.Observed);
        answer.SmallSample.Should().Be(raw.Events < 30);
    }

    // The default types are answered from actor_days alone; any other list reads the actor's contact rows.
    [Theory]
    [InlineData("CONSULT")]
    [InlineData("CONSULT,AID")]
    public void Generated_ledger_counts_agree_with_a_count_in_code(string contactTypes)
    {
        string[] types = contactTypes.Split(',');
        using var db = new DuckDbSource(null);
        BenchLedger.Generate(db, 20_000, 200);
        var before = new DateOnly(2015, 1, 1);
        var rows = db.Query("""
            SELECT e.event_id, e.type, e.date_start, a.actor_id FROM events e JOIN event_actors a ON a.event_id = e.event_id
            """, [], r => (Id: r.GetString(0), Type: r.GetString(1), Day: RarityAnalyzer.ToDate(r.GetValue(2))!.Value, Actor: r.GetString(3)));
        var byEvent = rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.ToList());
        var analyzer = new RarityAnalyzer(db, new ContactRules([.. types]));

        foreach (string actor in new[] { BenchLedger.Actor, "a0", "a150" })
        {
            var mine = byEvent.Values.Where(e => e.Any(r => r.Actor == actor) && e[0].Day < before).ToList();
            var contactDays = mine.Where(e => types.Contains(e[0].Type))
                .SelectMany(e => e.Where(r => r.Actor != actor).Select(r => (e[0].Day, r.Actor))).Distinct()
                .GroupBy(c => c.Day).ToDictionary(g => g.Key, g => g.Count());

            RarityAnswer answer = analyzer.MultiCounterpart(actor, 2, before);

            answer.Coverage.Events.Should().Be(mine.Count);
            answer.Coverage.CoveredWindows.Should().Be(mine.Select(e => e[0].Day).Distinct().Count());
            answer.Coverage.Contacts.Should().Be(contactDays.Values.Sum());
            answer.Observed.Should().Be(contactDays.Count(d => d.Value >= 2));
            answer.LastBefore.Should().Be(contactDays.Where(d => d.Value >= 2).Select(d => (DateOnly?)d.Key).Max());
        }
    }
}
