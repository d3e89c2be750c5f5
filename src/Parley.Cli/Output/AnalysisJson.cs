using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Annotate;
using Parley.Annotate.Actors;
using System.Collections.Immutable;
using Parley.Core;
using Parley.Events;
using Parley.Quotes;

namespace Parley.Cli.Output;

/// <summary>
/// Writes one analysed document in the <c>parley analyze</c> contract (DESIGN.md §2): fixed field
/// names in a fixed order, unknown values as <c>null</c>. Written by hand rather than serialised so
/// the order and the nulls cannot drift with a refactor of the records.
/// </summary>
public static class AnalysisJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The document as one JSON object; <paramref name="indented"/> for a single document, compact for JSON Lines.</summary>
    public static string Write(string source, AnnotatedArticle annotated, ImmutableArray<EventRecord> events, IReadOnlyList<QuoteRecord> quotes, bool indented, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(annotated);
        Article article = annotated.Article;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            json.WriteStartObject();
            json.WriteString("source", source);
            WriteArticle(json, article);
            WriteActors(json, annotated);
            WriteEvents(json, annotated, events, explain);
            WriteQuotes(json, annotated.Text, quotes);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteArticle(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject("article");
        json.WriteString("id", article.Id);
        WriteNullable(json, "headline", article.Headline);
        WriteNullable(json, "standfirst", article.Standfirst);
        WriteNullable(json, "byline", article.Byline);
        WriteNullable(json, "outlet", article.Outlet);
        WriteNullable(json, "published", article.Published?.ToIso());
        WriteNullable(json, "updated", article.Updated?.ToIso());
        json.WriteString("language", article.Language);
        WriteNullable(json, "url", article.Url);
        json.WriteString("text", article.Text);
        json.WriteStartArray("media");
        foreach (MediaItem media in article.Media)
        {
            json.WriteStartObject();
            WriteNullable(json, "caption", media.Caption);
            WriteNullable(json, "credit", media.Credit);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("removed");
        foreach (RemovedPiece piece in article.Removed)
        {
            json.WriteStartObject();
            json.WriteString("text", piece.Text);
            json.WriteString("reason", piece.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEvents(Utf8JsonWriter json, AnnotatedArticle annotated, ImmutableArray<EventRecord> events, bool explain)
    {
        json.WriteStartArray("events");
        foreach (EventRecord record in events)
        {
            json.WriteStartObject();
            json.WriteString("id", record.Id);
            json.WriteString("type", record.Type);
            WriteNullable(json, "mode", record.Mode);
            WriteNullable(json, "medium", record.Medium);
            json.WriteString("cameo", record.Cameo);
            WriteStrings(json, "actors", record.Actors);
            WriteStrings(json, "recipients", record.Recipients);
            WriteNullable(json, "date", record.Date?.ToIso());
            WriteNullable(json, "date_precision", record.Date?.PrecisionName);
            WriteNullable(json, "duration", record.Duration?.ToIso());
            WriteStrings(json, "topics", record.Topics);
            WriteStrings(json, "contexts", []);
            json.WriteString("status", record.Status);
            json.WriteNumber("confidence", record.Confidence);
            WriteNullable(json, "source", record.Source);
            WriteSpan(json, "evidence", record.Evidence, annotated.Text);
            if (explain)
            {
                json.WriteStartArray("explain");
                foreach (EventMention mention in record.Mentions)
                {
                    json.WriteStartObject();
                    json.WriteString("rule", mention.TriggerRow);
                    json.WriteString("fired_on", mention.Trigger.Of(annotated.Text));
                    WriteSpan(json, "sentence", mention.Sentence, annotated.Text);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter json, string name, TextSpan span, string text)
    {
        json.WriteStartObject(name);
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteString("text", span.Of(text));
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteActors(Utf8JsonWriter json, AnnotatedArticle annotated)
    {
        json.WriteStartArray("actors");
        foreach (ArticleActor actor in annotated.Actors.Where(actor => actor.IsListed))
        {
            json.WriteStartObject();
            json.WriteString("id", actor.Id);
            json.WriteString("name", actor.Name);
            json.WriteString("kind", actor.Kind);
            WriteNullable(json, "country", actor.Country);
            json.WriteStartArray("roles");
            foreach (string role in actor.Roles)
            {
                json.WriteStringValue(role);
            }

            json.WriteEndArray();
            WriteNullable(json, "description", actor.Description);
            WriteNullable(json, "sector", actor.Sector);
            json.WriteStartArray("mentions");
            foreach (ActorMention mention in actor.Mentions.Where(mention => mention.Form != MentionForm.Place))
            {
                json.WriteStartObject();
                json.WriteNumber("start", mention.Span.Start);
                json.WriteNumber("end", mention.Span.End);
                json.WriteString("text", mention.Span.Of(annotated.Text));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter json, string text, IReadOnlyList<QuoteRecord> quotes)
    {
        json.WriteStartArray("quotes");
        foreach (QuoteRecord quote in quotes)
        {
            json.WriteStartObject();
            json.WriteString("id", quote.Id);
            json.WriteString("speaker", quote.Speaker.ActorId);
            json.WriteString("speaker_name", quote.Speaker.Name);
            WriteNullable(json, "speaker_description", quote.Speaker.Description);
            json.WriteString("text", quote.TextIn(text));
            json.WriteString("kind", quote.KindName);
            WriteNullable(json, "cue", quote.Cue?.Of(text));
            json.WriteStartObject("evidence");
            json.WriteNumber("start", quote.Evidence.Start);
            json.WriteNumber("end", quote.Evidence.End);
            json.WriteString("text", quote.Evidence.Of(text));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
