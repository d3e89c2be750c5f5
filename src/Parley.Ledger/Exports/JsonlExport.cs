using System.Text.Encodings.Web;
using System.Text.Json;

namespace Parley.Ledger.Exports;

/// <summary>Writes one JSON object per event and line, with the event's mentions and their evidence (field names of docs/ledger.md).</summary>
public static class JsonlExport
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes every event of <paramref name="set"/> to <paramref name="output"/>.</summary>
    public static void Write(ExportSet set, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(output);
        foreach (LedgerEvent item in set.Events)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                WriteEvent(json, item, set.Mentions[item.Id]);
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    /// <summary>Writes the events of <paramref name="set"/> as one JSON array (for <c>--format json</c> of queries).</summary>
    public static void WriteArray(ExportSet set, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true }))
        {
            json.WriteStartArray();
            foreach (LedgerEvent item in set.Events)
            {
                WriteEvent(json, item, set.Mentions[item.Id]);
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteEvent(Utf8JsonWriter json, LedgerEvent item, IEnumerable<LedgerMention> mentions)
    {
        json.WriteStartObject();
        json.WriteString("event_id", item.Id);
        json.WriteString("type", item.Type);
        json.WriteString("mode", item.Mode);
        json.WriteString("medium", item.Medium);
        json.WriteString("cameo", item.Cameo);
        Strings(json, "actors", item.Actors);
        Strings(json, "recipients", item.Recipients);
        json.WriteString("date", item.Date?.ToIso());
        json.WriteString("date_precision", item.Date?.PrecisionName);
        json.WriteString("duration", item.Duration?.ToIso());
        Strings(json, "topics", item.Topics);
        json.WriteString("status", item.Status);
        json.WriteNumber("confidence", item.Confidence);
        json.WriteString("origin", item.Origin);
        json.WriteString("origin_id", item.OriginId);
        json.WriteNumber("mention_count", item.MentionCount);
        json.WriteBoolean("rare", item.Rare);
        json.WriteStartArray("mentions");
        foreach (LedgerMention mention in mentions)
        {
            json.WriteStartObject();
            json.WriteString("article_id", mention.ArticleId);
            if (mention.Span is { } span)
            {
                json.WriteNumber("span_start", span.Start);
                json.WriteNumber("span_length", span.Length);
            }
            else
            {
                json.WriteNull("span_start");
                json.WriteNull("span_length");
            }

            json.WriteString("evidence", mention.Evidence);
            json.WriteString("trigger_row", mention.TriggerRow);
            json.WriteNumber("confidence", mention.Confidence);
            json.WriteString("reported_by", mention.ReportedBy);
            json.WriteString("source_ref", mention.SourceRef);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
