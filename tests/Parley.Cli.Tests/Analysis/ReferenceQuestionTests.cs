using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Parley.Annotate;
using Parley.Cli.Commands;
using Parley.Core;
using Parley.Events;
using Parley.Ingest;
using Parley.Ingest.Sources;
using Parley.Knowledge;
using Parley.Ledger;
using Parley.Ledger.Store;
using Parley.Quotes;
using Parley.TestKit;

namespace Parley.Cli.Tests.Analysis;

/// <summary>
/// The reference article's question end to end: the ICEWS sample imported through the store, the seed article read
/// by the real pipeline and written to the same DuckDB ledger, then <c>parley rarity --event</c> on Xi's call with
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
        KnowledgeBase knowledge = KnowledgeFolder.TryLoad(null, TextWriter.Null, out _)!;
        using (ILedger ledger = LedgerFactory.Open(db))
        {
            ledger.EnsureSchema();
            long run = ledger.StartRun("test", "0", "0", new DateTimeOffset(2026, 2, 6, 10, 0, 0, TimeSpan.Zero));
            ledger.Import(IcewsEvents(icews, new ActorResolver(knowledge)), run);
            ledger.Write([Findings(seed, knowledge)], run);
        }

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
    }

    private static List<T> Sql<T>(string db, string sql, Func<System.Data.IDataRecord, T> map)
    {
        using var ledger = (ISqlLedger)LedgerFactory.Open(db);
        return [.. ledger.Query(sql, [], map)];
    }

    // ICEWS rows as imported events: CAMEO 04x (Consult) is PLOVER CONSULT; names resolve to knowledge-base ids on the
    // event's day where the knowledge base knows them (the importer's job; a small stand-in here).
    private static List<ImportedEvent> IcewsEvents(string path, ActorResolver resolver)
    {
        var events = new List<ImportedEvent>();
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] f = line.Split('\t');
            DateOnly day = DateOnly.ParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            ImportedActor source = Resolve(resolver, f[2], f[4], day);
            ImportedActor target = Resolve(resolver, f[8], f[10], day);
            string type = f[6].StartsWith("04", StringComparison.Ordinal) ? "CONSULT" : "CAMEO" + f[6][..2];
            events.Add(new ImportedEvent("icews", f[0], type, null, null, f[6], [source.Id], target.Id == source.Id ? [] : [target.Id],
                new FuzzyDate(day, DatePrecision.Day), "reported", 1, f[5], f[11], [source, target]));
        }

        return events;
    }

    private static ImportedActor Resolve(ActorResolver resolver, string name, string country, DateOnly day) =>
        resolver.Resolve(name, day) is { IsEmpty: false } matches
            ? new ImportedActor(matches[0].Actor.Id, matches[0].Actor.Name, matches[0].Actor.Kind, matches[0].Actor.Country?.ToString())
            : new ImportedActor("icews:" + name, name, "group", country);

    private static ArticleFindings Findings(string path, KnowledgeBase knowledge)
    {
        NewsTime.TryParseIso("2026-02-06T15:28+05:30", out NewsTime published).Should().BeTrue();
        SourceItem item = new SourceReader(hints: new SourceHints(Published: published)).Read([path]).Single();
        Article article = ArticleReader.Read(item.Document!).Article!;
        AnnotatedArticle annotated = new Annotator(knowledge).Annotate(article);
        ImmutableArray<EventRecord> events = new EventExtractor(knowledge).Extract(annotated);
        IReadOnlyList<QuoteRecord> quotes = new QuoteExtractor(knowledge).Extract(annotated);
        return new ArticleFindings(path, article, annotated.Actors, events, [.. quotes]);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
