using System.Globalization;
using Parley.Ledger;
using Parley.Ledger.Exports;
using Spectre.Console;

namespace Parley.Cli.Output;

/// <summary>Readable tables of what the ledger holds: events (optionally with their evidence), quotes and actors.</summary>
public static class LedgerTables
{
    /// <summary>One row per event; with <paramref name="withEvidence"/> each event's mentions follow in a nested table.</summary>
    public static void WriteEvents(IAnsiConsole console, ExportSet set, bool withEvidence)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(set);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("date").AddColumn("type").AddColumn("how").AddColumn("cameo").AddColumn("actors").AddColumn("recipients")
            .AddColumn("status").AddColumn(new TableColumn("conf").RightAligned()).AddColumn(new TableColumn("mentions").RightAligned())
            .AddColumn("origin");
        foreach (LedgerEvent item in set.Events)
        {
            table.AddRow(
                Markup.Escape(item.Date?.ToIso() ?? "-"), Markup.Escape(item.Type), Markup.Escape(How(item)), Markup.Escape(item.Cameo),
                Markup.Escape(Names(set, item.Actors)), Markup.Escape(Names(set, item.Recipients)), Markup.Escape(item.Status),
                item.Confidence.ToString("0.00", CultureInfo.InvariantCulture), item.MentionCount.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(item.Origin + (item.Rare ? " (rare)" : "")));
            if (withEvidence)
            {
                foreach (LedgerMention mention in set.Mentions[item.Id])
                {
                    string from = string.Join(" · ", new[] { mention.ReportedBy, mention.SourceRef, ArticleLine(set, mention.ArticleId) }
                        .OfType<string>());
                    table.AddRow(new Markup(""), new Markup($"[dim]{Markup.Escape(from)}[/]"), new Markup(""), new Markup(""),
                        new Markup($"[italic]“{Markup.Escape(mention.Evidence)}”[/]"));
                }
            }
        }

        console.Write(table);
        console.WriteLine($"{set.Events.Count} event(s)");
    }

    // "phone · video · PT1H30M": the mode, the medium when it says more, and a known duration.
    private static string How(LedgerEvent item) =>
        string.Join(" · ", new[] { item.Mode, item.Medium == item.Mode ? null : item.Medium, item.Duration?.ToIso() }.OfType<string>()) is { Length: > 0 } how
            ? how : "-";

    // Where a mention was printed: outlet, publication date and headline when the article is known, else its id.
    private static string? ArticleLine(ExportSet set, string? articleId)
    {
        if (articleId is null)
        {
            return null;
        }

        if (!set.Articles.TryGetValue(articleId, out LedgerArticle? article))
        {
            return "article " + articleId[..Math.Min(12, articleId.Length)];
        }

        return string.Join(" · ", new[] { article.Outlet, article.Published?.ToIso()[..10], article.Headline ?? article.Source }.OfType<string>());
    }

    /// <summary>One row per quote.</summary>
    public static void WriteQuotes(IAnsiConsole console, IReadOnlyList<LedgerQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(quotes);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("speaker").AddColumn("kind").AddColumn("words")
            .AddColumn(new TableColumn("sources").RightAligned());
        foreach (LedgerQuote quote in quotes)
        {
            table.AddRow(Markup.Escape(quote.SpeakerName + (quote.SpeakerDescription is { } description ? $" ({description})" : "")),
                Markup.Escape(quote.Kind), Markup.Escape(quote.Words), quote.SourceCount.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.WriteLine($"{quotes.Count} quote(s)");
    }

    /// <summary>One row per actor with how many events and quotes involve it.</summary>
    public static void WriteActors(IAnsiConsole console, IReadOnlyList<LedgerActor> actors)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(actors);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("id").AddColumn("name").AddColumn("kind").AddColumn("country")
            .AddColumn("listed").AddColumn(new TableColumn("events").RightAligned()).AddColumn(new TableColumn("quotes").RightAligned());
        foreach (LedgerActor actor in actors)
        {
            table.AddRow(Markup.Escape(actor.Id), Markup.Escape(actor.Name), Markup.Escape(actor.Kind), Markup.Escape(actor.Country ?? "-"),
                actor.Listed ? "yes" : "no", actor.EventCount.ToString(CultureInfo.InvariantCulture), actor.QuoteCount.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.WriteLine($"{actors.Count} actor(s)");
    }

    private static string Names(ExportSet set, IEnumerable<string> ids)
    {
        string names = string.Join(", ", ids.Select(id => set.Actors.TryGetValue(id, out LedgerActor? actor) ? actor.Name : id));
        return names.Length > 0 ? names : "-";
    }
}
