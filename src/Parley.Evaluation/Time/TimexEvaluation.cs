using System.Globalization;
using System.Text.Json;
using Parley.Annotate.Sentences;
using Parley.Annotate.Time;
using Parley.Core;

namespace Parley.Evaluation.Time;

/// <summary>Scores for one kind of time expression: how many gold results were found (span overlap) and resolved (same value).</summary>
public sealed record TimexKindScore(string Kind, int Gold, int Found, int Resolved);

/// <summary>The timex evaluation: per-kind recall of spans and values, and the precision of Parley's mentions.</summary>
public sealed record TimexReport(int Cases, IReadOnlyList<TimexKindScore> Kinds, int Predicted, int PredictedOverlappingGold);

/// <summary>
/// Scores Parley's time expressions against the Recognizers-Text English DateTimeModel spec
/// (../shared/data/timex): each case's input is read with its own reference date as the
/// publication date. Dates, date ranges and durations are scored: a gold result is found when a
/// Parley mention overlaps its span, and resolved when the value agrees (a day: one of the gold's
/// candidate values, which hold both past and future readings; a range: its start; a duration: its
/// length in seconds, with the spec's units). Precision counts Parley's mentions that overlap any
/// gold result of any type. Times of day and sets are outside Parley's scope and not scored.
/// </summary>
public static class TimexEvaluation
{
    private static readonly string[] Scored = ["datetimeV2.date", "datetimeV2.daterange", "datetimeV2.duration"];

    /// <summary>Reads the spec file and scores every case.</summary>
    public static TimexReport Run(string specFile)
    {
        using JsonDocument spec = JsonDocument.Parse(File.ReadAllText(specFile));
        var splitter = new SentenceSplitter();
        var counts = Scored.ToDictionary(kind => kind, _ => (Gold: 0, Found: 0, Resolved: 0), StringComparer.Ordinal);
        int cases = 0, predicted = 0, overlapping = 0;
        foreach (JsonElement item in spec.RootElement.EnumerateArray())
        {
            if (!item.TryGetProperty("Context", out JsonElement context) || !context.TryGetProperty("ReferenceDateTime", out JsonElement reference)
                || !item.TryGetProperty("Results", out JsonElement results))
            {
                continue;
            }

            cases++;
            string input = item.GetProperty("Input").GetString()!;
            var anchor = DateOnly.FromDateTime(DateTime.Parse(reference.GetString()!, CultureInfo.InvariantCulture));
            (var tokens, List<Sentence> sentences) = splitter.Split(input);
            List<TimeMention> mentions = [.. sentences.SelectMany(sentence => TimeExpressionRecognizer.Recognize(input, tokens, sentence, anchor))];
            var gold = results.EnumerateArray().Where(r => r.TryGetProperty("Start", out _)).Select(r => (
                Kind: r.TryGetProperty("TypeName", out JsonElement t) ? t.GetString() ?? "" : "",
                Span: TextSpan.FromBounds(r.GetProperty("Start").GetInt32(), r.GetProperty("End").GetInt32() + 1),
                Result: r)).ToList();
            predicted += mentions.Count;
            overlapping += mentions.Count(mention => gold.Any(g => g.Span.Overlaps(mention.Span)));
            foreach ((string kind, TextSpan span, JsonElement result) in gold.Where(g => counts.ContainsKey(g.Kind)))
            {
                TimeMention? mention = mentions.FirstOrDefault(m => m.Span.Overlaps(span));
                (int g, int f, int r) = counts[kind];
                counts[kind] = (g + 1, f + (mention is null ? 0 : 1), r + (mention is not null && Agrees(kind, mention, result) ? 1 : 0));
            }
        }

        return new TimexReport(cases, [.. counts.Select(entry => new TimexKindScore(entry.Key, entry.Value.Gold, entry.Value.Found, entry.Value.Resolved))],
            predicted, overlapping);
    }

    private static bool Agrees(string kind, TimeMention mention, JsonElement result)
    {
        IEnumerable<JsonElement> values = result.TryGetProperty("Resolution", out JsonElement resolution) && resolution.TryGetProperty("values", out JsonElement list)
            ? list.EnumerateArray() : [];
        return kind switch
        {
            "datetimeV2.duration" => mention.Duration is { } duration
                && values.Any(v => v.TryGetProperty("value", out JsonElement seconds) && double.TryParse(seconds.GetString(), CultureInfo.InvariantCulture, out double s)
                    && Math.Abs(s - Seconds(duration)) < 1),
            "datetimeV2.date" => mention.Date is { } day
                && values.Any(v => v.TryGetProperty("value", out JsonElement value) && value.GetString() == day.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => mention.Date is { } range
                && values.Any(v => v.TryGetProperty("start", out JsonElement start) && start.GetString() == range.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        };
    }

    // The spec's units: a year is 365 days, a month 30.
    private static double Seconds(IsoDuration d) =>
        (((((d.Years * 365.0) + (d.Months * 30.0) + (d.Weeks * 7.0) + d.Days) * 24) + d.Hours) * 60 + d.Minutes) * 60;
}
