using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Ledger.Store;

/// <summary>
/// An event row as the merge sees it: the stored details (or a new one's), changed in memory as
/// reports join it, then written back. <see cref="ReportedOn"/> is the publication date of the first
/// report, the only date an undated event has.
/// </summary>
internal sealed class MergedEvent
{
    public required string Id { get; init; }

    public required string MergeKey { get; init; }

    public required string Type { get; init; }

    public string? Mode { get; init; }

    public string? Medium { get; set; }

    public required string Cameo { get; init; }

    public required string Status { get; init; }

    public required ImmutableArray<string> Actors { get; set; }

    public required ImmutableArray<string> Recipients { get; set; }

    public FuzzyDate? Date { get; set; }

    public IsoDuration? Duration { get; set; }

    public ImmutableArray<string> Topics { get; set; } = [];

    public double Confidence { get; set; }

    public int MentionCount { get; set; }

    public DateOnly? ReportedOn { get; init; }

    public string Origin { get; set; } = "parley";

    public string? OriginId { get; set; }

    public bool Rare { get; set; }

    /// <summary>True for a row already stored before this batch (written back with UPDATE).</summary>
    public bool Stored { get; set; }

    /// <summary>True once a report joined a stored row.</summary>
    public bool Changed { get; set; }

    /// <summary>True once a report joined a stored row and changed more than its mention count.</summary>
    public bool DetailsChanged { get; set; }
}

/// <summary>The merge rule of docs/ledger.md: which report joins which event, and what the merged event keeps.</summary>
internal static partial class EventMerge
{
    /// <summary>How far apart (in days) the publication dates of two reports of an undated event may be.</summary>
    public const int UndatedWindowDays = 2;

    /// <summary>
    /// Whether a report (same merge key) dated <paramref name="date"/> in an article published on
    /// <paramref name="published"/> joins <paramref name="stored"/>. Dated reports join a dated event whose
    /// period shares a day with theirs; undated reports join only an undated event first reported within
    /// two days of their article; a dated and an undated report never join.
    /// </summary>
    public static bool Joins(MergedEvent stored, FuzzyDate? date, DateOnly? published) =>
        Joins(stored.Date, stored.ReportedOn, date, published);

    /// <summary>The same rule on a stored event's date and first report date alone (what the run index keeps).</summary>
    public static bool Joins(FuzzyDate? storedDate, DateOnly? firstReported, FuzzyDate? date, DateOnly? published)
    {
        if (date is { } reported)
        {
            return storedDate is { } known && known.IsCompatibleWith(reported);
        }

        return storedDate is null && firstReported is { } first && published is { } day
            && Math.Abs(day.DayNumber - first.DayNumber) <= UndatedWindowDays;
    }

    /// <summary>
    /// The year a stored event is filed under by the run index: the year its date starts in, or for an undated event
    /// the year of its first report (0 for one with neither, which no report can join).
    /// </summary>
    public static int YearFiled(FuzzyDate? date, DateOnly? firstReported) => date?.Start.Year ?? firstReported?.Year ?? 0;

    /// <summary>
    /// The years (first, last) that a stored event this report can join is filed under (<see cref="YearFiled"/>); an
    /// empty range (first above last) when it can join none. A dated event it joins shares a day with its period, and
    /// only a week runs into the next year (by six days at most), so it starts between the year before the report's
    /// period starts and the year it ends; an undated one was first reported within the undated window of its article.
    /// </summary>
    public static (int First, int Last) YearsJoined(FuzzyDate? date, DateOnly? published)
    {
        if (date is { } reported)
        {
            return (reported.Start.Year - 1, reported.End.Year);
        }

        if (published is { } day)
        {
            return (DateOnly.FromDayNumber(Math.Max(0, day.DayNumber - UndatedWindowDays)).Year,
                DateOnly.FromDayNumber(Math.Min(DateOnly.MaxValue.DayNumber, day.DayNumber + UndatedWindowDays)).Year);
        }

        return (1, 0);
    }

    /// <summary>Keeps the best-known details of both: the most precise date, a duration, all topics, the highest confidence, a medium.</summary>
    public static void Absorb(MergedEvent stored, FuzzyDate? date, IsoDuration? duration, string? medium, IEnumerable<string> topics, double confidence, int mentions)
    {
        bool details = false;
        if (date is { } reported && (stored.Date is not { } known || reported.Precision < known.Precision))
        {
            stored.Date = reported;
            details = true;
        }

        if (stored.Duration is null && duration is not null)
        {
            stored.Duration = duration;
            details = true;
        }

        if (stored.Medium is null && medium is not null)
        {
            stored.Medium = SharedStrings.Share(medium);
            details = true;
        }

        ImmutableArray<string> had = stored.Topics;
        if (topics.Any(topic => !had.Contains(topic, StringComparer.Ordinal)))
        {
            stored.Topics = [.. had.Union(topics.Select(SharedStrings.Share), StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            details = true;
        }

        if (confidence > stored.Confidence)
        {
            stored.Confidence = confidence;
            details = true;
        }

        stored.MentionCount += mentions;
        stored.Changed = stored.Stored;
        stored.DetailsChanged |= stored.Stored && details;
    }

    /// <summary>Parses an ISO 8601 duration as <see cref="IsoDuration.ToIso"/> prints it (P1Y2M3W4DT5H6M).</summary>
    public static IsoDuration? ParseDuration(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }

        System.Text.RegularExpressions.Match match = DurationPattern().Match(iso);
        if (!match.Success)
        {
            return null;
        }

        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new IsoDuration(Part(1), Part(2), Part(3), Part(4), Part(5), Part(6));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$")]
    private static partial System.Text.RegularExpressions.Regex DurationPattern();
}
