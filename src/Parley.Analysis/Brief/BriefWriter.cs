using System.Globalization;
using System.Text;
using Parley.Analysis.Charts;
using Parley.Analysis.Rarity;
using Parley.Ledger;

namespace Parley.Analysis.Brief;

/// <summary>
/// Writes an analyst's note on one actor as Markdown: a summary, the key events with the sentence that reports
/// each, the actor's quotes and quotes about them, rarity notes on the key contacts, and charts written next to
/// the note. Everything is read from the ledger tables with SQL, so both backends serve it.
/// </summary>
public sealed class BriefWriter
{
    private const int KeyEvents = 10, QuotesShown = 8, RarityNotes = 3;

    private readonly ISqlSource source;
    private readonly RarityAnalyzer rarity;

    /// <summary>Creates a writer over a ledger with the contact rules the rarity notes use.</summary>
    public BriefWriter(ISqlSource source, ContactRules rules)
    {
        ArgumentNullException.ThrowIfNull(source);
        this.source = source;
        rarity = new RarityAnalyzer(source, rules);
        Rules = rules;
    }

    private ContactRules Rules { get; }

    /// <summary>
    /// Writes the brief on <paramref name="actor"/> (events from <paramref name="since"/> when given) to
    /// <paramref name="path"/>, with its charts as PNG and SVG beside it; returns the Markdown.
    /// </summary>
    public string Write(string actor, DateOnly? since, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = rarity.NameOf(actor);
        DateOnly from = since ?? DateOnly.MinValue;
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string stem = Path.GetFileNameWithoutExtension(path);
        Directory.CreateDirectory(folder);

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Brief: {name}\n\n");
        text.Append(since is { } s ? $"Events from {Day(s)}. " : "All events on record. ");
        text.Append("Figures count what the ledger holds (articles ingested and event files imported), not everything that happened.\n\n");

        List<KeyEvent> events = KeyEventsOf(actor, from);
        text.Append("## Summary\n\n").Append(Summary(actor, name, from)).Append("\n\n");

        text.Append("## Key events\n\n");
        if (events.Count == 0)
        {
            text.Append("No events on record.\n\n");
        }
        else
        {
            text.Append("| date | type | counterpart | evidence | source |\n|---|---|---|---|---|\n");
            foreach (KeyEvent e in events)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"| {(e.Day is { } d ? Day(d) : "undated")} | {e.Type}{(e.Mode is null or "-" ? "" : $" ({e.Mode})")} | {Cell(e.Counterparts)} | {Cell(e.Evidence ?? "—")} | {Cell(e.Source ?? "—")} |\n");
            }

            text.Append('\n');
        }

        text.Append("## Quotes by ").Append(name).Append("\n\n").Append(QuoteList(QuotesBy(actor, from), withSpeaker: false)).Append('\n');
        text.Append("## Quotes about ").Append(name).Append("\n\n").Append(QuoteList(QuotesAbout(actor, name, from), withSpeaker: true)).Append('\n');

        text.Append("## Rarity notes\n\n");
        var notes = events.Where(e => Rules.Types.Contains(e.Type) && e.Day is not null).Take(RarityNotes)
            .Select(e => rarity.ForEvent(e.Id, actor)).Where(a => a is { Count: > 0 }).Select(a => a![0].Sentence).Distinct().ToList();
        text.Append(notes.Count == 0
            ? "No dated contacts to weigh.\n\n"
            : string.Concat(notes.Select(n => $"- {n}\n")) + "\n");

        text.Append("## Charts\n\n");
        Timeline timeline = TimelineQuery.Run(source, actor, null, "month", since);
        if (timeline.Points.IsEmpty)
        {
            text.Append("No dated events to chart.\n");
        }
        else
        {
            ChartFiles time = ChartWriter.Timeline(timeline, Path.Combine(folder, stem + "-timeline"));
            Network network = NetworkQuery.Run(source, since, null, null, 25, actor);
            ChartFiles net = ChartWriter.Network(network, Path.Combine(folder, stem + "-network"), $"{name}: counterparts by shared events");
            text.Append(CultureInfo.InvariantCulture, $"![Events per month]({Path.GetFileName(time.Png)}) ([SVG]({Path.GetFileName(time.Svg)}))\n\n");
            text.Append(CultureInfo.InvariantCulture, $"![Counterparts]({Path.GetFileName(net.Png)}) ([SVG]({Path.GetFileName(net.Svg)}))\n");
        }

        string markdown = text.ToString();
        File.WriteAllText(path, markdown);
        return markdown;
    }

    private sealed record KeyEvent(string Id, string Type, string? Mode, DateOnly? Day, int Mentions, string Counterparts, string? Evidence, string? Source);

    private string Summary(string actor, string name, DateOnly from)
    {
        var totals = source.Query("""
            SELECT COUNT(DISTINCT e.event_id), MIN(e.date_start), MAX(e.date_start), COUNT(DISTINCT CASE WHEN a.role = 'actor' THEN e.event_id END)
            FROM event_actors a JOIN events e ON e.event_id = a.event_id
            WHERE a.actor_id = $1 AND (e.date_start IS NULL OR e.date_start >= $2)
            """, [actor, from], r => (Events: RarityAnalyzer.ToInt(r.GetValue(0)), First: RarityAnalyzer.ToDate(r.GetValue(1)), Last: RarityAnalyzer.ToDate(r.GetValue(2)),
                AsActor: RarityAnalyzer.ToInt(r.GetValue(3))))[0];
        if (totals.Events == 0)
        {
            return $"The ledger holds no events involving {name} in this period.";
        }

        var types = source.Query("""
            SELECT e.type, COUNT(DISTINCT e.event_id) FROM event_actors a JOIN events e ON e.event_id = a.event_id
            WHERE a.actor_id = $1 AND (e.date_start IS NULL OR e.date_start >= $2) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3
            """, [actor, from], r => $"{r.GetString(0)} ({RarityAnalyzer.ToInt(r.GetValue(1))})");
        var partners = source.Query("""
            SELECT COALESCE(ac.name, o.actor_id), COUNT(DISTINCT e.event_id) FROM event_actors a
            JOIN events e ON e.event_id = a.event_id
            JOIN event_actors o ON o.event_id = a.event_id AND o.actor_id <> a.actor_id
            LEFT JOIN actors ac ON ac.actor_id = o.actor_id
            WHERE a.actor_id = $1 AND (e.date_start IS NULL OR e.date_start >= $2) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5
            """, [actor, from], r => $"{r.GetString(0)} ({RarityAnalyzer.ToInt(r.GetValue(1))})");
        string span = totals.First is { } f && totals.Last is { } l ? $"between {Day(f)} and {Day(l)}" : "all undated";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The ledger holds {Count(totals.Events)} events involving {name} {span}; {name} acted in {Count(totals.AsActor)} of them and was on the receiving end of the rest. ");
        text.Append("Most were ").Append(string.Join(", ", types)).Append(". ");
        if (partners.Count > 0)
        {
            text.Append("The most frequent counterparts were ").Append(string.Join(", ", partners)).Append('.');
        }

        if (totals.Events < RarityAnswer.SmallSampleEvents)
        {
            text.Append(CultureInfo.InvariantCulture, $" With fewer than {RarityAnswer.SmallSampleEvents} events, patterns below are impressions rather than rates.");
        }

        return text.ToString();
    }

    private List<KeyEvent> KeyEventsOf(string actor, DateOnly from)
    {
        // The most reported events first: how many sentences told of them is the ledger's own measure of weight.
        var rows = source.Query("""
            SELECT DISTINCT e.event_id, e.type, e.mode, e.date_start, e.mention_count
            FROM event_actors a JOIN events e ON e.event_id = a.event_id
            WHERE a.actor_id = $1 AND (e.date_start IS NULL OR e.date_start >= $2)
            ORDER BY e.mention_count DESC, e.date_start DESC, e.event_id
            LIMIT $3
            """, [actor, from, KeyEvents], r => (Id: r.GetString(0), Type: r.GetString(1), Mode: r.IsDBNull(2) ? null : r.GetString(2),
                Day: RarityAnalyzer.ToDate(r.GetValue(3)), Mentions: RarityAnalyzer.ToInt(r.GetValue(4))));
        var events = new List<KeyEvent>();
        foreach (var row in rows)
        {
            var others = source.Query("""
                SELECT COALESCE(ac.name, o.actor_id) FROM event_actors o LEFT JOIN actors ac ON ac.actor_id = o.actor_id
                WHERE o.event_id = $1 AND o.actor_id <> $2 ORDER BY o.role, 1
                """, [row.Id, actor], r => r.GetString(0));
            var mention = source.Query("""
                SELECT m.evidence, COALESCE(ar.outlet, ar.url, m.source_ref, m.reported_by), ar.published
                FROM event_mentions m LEFT JOIN articles ar ON ar.article_id = m.article_id
                WHERE m.event_id = $1 ORDER BY m.confidence DESC, m.span_start LIMIT 1
                """, [row.Id], r => (Evidence: r.IsDBNull(0) ? null : r.GetString(0), Source: r.IsDBNull(1) ? null : r.GetString(1),
                    Published: r.IsDBNull(2) ? null : r.GetString(2)));
            string? where = mention.Count == 0 ? null : mention[0].Source is { } src && mention[0].Published is { } at ? $"{src}, {at}" : mention[0].Source;
            events.Add(new KeyEvent(row.Id, row.Type, row.Mode, row.Day, row.Mentions, others.Count == 0 ? "—" : string.Join(", ", others.Distinct()),
                mention.Count == 0 ? null : mention[0].Evidence, where));
        }

        return events;
    }

    private sealed record QuoteLine(string Speaker, string Words, int Sources, string? Outlet);

    private List<QuoteLine> QuotesBy(string actor, DateOnly from) => [.. source.Query("""
        SELECT q.speaker_name, q.words, q.source_count, MIN(ar.outlet)
        FROM quotes q LEFT JOIN quote_sources s ON s.quote_id = q.quote_id LEFT JOIN articles ar ON ar.article_id = s.article_id
        WHERE q.speaker_id = $1 AND (ar.published_utc IS NULL OR ar.published_utc >= $2)
        GROUP BY q.quote_id, q.speaker_name, q.words, q.source_count
        ORDER BY q.source_count DESC, q.quote_id LIMIT $3
        """, [actor, from.ToDateTime(TimeOnly.MinValue), QuotesShown], ReadQuote)];

    private List<QuoteLine> QuotesAbout(string actor, string name, DateOnly from)
    {
        // Words naming the actor in full or by the surname that news uses (the last word; the first for a short one-syllable family name).
        string[] parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string last = parts[^1];
        string first = parts[0].Length <= 3 && parts.Length > 1 ? parts[0] : name;
        // The same regular expression both ways; only the operator differs (DuckDB's RE2 function, PostgreSQL's ~).
        string match = source.Dialect == "duckdb" ? "regexp_matches(q.words, $4)" : "q.words ~ $4";
        return [.. source.Query($"""
            SELECT q.speaker_name, q.words, q.source_count, MIN(ar.outlet)
            FROM quotes q LEFT JOIN quote_sources s ON s.quote_id = q.quote_id LEFT JOIN articles ar ON ar.article_id = s.article_id
            WHERE (q.speaker_id IS NULL OR q.speaker_id <> $1) AND (ar.published_utc IS NULL OR ar.published_utc >= $2)
              AND {match}
            GROUP BY q.quote_id, q.speaker_name, q.words, q.source_count
            ORDER BY q.source_count DESC, q.quote_id LIMIT $3
            """, [actor, from.ToDateTime(TimeOnly.MinValue), QuotesShown, NamePattern(source.Dialect, name, last, first)], ReadQuote)];
    }

    /// <summary>
    /// A regular expression matching any of <paramref name="names"/> as whole words, so that "Xi" finds "Xi said" and
    /// "Mr Xi's" but not "Xinhua" or "taxi". A boundary is the text's edge or a character that is neither letter nor digit
    /// (RE2's Unicode classes for DuckDB; PostgreSQL's locale-aware [:alnum:]).
    /// </summary>
    internal static string NamePattern(string dialect, params IEnumerable<string> names)
    {
        string other = dialect == "duckdb" ? @"[^\pL\pN]" : "[^[:alnum:]]";
        string alternatives = string.Join("|", names.Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).Select(EscapeRegex));
        return $"(^|{other})({alternatives})({other}|$)";
    }

    // Backslash before every character that means something in RE2 or PostgreSQL regular expressions.
    private static string EscapeRegex(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            escaped.Append(@"\.^$|?*+()[]{}".Contains(c, StringComparison.Ordinal) ? "\\" : "").Append(c);
        }

        return escaped.ToString();
    }

    private static QuoteLine ReadQuote(System.Data.IDataRecord r) =>
        new(r.IsDBNull(0) ? "unnamed speaker" : r.GetString(0), r.GetString(1), RarityAnalyzer.ToInt(r.GetValue(2)), r.IsDBNull(3) ? null : r.GetString(3));

    private static string QuoteList(List<QuoteLine> quotes, bool withSpeaker)
    {
        if (quotes.Count == 0)
        {
            return "None on record.\n";
        }

        var text = new StringBuilder();
        foreach (QuoteLine q in quotes)
        {
            string who = withSpeaker ? $"{q.Speaker}: " : "";
            string where = q.Outlet is null ? "" : $" ({q.Outlet}{(q.Sources > 1 ? $" and {q.Sources - 1} more" : "")})";
            text.Append(CultureInfo.InvariantCulture, $"- {who}“{q.Words}”{where}\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
