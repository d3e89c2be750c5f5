using System.Collections.Immutable;
using System.Text.Json;
using Parley.Core;

namespace Parley.Evaluation.Events;

/// <summary>One gold event as the gold files write it: names, not ids, and the evidence sentence.</summary>
public sealed record GoldEvent(string Type, string? Mode, string? Medium, string? Cameo, ImmutableArray<string> Actors,
    ImmutableArray<string> Recipients, string? Date, string? Status, string? Evidence);

/// <summary>
/// A gold record: the source text it annotates (a path resolved against the gold file's folder), its date, its events,
/// and the country (ISO 3166 alpha-3) the gold gives each actor name, where it gives one.
/// </summary>
public sealed record GoldArticle(string Source, string SourcePath, NewsTime? Published, ImmutableArray<GoldEvent> Events,
    ImmutableDictionary<string, string> ActorCountries)
{
    /// <summary>Reads a gold file in the seed's format (one JSON object) or JSON Lines of them.</summary>
    public static IReadOnlyList<GoldArticle> Load(string goldFile)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(goldFile))!;
        string text = File.ReadAllText(goldFile);
        IEnumerable<string> records = text.TrimStart().StartsWith('{') && !goldFile.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
            ? [text]
            : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. records.Select(record => Parse(record, folder))];
    }

    private static GoldArticle Parse(string json, string folder)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        string source = root.GetProperty("source").GetString()!;
        NewsTime? published = root.TryGetProperty("published", out JsonElement value) && value.ValueKind == JsonValueKind.String
            && NewsTime.TryParseIso(value.GetString(), out NewsTime time) ? time : null;
        ImmutableArray<GoldEvent> events = root.TryGetProperty("events", out JsonElement list)
            ? [.. list.EnumerateArray().Select(ReadEvent)]
            : [];
        ImmutableDictionary<string, string> countries = root.TryGetProperty("actors", out JsonElement actors) && actors.ValueKind == JsonValueKind.Array
            ? actors.EnumerateArray()
                .Where(actor => actor.ValueKind == JsonValueKind.Object && Text(actor, "name") is not null && Text(actor, "country") is not null)
                .GroupBy(actor => Text(actor, "name")!, StringComparer.Ordinal)
                .ToImmutableDictionary(group => group.Key, group => Text(group.First(), "country")!, StringComparer.Ordinal)
            : ImmutableDictionary<string, string>.Empty;
        return new GoldArticle(source, Path.Combine(folder, source), published, events, countries);
    }

    private static GoldEvent ReadEvent(JsonElement e) => new(
        e.GetProperty("type").GetString()!, Text(e, "mode"), Text(e, "medium"), Text(e, "cameo"), Names(e, "actors"), Names(e, "recipients"),
        Text(e, "date"), Text(e, "status"), Text(e, "evidence"));

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<string> Names(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)]
            : [];
}
