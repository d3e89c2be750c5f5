using System.Text.Encodings.Web;
using System.Text.Json;

namespace Parley.Ledger.Exports;

/// <summary>
/// Writes events as PLOVER JSON in the shape POLECAT publishes (one object per event and line, its column names in
/// snake case: event_id, event_date, event_type, event_mode, contexts, actor_name, actor_country, ..., recipient_*,
/// source, publication_date, language, version), with Parley's own fields added after them (cameo, status, medium,
/// confidence, origin, date_precision). docs/ledger.md lists the mapping.
/// </summary>
public static class PloverExport
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes every event of <paramref name="set"/>; <paramref name="version"/> names the Parley version that coded it.</summary>
    public static void Write(ExportSet set, TextWriter output, string version)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(output);
        foreach (LedgerEvent item in set.Events)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                WriteEvent(json, set, item, version);
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    private static void WriteEvent(Utf8JsonWriter json, ExportSet set, LedgerEvent item, string version)
    {
        LedgerMention? first = set.Mentions[item.Id].FirstOrDefault();
        json.WriteStartObject();
        json.WriteString("event_id", item.Id);
        json.WriteString("event_date", item.Date?.ToIso());
        json.WriteString("event_type", item.Type);
        json.WriteString("event_mode", item.Mode);
        json.WriteString("event_text", first?.Evidence);
        json.WriteStartArray("contexts");
        foreach (string topic in item.Topics)
        {
            json.WriteStringValue(topic);
        }

        json.WriteEndArray();
        Side(json, set, "actor", item.Actors);
        Side(json, set, "recipient", item.Recipients);
        json.WriteString("source", first?.ReportedBy);
        json.WriteString("story_id", first?.ArticleId ?? first?.SourceRef);
        json.WriteNull("publication_date");
        json.WriteString("language", "en");
        json.WriteString("version", "parley " + version);
        json.WriteString("cameo", item.Cameo);
        json.WriteString("status", item.Status);
        json.WriteString("medium", item.Medium);
        json.WriteString("date_precision", item.Date?.PrecisionName);
        json.WriteNumber("confidence", item.Confidence);
        json.WriteString("origin", item.Origin);
        json.WriteString("origin_id", item.OriginId);
        json.WriteNumber("mention_count", item.MentionCount);
        json.WriteEndObject();
    }

    // POLECAT has one actor and one recipient per record; the first is written in its fields, all ids in *_ids.
    private static void Side(Utf8JsonWriter json, ExportSet set, string side, IReadOnlyList<string> ids)
    {
        LedgerActor? actor = ids.Count > 0 ? set.ActorOf(ids[0]) : null;
        json.WriteString(side + "_name", actor?.Name);
        json.WriteString(side + "_country", actor?.Country ?? (actor?.Kind == "country" ? actor.Id : null));
        json.WriteString(side + "_sector", actor?.Kind);
        json.WriteString(side + "_id", actor?.Id);
        json.WriteStartArray(side + "_ids");
        foreach (string id in ids)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
    }
}
