using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration.Attributes;

namespace Parley.Ledger.Exports;

/// <summary>One mention as a CSV row (columns of docs/ledger.md's event_mentions).</summary>
public sealed class MentionRow
{
    /// <summary>The event reported.</summary>
    [Name("event_id")] public string EventId { get; set; } = "";

    /// <summary>The article, null for an imported record.</summary>
    [Name("article_id")] public string? ArticleId { get; set; }

    /// <summary>Evidence start in the article's clean text.</summary>
    [Name("span_start")] public int? SpanStart { get; set; }

    /// <summary>Evidence length.</summary>
    [Name("span_length")] public int? SpanLength { get; set; }

    /// <summary>The sentence or record that reports the event.</summary>
    [Name("evidence")] public string Evidence { get; set; } = "";

    /// <summary>The lexicon row that fired.</summary>
    [Name("trigger_row")] public string? TriggerRow { get; set; }

    /// <summary>0..1.</summary>
    [Name("confidence")] public double Confidence { get; set; }

    /// <summary>Outlet or dataset.</summary>
    [Name("reported_by")] public string? ReportedBy { get; set; }

    /// <summary>URL or record reference.</summary>
    [Name("source_ref")] public string? SourceRef { get; set; }
}

/// <summary>One quote as a CSV row (columns of docs/ledger.md's quotes).</summary>
public sealed class QuoteRow
{
    /// <summary>The quote id.</summary>
    [Name("quote_id")] public string QuoteId { get; set; } = "";

    /// <summary>The speaker's actor id.</summary>
    [Name("speaker_id")] public string SpeakerId { get; set; } = "";

    /// <summary>The speaker's name.</summary>
    [Name("speaker_name")] public string SpeakerName { get; set; } = "";

    /// <summary>How the article describes the speaker.</summary>
    [Name("speaker_description")] public string? SpeakerDescription { get; set; }

    /// <summary>direct, partial, indirect.</summary>
    [Name("kind")] public string Kind { get; set; } = "";

    /// <summary>The words.</summary>
    [Name("words")] public string Words { get; set; } = "";

    /// <summary>How many articles print it.</summary>
    [Name("source_count")] public int SourceCount { get; set; }
}

/// <summary>
/// Writes ledger tables as RFC 4180 CSV with a header row (CsvHelper's classic API): fields holding commas,
/// quotes or line breaks are quoted, so evidence sentences survive a round trip.
/// </summary>
public static class CsvExport
{
    /// <summary>One row per event.</summary>
    public static void WriteEvents(ExportSet set, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(set);
        Write(output, set.Events.Select(EventRow.Of));
    }

    /// <summary>One row per mention of the set's events.</summary>
    public static void WriteMentions(ExportSet set, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(set);
        Write(output, set.Events.SelectMany(item => set.Mentions[item.Id]).Select(mention => new MentionRow
        {
            EventId = mention.EventId, ArticleId = mention.ArticleId, SpanStart = mention.Span?.Start, SpanLength = mention.Span?.Length,
            Evidence = mention.Evidence, TriggerRow = mention.TriggerRow, Confidence = mention.Confidence, ReportedBy = mention.ReportedBy,
            SourceRef = mention.SourceRef,
        }));
    }

    /// <summary>One row per quote.</summary>
    public static void WriteQuotes(IEnumerable<LedgerQuote> quotes, TextWriter output) =>
        Write(output, quotes.Select(quote => new QuoteRow
        {
            QuoteId = quote.Id, SpeakerId = quote.SpeakerId, SpeakerName = quote.SpeakerName, SpeakerDescription = quote.SpeakerDescription,
            Kind = quote.Kind, Words = quote.Words, SourceCount = quote.SourceCount,
        }));

    /// <summary>Writes rows of any class with CsvHelper name attributes.</summary>
    public static void Write<T>(TextWriter output, IEnumerable<T> rows)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly?>().Formats = ["yyyy-MM-dd"];
        csv.WriteRecords(rows);
        csv.Flush();
    }
}

/// <summary>One ledger actor as a CSV row (columns of docs/ledger.md's actors, plus counts).</summary>
public sealed class ActorRow
{
    /// <summary>The actor id.</summary>
    [Name("actor_id")] public string ActorId { get; set; } = "";

    /// <summary>Display name.</summary>
    [Name("name")] public string Name { get; set; } = "";

    /// <summary>person, government, country, ...</summary>
    [Name("kind")] public string Kind { get; set; } = "";

    /// <summary>ISO3; null when none.</summary>
    [Name("country")] public string? Country { get; set; }

    /// <summary>Whether the knowledge base lists it.</summary>
    [Name("listed")] public bool Listed { get; set; }

    /// <summary>Events involving it.</summary>
    [Name("event_count")] public int EventCount { get; set; }

    /// <summary>Quotes it spoke.</summary>
    [Name("quote_count")] public int QuoteCount { get; set; }
}
