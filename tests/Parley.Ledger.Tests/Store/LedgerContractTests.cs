using System.Collections.Immutable;
using Parley.Core;
using Parley.Quotes;
using static Parley.Ledger.Tests.Store.Findings;

namespace Parley.Ledger.Tests.Store;

/// <summary>
/// The store's behaviour, run against each backend by a subclass. Each test opens a fresh, empty ledger.
/// </summary>
public abstract class LedgerContractTests
{
    private static readonly DateTimeOffset Started = new(2026, 2, 6, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh, empty ledger (schema not yet created).</summary>
    protected abstract ILedger OpenEmpty();

    protected ILedger Open()
    {
        ILedger ledger = OpenEmpty();
        ledger.EnsureSchema();
        return ledger;
    }

    private static long Run(ILedger ledger, string command = "ingest") => ledger.StartRun(command, "0.1.0", "kb-1", Started);

    // Two wire reports of one call: the second gives the duration and the first only the month.
    internal static Findings FirstReport() => new Findings(
            "Xi Jinping spoke with Vladimir Putin by video link this month. The two leaders discussed energy.", "2026-02-05T08:00+00:00", "Daily")
        .Actor("xi-jinping", "Xi Jinping", country: "CHN").Actor("vladimir-putin", "Vladimir Putin", country: "RUS")
        .Event("Xi Jinping spoke with Vladimir Putin by video link this month.", "CONSULT", "phone", ["xi-jinping"], ["vladimir-putin"],
            FuzzyDate.InMonth(2026, 2), topics: ["energy"], confidence: 0.7)
        .Quote("The two leaders discussed energy", "xi-jinping", "Xi Jinping");

    internal static Findings SecondReport() => new Findings(
            "BEIJING - Vladimir Putin and Xi Jinping held a video call on Wednesday that lasted 90 minutes. \u201CThe two leaders discussed energy,\u201D an aide said.",
            "2026-02-05T09:30+00:00", "Wire")
        .Actor("xi-jinping", "Xi Jinping", country: "CHN").Actor("vladimir-putin", "Vladimir Putin", country: "RUS")
        .Event("Vladimir Putin and Xi Jinping held a video call on Wednesday that lasted 90 minutes.", "CONSULT", "phone",
            ["vladimir-putin", "xi-jinping"], [], Day(2026, 2, 4), duration: IsoDuration.OfMinutes(90), topics: ["ukraine"], medium: "video")
        .Quote("The two leaders discussed energy,", "xi-jinping", "Xi Jinping");

    [Fact]
    public void Creating_the_schema_twice_changes_nothing()
    {
        using ILedger ledger = Open();
        ledger.EnsureSchema();
        ledger.Counts().Should().Be(new LedgerCounts(0, 0, 0, 0, 0, 0, 0, 0));
    }

    [Fact]
    public void Writing_the_same_batch_again_skips_every_article_and_changes_no_count()
    {
        using ILedger ledger = Open();
        long run = Run(ledger);
        ImmutableArray<ArticleFindings> batch = Batch(FirstReport(), SecondReport());
        WriteResult first = ledger.Write(batch, run);
        first.ArticlesWritten.Should().Be(2);
        LedgerCounts counts = ledger.Counts();

        WriteResult again = ledger.Write(batch, run);

        again.Should().Be(WriteResult.None with { ArticlesSkipped = 2 });
        ledger.Counts().Should().Be(counts);
        ledger.KnownArticles([batch[0].Article.Id, "unknown"]).Should().BeEquivalentTo([batch[0].Article.Id]);
    }

    [Fact]
    public void A_ledger_from_before_merge_hash_gets_the_column_filled_when_opened_and_its_events_still_merge()
    {
        using ILedger ledger = Open();
        var sql = (ISqlLedger)ledger;
        long run = Run(ledger);
        ledger.Write(Batch(FirstReport()), run);
        sql.Execute("ALTER TABLE events DROP COLUMN merge_hash", []);

        ledger.EnsureSchema();

        (string Key, long Hash) stored = sql.Query("SELECT merge_key, merge_hash FROM events", [], row => (row.GetString(0), row.GetInt64(1))).Should().ContainSingle().Subject;
        stored.Hash.Should().Be(Parley.Ledger.Store.Keys.MergeHash(stored.Key));
        WriteResult second = ledger.Write(Batch(SecondReport()), run);
        second.EventsMerged.Should().Be(1);
        ledger.Events(new EventQuery()).Should().ContainSingle().Which.MentionCount.Should().Be(2);
    }

    [Fact]
    public void An_article_twice_in_one_batch_is_written_once()
    {
        using ILedger ledger = Open();
        WriteResult result = ledger.Write([FirstReport().Build("a.txt"), FirstReport().Build("copy-of-a.txt")], Run(ledger));
        result.ArticlesWritten.Should().Be(1);
        result.ArticlesSkipped.Should().Be(1);
        ledger.Counts().Articles.Should().Be(1);
        ledger.Counts().EventMentions.Should().Be(1);
    }

    [Fact]
    public void The_same_call_reported_by_two_articles_is_one_event_with_the_best_details_of_both()
    {
        using ILedger ledger = Open();
        long run = Run(ledger);
        ledger.Write(Batch(FirstReport()), run).EventsCreated.Should().Be(1);
        WriteResult second = ledger.Write(Batch(SecondReport()), run);
        second.EventsMerged.Should().Be(1);
        second.EventsCreated.Should().Be(0);

        LedgerEvent call = ledger.Events(new EventQuery()).Should().ContainSingle().Subject;
        call.Date.Should().Be(Day(2026, 2, 4), "a day beats a month");
        call.Duration.Should().Be(IsoDuration.OfMinutes(90), "one report gave it");
        call.Medium.Should().Be("video");
        call.Topics.Should().Equal("energy", "ukraine");
        call.Confidence.Should().Be(0.9);
        call.MentionCount.Should().Be(2);
        call.Actors.Should().Equal(["xi-jinping"], "the first report's sides are kept");
        call.Recipients.Should().Equal("vladimir-putin");
        call.Origin.Should().Be("parley");

        IReadOnlyList<LedgerMention> mentions = ledger.MentionsOf([call.Id]);
        mentions.Select(mention => mention.ArticleId).Should().BeEquivalentTo([FirstReport().Id, SecondReport().Id]);
        LedgerMention wire = mentions.Single(mention => mention.ArticleId == SecondReport().Id);
        wire.Evidence.Should().Be("Vladimir Putin and Xi Jinping held a video call on Wednesday that lasted 90 minutes.");
        wire.Span.Should().Be(new TextSpan(10, wire.Evidence.Length));
        wire.TriggerRow.Should().Be("test-row");
        wire.ReportedBy.Should().Be("wire");
        wire.SourceRef.Should().Be("test.txt");
    }

    [Fact]
    public void The_articles_behind_mentions_come_back_with_outlet_time_and_text()
    {
        using ILedger ledger = Open();
        ledger.Write(Batch(FirstReport(), SecondReport()), Run(ledger));
        string[] ids = [.. ledger.MentionsOf([ledger.Events(new EventQuery()).Single().Id]).Select(m => m.ArticleId!)];

        IReadOnlyList<LedgerArticle> articles = ledger.ArticlesOf(ids);

        articles.Select(a => a.Outlet).Should().BeEquivalentTo(["Daily", "Wire"]);
        articles.Should().OnlyContain(a => a.Published != null && a.Text.Contains("Xi Jinping", StringComparison.Ordinal));
        ledger.ArticlesOf(["no-such-article"]).Should().BeEmpty();
    }

    [Fact]
    public void Reports_in_one_batch_merge_as_they_would_across_batches()
    {
        using ILedger ledger = Open();
        WriteResult result = ledger.Write(Batch(FirstReport(), SecondReport()), Run(ledger));
        result.Should().Be(new WriteResult(2, 0, 1, 1, 1, 1));
        ledger.Events(new EventQuery()).Should().ContainSingle().Which.MentionCount.Should().Be(2);
    }

    [Fact]
    public void A_month_report_joins_the_first_compatible_event_by_id_whether_the_days_came_in_its_batch_or_before()
    {
        using ILedger ledger = Open();
        long run = Run(ledger);
        // Two calls on 2 and 4 February, then a report of "a call in February" compatible with both. The rule: it joins
        // the one with the smaller event id, in one batch (a-one) as across batches (b-one).
        Findings Call(string actor, string recipient, string when, FuzzyDate date, string published) =>
            new Findings($"{actor} called {recipient} {when}.", published)
                .Event($"{actor} called {recipient} {when}.", "CONSULT", "phone", [actor], [recipient], date);
        (Findings Second, Findings Fourth, Findings Month) Calls(string actor, string recipient) => (
            Call(actor, recipient, "on 2 February", Day(2026, 2, 2), "2026-02-02T20:00+00:00"),
            Call(actor, recipient, "on 4 February", Day(2026, 2, 4), "2026-02-04T20:00+00:00"),
            Call(actor, recipient, "in February", FuzzyDate.InMonth(2026, 2), "2026-02-10T20:00+00:00"));
        // The day with the larger id is written first, so a writer that kept its new events in creation order would pick the wrong one.
        (Findings First, Findings Then) LargerIdFirst(Findings one, Findings other, FuzzyDate oneDate, FuzzyDate otherDate, string actor, string recipient)
        {
            string key = Parley.Ledger.Store.Keys.MergeKey("CONSULT", "phone", "occurred", Parley.Ledger.Store.Keys.Participants([actor], [recipient]));
            bool oneLarger = string.CompareOrdinal(Parley.Ledger.Store.Keys.EventId(key, oneDate.ToIso(), one.Id, 0), Parley.Ledger.Store.Keys.EventId(key, otherDate.ToIso(), other.Id, 0)) > 0;
            return oneLarger ? (one, other) : (other, one);
        }

        var (a2, a4, aMonth) = Calls("a-one", "a-two");
        var (aFirst, aThen) = LargerIdFirst(a2, a4, Day(2026, 2, 2), Day(2026, 2, 4), "a-one", "a-two");
        var (b2, b4, bMonth) = Calls("b-one", "b-two");
        var (bFirst, bThen) = LargerIdFirst(b2, b4, Day(2026, 2, 2), Day(2026, 2, 4), "b-one", "b-two");
        ledger.Write(Batch(aFirst, aThen, aMonth), run);
        ledger.Write(Batch(bFirst, bThen), run);
        ledger.Write(Batch(bMonth), run);

        foreach (string actor in new[] { "a-one", "b-one" })
        {
            List<LedgerEvent> events = [.. ledger.Events(new EventQuery { Actor = actor }).OrderBy(found => found.Id, StringComparer.Ordinal)];
            events.Select(found => found.MentionCount).Should().Equal([2, 1], $"the month report of {actor} joins the first event by id");
        }
    }

    [Fact]
    public void A_later_batch_that_merges_into_many_stored_events_and_quotes_updates_each_with_its_own_details()
    {
        using ILedger ledger = Open();
        long run = Run(ledger);
        // Five calls on five days, each with one quote, first reported by a paper that does not know the actor is listed, then by the wire.
        Findings Report(int day, string outlet, int minutes, string topic, bool listed) => new Findings(
                $"{(outlet == "Wire" ? "BEIJING - " : "")}Xi Jinping spoke with Vladimir Putin on February {day}. \u201CWe talked about {topic} for {minutes} minutes,\u201D Xi Jinping said.",
                $"2026-02-{day + 1:00}T08:00+00:00", outlet)
            .Actor("xi-jinping", "Xi Jinping", country: "CHN", listed: listed)
            .Event($"Xi Jinping spoke with Vladimir Putin on February {day}.", "CONSULT", "phone", ["xi-jinping"], ["vladimir-putin"],
                Day(2026, 2, day), duration: IsoDuration.OfMinutes(minutes), topics: [topic], confidence: 0.6 + (day / 100.0))
            .Quote($"We talked about {topic} for {minutes} minutes,", "xi-jinping", "Xi Jinping");
        int[] days = [2, 3, 4, 5, 6];
        ledger.Write(Batch([.. days.Select(day => Report(day, "Daily", 10 * day, "trade", listed: false))]), run);
        ledger.Actors(new ActorQuery()).Single(actor => actor.Id == "xi-jinping").Listed.Should().BeFalse();

        WriteResult again = ledger.Write(Batch([.. days.Select(day => Report(day, "Wire", 10 * day, "trade", listed: true))]), run);

        again.EventsMerged.Should().Be(5);
        again.QuotesMerged.Should().Be(5);
        IReadOnlyList<LedgerEvent> events = ledger.Events(new EventQuery());
        events.Should().HaveCount(5).And.OnlyContain(found => found.MentionCount == 2);
        events.Select(found => (found.Date!.Value.Start.Day, found.Duration, found.Confidence)).Should().BeEquivalentTo(
            days.Select(day => (day, (IsoDuration?)IsoDuration.OfMinutes(10 * day), 0.6 + (day / 100.0))), "each event keeps its own details");
        ledger.Quotes(new QuoteQuery()).Should().HaveCount(5).And.OnlyContain(quote => quote.SourceCount == 2);
        ledger.Actors(new ActorQuery()).Single(actor => actor.Id == "xi-jinping").Listed.Should().BeTrue("a later batch found him listed");
    }

    [Fact]
    public void A_merge_that_adds_only_a_mention_and_one_that_adds_details_in_the_same_batch_each_keep_the_right_row()
    {
        // The writer updates the mention count alone where a report adds nothing else, and every detail where it does.
        using ILedger ledger = Open();
        long run = Run(ledger);
        Findings Report(int day, string outlet, string[] topics, double confidence) => new Findings(
                $"{outlet} - Xi Jinping spoke with Vladimir Putin on February {day}.", $"2026-02-{day + 1:00}T08:00+00:00", outlet)
            .Event($"Xi Jinping spoke with Vladimir Putin on February {day}.", "CONSULT", "phone", ["xi-jinping"], ["vladimir-putin"],
                Day(2026, 2, day), topics: topics, confidence: confidence);
        ledger.Write(Batch(Report(2, "Daily", ["trade"], 0.8), Report(3, "Daily", ["trade"], 0.8)), run);

        WriteResult later = ledger.Write(Batch(Report(2, "Wire", ["trade"], 0.7), Report(3, "Wire", ["energy"], 0.85)), run);

        later.EventsMerged.Should().Be(2);
        IReadOnlyList<LedgerEvent> events = [.. ledger.Events(new EventQuery()).OrderBy(found => found.Date!.Value.Start)];
        events.Select(found => (found.MentionCount, string.Join('|', found.Topics), found.Confidence)).Should().Equal(
            (2, "trade", 0.8), (2, "energy|trade", 0.85));
    }

    [Fact]
    public void Calls_on_different_days_or_planned_against_held_are_different_events()
    {
        using ILedger ledger = Open();
        long run = Run(ledger);
        Findings Call(string text, FuzzyDate date, string status) => new Findings(text)
            .Event(text, "CONSULT", "phone", ["xi-jinping"], ["vladimir-putin"], date, status);
        ledger.Write(Batch(
            Call("Xi Jinping called Vladimir Putin on Monday.", Day(2026, 2, 2), "occurred"),
            Call("Xi Jinping called Vladimir Putin on Wednesday.", Day(2026, 2, 4), "occurred"),
            Call("Xi Jinping will call Vladimir Putin on Wednesday.", Day(2026, 2, 4), "planned")), run);

        ledger.Events(new EventQuery()).Select(found => $"{found.Date} {found.Status}")
            .Should().Equal("2026-02-04 occurred", "2026-02-04 planned", "2026-02-02 occurred");
    }

    [Fact]
    public void Undated_reports_merge_only_when_published_within_two_days()
    {
        using ILedger ledger = Open();
        long run = Run(ledger);
        Findings Talks(string text, string published) => new Findings(text, published)
            .Event(text, "CONSULT", null, ["keir-starmer"], ["micheal-martin"], null);
        ledger.Write(Batch(
            Talks("Keir Starmer held talks with Micheal Martin.", "2026-03-01T09:00+00:00"),
            Talks("Keir Starmer has held talks with Micheal Martin, officials said.", "2026-03-02T18:00+00:00"),
            Talks("Keir Starmer held talks with Micheal Martin again.", "2026-03-09T09:00+00:00")), run);

        ledger.Events(new EventQuery()).Select(found => found.MentionCount).Should().BeEquivalentTo([2, 1]);
    }

    [Fact]
    public void Later_reports_join_the_stored_events_whose_dates_they_share_and_no_others()
    {
        using ILedger ledger = Open();
        WriteThenJoinByDate(ledger, () => ledger);
    }

    /// <summary>
    /// Stored: talks with no date (first reported on 1 March), calls on 2 February this year and last year. Then, in a
    /// later batch written through <paramref name="later"/>: undated talks two days on (joins) and eight days on (new),
    /// and "a call in February" (joins this year's, the first compatible event; last year's is no candidate).
    /// </summary>
    protected static void WriteThenJoinByDate(ILedger first, Func<ILedger> later)
    {
        Findings Talks(string text, string published) => new Findings(text, published)
            .Event(text, "CONSULT", null, ["aino-virtanen"], ["lars-berg"], null);
        Findings Call(string text, FuzzyDate date, string published) => new Findings(text, published)
            .Event(text, "CONSULT", "phone", ["mira-kovac"], ["tomas-novak"], date);
        first.Write(Batch(
            Talks("Aino Virtanen held talks with Lars Berg in Tallinn.", "2026-03-01T09:00+00:00"),
            Call("Mira Kovac phoned Tomas Novak on 2 February.", Day(2026, 2, 2), "2026-02-03T09:00+00:00"),
            Call("Mira Kovac phoned Tomas Novak on 2 February last year.", Day(2025, 2, 2), "2025-02-03T09:00+00:00")), Run(first));

        ILedger ledger = later();
        WriteResult result = ledger.Write(Batch(
            Talks("Aino Virtanen has held talks with Lars Berg, her office said.", "2026-03-03T07:00+00:00"),
            Talks("Aino Virtanen held new talks with Lars Berg in Riga.", "2026-03-09T09:00+00:00"),
            Call("Mira Kovac and Tomas Novak spoke by phone in February.", FuzzyDate.InMonth(2026, 2), "2026-02-20T09:00+00:00")), Run(ledger));

        result.EventsMerged.Should().Be(2);
        result.EventsCreated.Should().Be(1);
        ledger.Events(new EventQuery { Actor = "aino-virtanen" }).Select(found => found.MentionCount).Should().BeEquivalentTo([2, 1]);
        ledger.Events(new EventQuery { Actor = "mira-kovac" }).Select(found => (found.Date!.Value.Start.Year, found.MentionCount))
            .Should().BeEquivalentTo([(2026, 2), (2025, 1)]);
    }

    [Fact]
    public void Events_below_half_confidence_are_not_stored()
    {
        using ILedger ledger = Open();
        const string Text = "Xi Jinping may have spoken with Vladimir Putin.";
        ledger.Write(Batch(new Findings(Text).Event(Text, "CONSULT", null, ["xi-jinping"], ["vladimir-putin"], null, confidence: 0.4)), Run(ledger))
            .EventsCreated.Should().Be(0);
        ledger.Counts().Events.Should().Be(0);
        ledger.Counts().Articles.Should().Be(1);
    }

    [Fact]
    public void The_same_quote_in_two_articles_is_one_quote_with_two_sources()
    {
        using ILedger ledger = Open();
        long run = Run(ledger);
        ledger.Write(Batch(FirstReport()), run).QuotesCreated.Should().Be(1);
        ledger.Write(Batch(SecondReport()), run).QuotesMerged.Should().Be(1);

        LedgerQuote quote = ledger.Quotes(new QuoteQuery()).Should().ContainSingle().Subject;
        quote.SourceCount.Should().Be(2);
        quote.SpeakerId.Should().Be("xi-jinping");
        quote.Words.Should().Be("The two leaders discussed energy");
        quote.Kind.Should().Be("direct");
        ledger.SourcesOf([quote.Id]).Select(source => source.ArticleId).Should().BeEquivalentTo([FirstReport().Id, SecondReport().Id]);
    }

    [Fact]
    public void Different_speakers_of_the_same_words_are_different_quotes()
    {
        using ILedger ledger = Open();
        const string Text = "\"We are ready,\" said Xi Jinping. \"We are ready,\" said Vladimir Putin.";
        var findings = new Findings(Text).Quote("We are ready,", "xi-jinping", "Xi Jinping").Build();
        int second = Text.LastIndexOf("We are ready,", StringComparison.Ordinal);
        var putin = new QuoteRecord("q9", new Speaker("vladimir-putin", "Vladimir Putin", null, true), new TextSpan(second, 13), QuoteKind.Direct, null, new TextSpan(second, 13));
        ledger.Write([findings with { Quotes = [.. findings.Quotes, putin] }], Run(ledger)).QuotesCreated.Should().Be(2);
        ledger.Quotes(new QuoteQuery(Speaker: "vladimir-putin")).Should().ContainSingle();
    }

    private static ImportedEvent Imported(string id, string evidence = "Xi Jinping spoke with Vladimir Putin") => new(
        "icews", id, "CONSULT", "phone", null, "040", ["xi-jinping"], ["vladimir-putin"], Day(2026, 2, 4), "occurred", 1.0,
        evidence, "icews:" + id, [new ImportedActor("xi-jinping", "Xi Jinping", "person", "CHN"), new ImportedActor("vladimir-putin", "Vladimir Putin", "person", "RUS")]);

    [Fact]
    public void Imports_are_idempotent_and_never_merge_with_parleys_own_events()
    {
        using ILedger ledger = Open();
        long run = Run(ledger, "import");
        ledger.Write(Batch(SecondReport()), run);
        ledger.Import([Imported("1001"), Imported("1002"), Imported("1001")], run).EventsCreated.Should().Be(2);
        ledger.Import([Imported("1001"), Imported("1003")], run).EventsCreated.Should().Be(1);

        ledger.Events(new EventQuery(Origin: "icews")).Select(found => found.OriginId).Should().BeEquivalentTo(["1001", "1002", "1003"]);
        ledger.Events(new EventQuery(Origin: "parley")).Should().ContainSingle().Which.MentionCount.Should().Be(1);
        LedgerEvent imported = ledger.Events(new EventQuery(Origin: "icews"))[0];
        LedgerMention record = ledger.MentionsOf([imported.Id]).Should().ContainSingle().Subject;
        record.ArticleId.Should().BeNull();
        record.SourceRef.Should().StartWith("icews:");
        ledger.Actors(new ActorQuery(Text: "putin")).Should().ContainSingle().Which.EventCount.Should().Be(4);
    }

    [Fact]
    public void Every_event_filter_selects_what_it_says()
    {
        using ILedger ledger = Open();
        long run = Run(ledger);
        const string Visit = "Emmanuel Macron will visit Beijing in April to discuss trade.";
        const string Threat = "Xi Jinping warned Washington against arms sales on Monday.";
        ledger.Write(Batch(
            SecondReport(),
            new Findings(Visit).Event(Visit, "CONSULT", "visit", ["emmanuel-macron"], ["CHN"], FuzzyDate.InMonth(2026, 4), "planned", topics: ["trade"]),
            new Findings(Threat).Event(Threat, "THREATEN", null, ["xi-jinping"], ["USA"], Day(2026, 2, 2), cameo: "130")), run);
        ledger.Import([Imported("7")], run);

        string[] Find(EventQuery query) => [.. ledger.Events(query).Select(found => $"{found.Type}/{found.Mode ?? "-"}/{found.Origin}")];

        string[] all = Find(new EventQuery());
        all.Should().HaveCount(4);
        all[0].Should().Be("CONSULT/visit/parley", "the newest comes first");
        all[3].Should().Be("THREATEN/-/parley");
        Find(new EventQuery(Actor: "xi-jinping")).Should().BeEquivalentTo(["CONSULT/phone/parley", "CONSULT/phone/icews", "THREATEN/-/parley"]);
        Find(new EventQuery(Actor: "xi-jinping", Counterpart: "USA")).Should().Equal("THREATEN/-/parley");
        Find(new EventQuery(Actor: "USA", Counterpart: "xi-jinping")).Should().Equal("THREATEN/-/parley");
        Find(new EventQuery(Type: "THREATEN")).Should().Equal("THREATEN/-/parley");
        Find(new EventQuery(Mode: "visit")).Should().Equal("CONSULT/visit/parley");
        Find(new EventQuery(Status: "planned")).Should().Equal("CONSULT/visit/parley");
        Find(new EventQuery(Since: new DateOnly(2026, 4, 30))).Should().Equal(["CONSULT/visit/parley"], "a month reaches its last day");
        Find(new EventQuery(Since: new DateOnly(2026, 2, 3), Until: new DateOnly(2026, 2, 28))).Should().BeEquivalentTo(["CONSULT/phone/parley", "CONSULT/phone/icews"]);
        Find(new EventQuery(Until: new DateOnly(2026, 2, 2))).Should().Equal("THREATEN/-/parley");
        Find(new EventQuery(Text: "ARMS SALES")).Should().Equal("THREATEN/-/parley");
        Find(new EventQuery(Text: "trade")).Should().Equal("CONSULT/visit/parley");
        Find(new EventQuery(Origin: "icews")).Should().Equal("CONSULT/phone/icews");
        Find(new EventQuery(RareOnly: true)).Should().BeEmpty();
        Find(new EventQuery(Limit: 2)).Should().HaveCount(2);
    }

    [Fact]
    public void Quote_and_actor_queries_filter_and_count()
    {
        using ILedger ledger = Open();
        long run = Run(ledger);
        ledger.Write(Batch(FirstReport(), SecondReport()), run);

        ledger.Quotes(new QuoteQuery(Text: "ENERGY")).Should().ContainSingle();
        ledger.Quotes(new QuoteQuery(Text: "tariffs")).Should().BeEmpty();
        ledger.Quotes(new QuoteQuery(Speaker: "vladimir-putin")).Should().BeEmpty();
        ledger.Quotes(new QuoteQuery(Since: new DateOnly(2026, 2, 5), Until: new DateOnly(2026, 2, 5))).Should().ContainSingle();
        ledger.Quotes(new QuoteQuery(Since: new DateOnly(2026, 2, 6))).Should().BeEmpty();

        LedgerActor xi = ledger.Actors(new ActorQuery(Text: "xi")).Should().ContainSingle().Subject;
        xi.Should().Be(new LedgerActor("xi-jinping", "Xi Jinping", "person", "CHN", true, 1, 1));
        ledger.Actors(new ActorQuery(Country: "RUS")).Select(actor => actor.Id).Should().Equal("vladimir-putin");
        ledger.Actors(new ActorQuery(Kind: "country")).Should().BeEmpty();
        ledger.Actors(new ActorQuery(Limit: 1)).Should().HaveCount(1);
    }

    [Fact]
    public void Runs_are_recorded_newest_first_with_their_versions()
    {
        using ILedger ledger = Open();
        long first = Run(ledger, "ingest");
        long second = Run(ledger, "import");
        ledger.FinishRun(first, "completed", Started.AddMinutes(5));

        ledger.Runs().Should().Equal(
            new LedgerRun(second, "import", "0.1.0", "kb-1", Started, null, "running"),
            new LedgerRun(first, "ingest", "0.1.0", "kb-1", Started, Started.AddMinutes(5), "completed"));
    }

    [Fact]
    public void A_source_rejected_twice_for_the_same_reason_is_stored_once_until_retried()
    {
        using ILedger ledger = Open();
        long run = Run(ledger);
        ledger.RecordRejections([new Rejection("a.html", "empty-text", "no text"), new Rejection("b.html", "not-news", "a list page")], run);
        ledger.RecordRejections([new Rejection("a.html", "empty-text", "no text at all"), new Rejection("a.html", "too-short", "12 words")], run);

        ledger.Rejections().Select(found => $"{found.Source} {found.Code} {found.Reason}")
            .Should().BeEquivalentTo(["a.html empty-text no text at all", "a.html too-short 12 words", "b.html not-news a list page"]);
        ledger.MarkRetried(["a.html"]);
        ledger.Rejections().Should().ContainSingle().Which.Source.Should().Be("b.html");
        ledger.Rejections(includeRetried: true).Should().HaveCount(3);
        ledger.Counts().Rejections.Should().Be(3);
    }

    /// <summary>
    /// A wire-style article: a call between one of three pairs on one of four days, plus a quote from a set of
    /// five, so that many articles report the same events and print the same quotes.
    /// </summary>
    internal static ArticleFindings Report(int i, int events = 1, int quotes = 1)
    {
        string[][] pairs = [["xi-jinping", "vladimir-putin"], ["emmanuel-macron", "keir-starmer"], ["narendra-modi", "donald-trump"]];
        var text = new System.Text.StringBuilder($"Report {i}. ");
        var sentences = new List<(string Sentence, string[] Pair, FuzzyDate Date)>();
        for (int e = 0; e < events; e++)
        {
            string[] pair = pairs[(i + e) % 3];
            FuzzyDate date = Day(2026, 2, 1 + ((i / 3) + e) % 4);
            string sentence = $"{pair[0]} spoke with {pair[1]} on {date} (item {e}).";
            text.Append(sentence).Append(' ');
            sentences.Add((sentence, pair, date));
        }

        var words = new List<string>();
        for (int q = 0; q < quotes; q++)
        {
            string quote = $"We will keep talking about point {(i + q) % 5}";
            text.Append('"').Append(quote).Append(",\" she said. ");
            words.Add(quote);
        }

        var findings = new Findings(text.ToString(), $"2026-02-0{5 + (i % 3)}T08:00+00:00");
        foreach ((string sentence, string[] pair, FuzzyDate date) in sentences)
        {
            findings.Actor(pair[0], pair[0]).Actor(pair[1], pair[1])
                .Event(sentence, "CONSULT", "phone", [pair[0]], [pair[1]], date, topics: [$"topic-{i % 4}"]);
        }

        foreach (string quote in words)
        {
            findings.Quote(quote, "kremlin-aide", "Kremlin aide");
        }

        return findings.Build($"wire-{i}.txt");
    }

    [Fact]
    public void A_batch_of_200_articles_with_five_events_and_five_quotes_each_is_written_in_one_go()
    {
        using ILedger ledger = Open();
        long run = Run(ledger);
        ledger.Write([Report(10_000, 5, 5)], run); // warm up the statements and the connection
        ArticleFindings[] batch = [.. Enumerable.Range(0, 200).Select(i => Report(i, 5, 5))];

        // Speed is measured by `parley bench ingest`, not asserted here.
        WriteResult result = ledger.Write(batch, run);

        result.ArticlesWritten.Should().Be(200);
        (result.EventsCreated + result.EventsMerged).Should().Be(1000);
        (result.QuotesCreated + result.QuotesMerged).Should().Be(1000);
        ledger.Counts().Articles.Should().Be(201);
    }
}

