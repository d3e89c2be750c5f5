using System.Collections.Immutable;
using System.Text.Json;

namespace Parley.Evaluation.Gold;

/// <summary>One hand-annotated quote of a gold article: speaker as named in the text, the descriptor, the words and the kind.</summary>
public sealed record GoldQuote(string Speaker, string? SpeakerDescription, string Text, string Kind);

/// <summary>
/// One gold article: the full path of its source text (resolved against the gold file's folder), the
/// publication time the annotators assumed (null when none was stated) and its quotes.
/// </summary>
public sealed record GoldArticle(string Source, string SourcePath, string? Published, ImmutableArray<GoldQuote> Quotes);

/// <summary>
/// Reads gold annotations in the format of <c>../shared/seed/gold.json</c>: one JSON object, or JSON
/// Lines of such objects (<c>../shared/data/news/gold.jsonl</c>). Only the fields the quote scorer needs
/// are read (<c>source</c>, <c>published</c>, <c>quotes</c>); the rest are ignored.
/// </summary>
public static class GoldFile
{
    /// <summary>The articles of the gold file at <paramref name="path"/>; a malformed line fails with its line number.</summary>
    public static IReadOnlyList<GoldArticle> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text = File.ReadAllText(path);
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var articles = new List<GoldArticle>();
        if (TryParseWhole(text) is { } whole)
        {
            using (whole)
            {
                articles.Add(Read(whole.RootElement, folder, path, 1));
            }

            return articles;
        }

        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            try
            {
                using JsonDocument line = JsonDocument.Parse(lines[i]);
                articles.Add(Read(line.RootElement, folder, path, i + 1));
            }
            catch (JsonException invalid)
            {
                throw new InvalidDataException($"{path}:{i + 1}: not a JSON object ({invalid.Message})", invalid);
            }
        }

        return articles;
    }

    private static JsonDocument? TryParseWhole(string text)
    {
        try
        {
            JsonDocument document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            // Not one JSON value: JSON Lines, read line by line.
            return null;
        }
    }

    private static GoldArticle Read(JsonElement root, string folder, string path, int line)
    {
        if (!root.TryGetProperty("source", out JsonElement source) || source.ValueKind != JsonValueKind.String)
        {
            throw new InvalidDataException($"{path}:{line}: the gold object has no 'source' string");
        }

        string? published = root.TryGetProperty("published", out JsonElement time) && time.ValueKind == JsonValueKind.String ? time.GetString() : null;
        var quotes = ImmutableArray.CreateBuilder<GoldQuote>();
        if (root.TryGetProperty("quotes", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement quote in list.EnumerateArray())
            {
                quotes.Add(new GoldQuote(
                    String(quote, "speaker") ?? string.Empty,
                    String(quote, "speaker_description"),
                    String(quote, "text") ?? string.Empty,
                    String(quote, "kind") ?? "direct"));
            }
        }

        string relative = source.GetString()!;
        return new GoldArticle(relative, Path.GetFullPath(Path.Combine(folder, relative)), published, quotes.ToImmutable());
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
