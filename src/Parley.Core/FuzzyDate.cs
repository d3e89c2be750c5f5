using System.Globalization;

namespace Parley.Core;

/// <summary>How much of a date a text supports.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day: 2026-02-04.</summary>
    Day,

    /// <summary>An ISO week: 2026-W05.</summary>
    Week,

    /// <summary>A month: 2026-04.</summary>
    Month,

    /// <summary>A year: 2026.</summary>
    Year,
}

/// <summary>
/// A date at the precision a text supports ("on Wednesday" → a day, "last week" → an ISO week,
/// "Trump's April trip" → a month). <see cref="Start"/> is the first day of the period. Printed as
/// ISO 8601: "2026-02-04", "2026-W05", "2026-04", "2026".
/// </summary>
public readonly record struct FuzzyDate(DateOnly Start, DatePrecision Precision)
{
    /// <summary>A single day.</summary>
    public static FuzzyDate OnDay(DateOnly day) => new(day, DatePrecision.Day);

    /// <summary>The ISO week that holds <paramref name="day"/>.</summary>
    public static FuzzyDate WeekOf(DateOnly day) => new(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), DatePrecision.Week);

    /// <summary>A month.</summary>
    public static FuzzyDate InMonth(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    /// <summary>A year.</summary>
    public static FuzzyDate InYear(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    /// <summary>The last day of the period.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Week => Start.AddDays(6),
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        _ => Start.AddYears(1).AddDays(-1),
    };

    /// <summary>Whether the two periods share a day: the test for "compatible at the precision each report gives".</summary>
    public bool IsCompatibleWith(FuzzyDate other) => Start <= other.End && other.Start <= End;

    /// <summary>The ISO 8601 form.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Week => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):D2}"),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>The lower-case name of the precision, as the contract's <c>date_precision</c> prints it.</summary>
    public string PrecisionName => Precision.ToString().ToLowerInvariant();

    /// <inheritdoc/>
    public override string ToString() => ToIso();
}
