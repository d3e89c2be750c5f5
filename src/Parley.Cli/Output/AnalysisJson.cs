using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Annotate;
using Parley.Annotate.Actors;
using Parley.Core;
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
    public static string Write(string source, AnnotatedArticle annotated, bool indented) => Write(source, annotated, [], indented);

    /// <summary>The document and its <paramref name="quotes"/> as one JSON object; <paramref name="indented"/> for a single document, compact for JSON Lines.</summary>
    public static string Write(string source, AnnotatedArticle annotated, IReadOnlyList<QuoteRecord> quotes, bool indented)
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
            // Filled by the event stage.
            json.WriteStartArray("events");
            json.WriteEndArray();
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
