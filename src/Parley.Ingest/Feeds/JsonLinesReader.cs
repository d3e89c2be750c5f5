using System.Text.Json;
using Parley.Core;
using Parley.Ingest.Sources;

namespace Parley.Ingest.Feeds;

/// <summary>
/// Opens a JSON Lines file, one article per line: <c>{"text"|"html": ..., "url", "published",
/// "headline"|"title", "byline"|"author", "outlet"}</c>. A bad line is a rejection naming the file
/// and line; the other lines are still read.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>The records of <paramref name="content"/> as documents or rejections, in line order.</summary>
    public static IEnumerable<SourceItem> Read(string path, string content, SourceLimits limits, SourceHints defaults)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Read(path, Lines(content), limits, defaults);
    }

    /// <summary>
    /// The records of a file's <paramref name="lines"/> (its text split at each <c>\n</c>, as <c>Split('\n')</c> gives them)
    /// as documents or rejections, in line order; the lines are taken one at a time.
    /// </summary>
    public static IEnumerable<SourceItem> Read(string path, IEnumerable<string> lines, SourceLimits limits, SourceHints defaults)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(defaults);
        return ReadLines(path, lines, limits, defaults);
    }

    private static IEnumerable<SourceItem> ReadLines(string path, IEnumerable<string> lines, SourceLimits limits, SourceHints defaults)
    {
        int lineNumber = 0;
        foreach (string line in lines)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string source = $"{path}#{lineNumber}";
            if (line.Length > limits.MaxItemChars)
            {
                yield return SourceItem.Rejected(source, RejectionCodes.TooLarge,
                    $"line {lineNumber} holds {line.Length:N0} characters; the limit is {limits.MaxItemChars:N0}");
                continue;
            }

            yield return ReadRecord(source, lineNumber, line, defaults);
        }
    }

    // The lines of content as content.Split('\n') gives them, one at a time: a file of 1,000 articles was otherwise held
    // twice over, as its text and as all its lines at once.
    private static IEnumerable<string> Lines(string content)
    {
        int start = 0;
        while (true)
        {
            int end = content.IndexOf('\n', start);
            if (end < 0)
            {
                yield return content[start..];
                yield break;
            }

            yield return content[start..end];
            start = end + 1;
        }
    }

    private static SourceItem ReadRecord(string source, int lineNumber, string line, SourceHints defaults)
    {
        try
        {
            using JsonDocument json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SourceItem.Rejected(source, RejectionCodes.BadJsonLine, $"line {lineNumber} is not a JSON object");
            }

            string? html = StringOf(root, "html");
            string? text = StringOf(root, "text");
            if (html is null && text is null)
            {
                return SourceItem.Rejected(source, RejectionCodes.BadJsonLine,
                    $"line {lineNumber} has neither a \"text\" nor an \"html\" string");
            }

            NewsTime? published = defaults.Published;
            string? publishedText = StringOf(root, "published");
            if (published is null && publishedText is not null)
            {
                if (!NewsTime.TryParseIso(publishedText, out NewsTime parsed))
                {
                    return SourceItem.Rejected(source, RejectionCodes.BadJsonLine,
                        $"line {lineNumber}: \"published\" is '{publishedText}', expected an ISO 8601 date or time");
                }

                published = parsed;
            }

            var hints = new SourceHints(
                Url: StringOf(root, "url") ?? defaults.Url,
                Published: published,
                Headline: StringOf(root, "headline") ?? StringOf(root, "title"),
                Byline: StringOf(root, "byline") ?? StringOf(root, "author"),
                Outlet: StringOf(root, "outlet") ?? defaults.Outlet);
            return html is not null
                ? SourceItem.Of(new SourceDocument(source, ContentKind.Html, html, hints))
                : SourceItem.Of(new SourceDocument(source, ContentKind.PlainText, text!, hints));
        }
        catch (JsonException error)
        {
            return SourceItem.Rejected(source, RejectionCodes.BadJsonLine, $"line {lineNumber} is not valid JSON: {error.Message}");
        }
    }

    private static string? StringOf(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
