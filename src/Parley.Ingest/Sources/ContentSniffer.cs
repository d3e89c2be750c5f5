namespace Parley.Ingest.Sources;

/// <summary>What a decoded file turned out to be.</summary>
public enum SniffedKind
{
    /// <summary>Plain text, possibly with stray markup lines a scraper left in.</summary>
    PlainText,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>An RSS 2.0, RSS 1.0 (RDF) or Atom feed.</summary>
    Feed,

    /// <summary>One JSON object per line.</summary>
    JsonLines,
}

/// <summary>
/// Decides what a file holds from its name and its first characters. Scraped text often carries a
/// stray <c>&lt;div&gt;</c> line, so markup inside text does not make a page: a page starts with markup.
/// </summary>
public static class ContentSniffer
{
    /// <summary>The kind of <paramref name="text"/>, read from file <paramref name="name"/> (without .gz).</summary>
    public static SniffedKind Sniff(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        if (IsJsonLinesName(name))
        {
            return SniffedKind.JsonLines;
        }

        string extension = Path.GetExtension(name).ToLowerInvariant();

        ReadOnlySpan<char> head = text.AsSpan().TrimStart();
        head = head[..Math.Min(head.Length, 2048)];
        if (extension is ".rss" or ".atom" || LooksLikeFeed(head))
        {
            return SniffedKind.Feed;
        }

        if (extension is ".html" or ".htm" or ".xhtml"
            || head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && head.Contains("<body", StringComparison.OrdinalIgnoreCase)))
        {
            return SniffedKind.Html;
        }

        if (head.StartsWith("{", StringComparison.Ordinal) && extension is not ".txt")
        {
            return SniffedKind.JsonLines;
        }

        return SniffedKind.PlainText;
    }

    /// <summary>Whether the file's name (without .gz) says JSON Lines: <c>.jsonl</c> or <c>.ndjson</c>.</summary>
    public static bool IsJsonLinesName(string name) =>
        Path.GetExtension(name).ToLowerInvariant() is ".jsonl" or ".ndjson";

    private static bool LooksLikeFeed(ReadOnlySpan<char> head)
    {
        // The root element decides: an XML declaration, comments or a stylesheet may come first.
        if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<!--", StringComparison.Ordinal))
        {
            return !head.Contains("<html", StringComparison.OrdinalIgnoreCase)
                && (head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
                    || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
                    || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase));
        }

        return head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }
}
