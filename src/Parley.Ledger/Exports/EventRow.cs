using System.Text.Json.Serialization;
using CsvHelper.Configuration.Attributes;

namespace Parley.Ledger.Exports;

/// <summary>
/// One event as a flat row, for CSV and Parquet: lists are joined with <c>|</c>, the date is given as printed
/// (at its precision) and as its first and last day. Column names are those of docs/ledger.md.
/// </summary>
public sealed class EventRow
{
    /// <summary>The ledger's event id.</summary>
    [Name("event_id"), JsonPropertyName("event_id")] public string EventId { get; set; } = "";

    /// <summary>PLOVER type or STATEMENT.</summary>
    [Name("type"), JsonPropertyName("type")] public string Type { get; set; } = "";

    /// <summary>PLOVER mode; null when none.</summary>
    [Name("mode"), JsonPropertyName("mode")] public string? Mode { get; set; }

    /// <summary>Medium; null when unknown.</summary>
    [Name("medium"), JsonPropertyName("medium")] public string? Medium { get; set; }

    /// <summary>CAMEO code.</summary>
    [Name("cameo"), JsonPropertyName("cameo")] public string Cameo { get; set; } = "";

    /// <summary>occurred, planned, negated, hypothetical.</summary>
    [Name("status"), JsonPropertyName("status")] public string Status { get; set; } = "";

    /// <summary>ISO 8601 at the date's precision ("2026-02-04", "2026-04"); null when undated.</summary>
    [Name("date"), JsonPropertyName("date")] public string? Date { get; set; }

    /// <summary>day, week, month, year; null when undated.</summary>
    [Name("date_precision"), JsonPropertyName("date_precision")] public string? DatePrecision { get; set; }

    /// <summary>First day of the date's period.</summary>
    [Name("date_start"), JsonPropertyName("date_start")] public DateOnly? DateStart { get; set; }

    /// <summary>Last day of the date's period.</summary>
    [Name("date_end"), JsonPropertyName("date_end")] public DateOnly? DateEnd { get; set; }

    /// <summary>ISO 8601 duration; null when not said.</summary>
    [Name("duration"), JsonPropertyName("duration")] public string? Duration { get; set; }

    /// <summary>Actor ids joined with |.</summary>
    [Name("actors"), JsonPropertyName("actors")] public string Actors { get; set; } = "";

    /// <summary>Recipient ids joined with |.</summary>
    [Name("recipients"), JsonPropertyName("recipients")] public string Recipients { get; set; } = "";

    /// <summary>Topics joined with |.</summary>
    [Name("topics"), JsonPropertyName("topics")] public string Topics { get; set; } = "";

    /// <summary>0..1.</summary>
    [Name("confidence"), JsonPropertyName("confidence")] public double Confidence { get; set; }

    /// <summary>parley, icews, gdelt.</summary>
    [Name("origin"), JsonPropertyName("origin")] public string Origin { get; set; } = "";

    /// <summary>The record's id in its origin dataset; null for Parley's own events.</summary>
    [Name("origin_id"), JsonPropertyName("origin_id")] public string? OriginId { get; set; }

    /// <summary>How many article sentences or records report the event.</summary>
    [Name("mention_count"), JsonPropertyName("mention_count")] public int MentionCount { get; set; }

    /// <summary>Whether the event is rare for its participants.</summary>
    [Name("rare"), JsonPropertyName("rare")] public bool Rare { get; set; }

    /// <summary>The row of a ledger event.</summary>
    public static EventRow Of(LedgerEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new EventRow
        {
            EventId = item.Id, Type = item.Type, Mode = item.Mode, Medium = item.Medium, Cameo = item.Cameo, Status = item.Status,
            Date = item.Date?.ToIso(), DatePrecision = item.Date?.PrecisionName, DateStart = item.Date?.Start, DateEnd = item.Date?.End,
            Duration = item.Duration?.ToString(), Actors = string.Join('|', item.Actors), Recipients = string.Join('|', item.Recipients),
            Topics = string.Join('|', item.Topics), Confidence = item.Confidence, Origin = item.Origin, OriginId = item.OriginId,
            MentionCount = item.MentionCount, Rare = item.Rare,
        };
    }
}
