using System.Globalization;
using System.Text.Json;
using Parley.Ledger;
using Parley.Ledger.Store;
using Parley.TestKit;

namespace Parley.Cli.Tests.Analysis;

/// <summary>
/// The reference article's question end to end: the ICEWS sample through <c>parley import icews</c>, the seed article
/// through <c>parley ingest --flag-rare</c> into the same DuckDB ledger, then <c>parley rarity --event</c> on Xi's call with
/// Trump, whose counts are checked against an independent SQL query over the ledger.
/// </summary>
public sealed class ReferenceQuestionTests : IDisposable
{
    private const string IcewsFile = "data/event-samples/icews/events.2018.sample.tab";
    private const string Seed = "seed/article.txt";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "parley-rarity-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Rarity_of_xis_call_with_trump_states_its_figure_exposure_and_sample()
    {
        string? icews = Fixture.SharedPath(IcewsFile);
        string? seed = Fixture.SharedPath(Seed);
        if (icews is null || seed is null)
        {
            Assert.Skip(Fixture.SharedMissing($"{IcewsFile} and {Seed}"));
            return;
        }

        Directory.CreateDirectory(folder);
        string db = Path.Combine(folder, "ledger.duckdb");
        // The commands a reader would type: the ICEWS sample through the real importer, then the seed article through the
        // real pipeline with its publication time, its events asked the rarity questions as they arrive.
        var importErrors = new StringWriter();
        Program.Run(["import", "icews", icews, "--db", db], new StringWriter(), importErrors, _ => null).Should().NotBe(ExitCodes.Failure, importErrors.ToString());
        var ingestErrors = new StringWriter();
        Program.Run(["ingest", seed, "--published", "2026-02-06T15:28+05:30", "--db", db, "--workers", "1", "--flag-rare"], new StringWriter(), ingestErrors, _ => null)
            .Should().Be(0, ingestErrors.ToString());
        ingestErrors.ToString().Should().Contain("marked rare");

        string eventId = Sql(db, """
            SELECT e.event_id FROM events e
            JOIN event_actors x ON x.event_id = e.event_id AND x.actor_id = 'xi-jinping'
            JOIN event_actors t ON t.event_id = e.event_id AND t.actor_id = 'donald-trump'
            WHERE e.type = 'CONSULT' AND e.date_start = DATE '2026-02-04'
            """, r => r.GetString(0)).Should().ContainSingle("the seed article reports one call between Xi and Trump on 4 February").Subject;

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Program.Run(["rarity", "--event", eventId, "--actor", "xi-jinping", "--db", db, "--format", "json"], stdout, stderr, _ => null);

        exit.Should().Be(0, stderr.ToString());
        JsonElement answers = JsonDocument.Parse(stdout.ToString()).RootElement;
        JsonElement headline = answers[0];
        headline.GetProperty("pattern").GetString().Should().Be("multi-counterpart", "Xi called Putin and Trump the same day");

        // The independent count: days before 4 Feb 2026 on which Xi had CONSULT events with two or more others,
        // grouped straight from the rows rather than through the analyzer's day/contact tables.
        long observed = Sql(db, """
            SELECT COUNT(*) FROM (
                SELECT e.date_start FROM events e, event_actors x, event_actors o
                WHERE x.event_id = e.event_id AND o.event_id = e.event_id AND x.actor_id = 'xi-jinping' AND o.actor_id <> 'xi-jinping'
                  AND e.type = 'CONSULT' AND e.date_precision = 'day' AND e.date_start < DATE '2026-02-04'
                GROUP BY e.date_start HAVING COUNT(DISTINCT o.actor_id) >= 2) AS days
            """, r => Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture))[0];
        var exposure = Sql(db, """
            SELECT COUNT(DISTINCT e.event_id), COUNT(DISTINCT e.date_start), MIN(e.date_start) FROM events e, event_actors x
            WHERE x.event_id = e.event_id AND x.actor_id = 'xi-jinping' AND e.date_precision = 'day' AND e.date_start < DATE '2026-02-04'
            """, r => (Events: Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), Days: Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture),
                First: r.GetValue(2)))[0];

        exposure.Events.Should().BeGreaterThan(0, "the ICEWS sample holds Xi's events of June 2018");
        headline.GetProperty("observed").GetInt64().Should().Be(observed);
        JsonElement coverage = headline.GetProperty("coverage");
        coverage.GetProperty("events").GetInt64().Should().Be(exposure.Events);
        coverage.GetProperty("coveredWindows").GetInt64().Should().Be(exposure.Days);
        coverage.GetProperty("first").GetString().Should().StartWith("2018-06");
        headline.GetProperty("smallSample").GetBoolean().Should().Be(exposure.Events < 30);
        string sentence = headline.GetProperty("sentence").GetString()!;
        sentence.Should().Contain("Xi Jinping").And.Contain("before 2026-02-04").And.Contain("Coverage:");

        // The table form says the same in one line per question, and names the sample's size.
        var table = new StringWriter();
        Program.Run(["rarity", "--event", eventId, "--actor", "xi-jinping", "--db", db], table, new StringWriter(), _ => null).Should().Be(0);
        table.ToString().Should().Contain(sentence);

        // --flag-rare marked the call (Xi had no earlier day with two counterparts in the sample), and events --rare lists it.
        bool marked = Sql(db, "SELECT rare FROM events WHERE event_id = $1", r => r.GetBoolean(0), eventId)[0];
        marked.Should().Be(observed == 0 && exposure.Days > 0, "the headline rate is observed / covered days, under 5 % only when nothing like it happened");
        var rareList = new StringWriter();
        Program.Run(["events", "--rare", "--db", db, "--format", "json"], rareList, new StringWriter(), _ => null).Should().Be(0);
        if (marked)
        {
            rareList.ToString().Should().Contain(eventId);
        }

        Sql(db, "SELECT COUNT(*) FROM events WHERE rare AND origin = 'icews'", r => Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture))[0]
            .Should().Be(0, "only the events of the ingest run are asked, not the imported history");
    }

    private static List<T> Sql<T>(string db, string sql, Func<System.Data.IDataRecord, T> map, params object?[] parameters)
    {
        using var ledger = (ISqlLedger)LedgerFactory.Open(db);
        return [.. ledger.Query(sql, parameters, map)];
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
