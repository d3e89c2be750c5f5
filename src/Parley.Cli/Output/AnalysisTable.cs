using System.Globalization;
using Parley.Core;
using Spectre.Console;

namespace Parley.Cli.Output;

/// <summary>A readable summary of analysed documents, one row each, for a person at a terminal.</summary>
public static class AnalysisTable
{
    /// <summary>Renders the accepted articles as a table.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<(string Source, Article Article, int Actors, int Events, int Quotes)> articles)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(articles);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("source").AddColumn("headline").AddColumn("byline").AddColumn("published")
            .AddColumn(new TableColumn("paras").RightAligned()).AddColumn(new TableColumn("words").RightAligned())
            .AddColumn(new TableColumn("media").RightAligned()).AddColumn(new TableColumn("removed").RightAligned())
            .AddColumn(new TableColumn("actors").RightAligned()).AddColumn(new TableColumn("events").RightAligned())
            .AddColumn(new TableColumn("quotes").RightAligned());
        foreach ((string source, Article article, int actors, int events, int quotes) in articles)
        {
            table.AddRow(
                Markup.Escape(Path.GetFileName(source)),
                Markup.Escape(Shorten(article.Headline ?? "-", 60)),
                Markup.Escape(article.Byline ?? "-"),
                Markup.Escape(article.Published?.ToIso() ?? "-"),
                article.Paragraphs.Count().ToString(CultureInfo.InvariantCulture),
                article.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length.ToString(CultureInfo.InvariantCulture),
                article.Media.Length.ToString(CultureInfo.InvariantCulture),
                article.Removed.Length.ToString(CultureInfo.InvariantCulture),
                actors.ToString(CultureInfo.InvariantCulture),
                events.ToString(CultureInfo.InvariantCulture),
                quotes.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
