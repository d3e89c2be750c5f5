using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Core;

namespace Parley.Ingest.Time;

/// <summary>
/// Reads the date and time phrases news pages print ("06 February 2026, 15:28 IST", "March 3, 2026
/// 4:05 PM ET", "Fri 6 Feb 2026 09.30 GMT", "2026-02-06T15:28+05:30", "Feb 4" with a year from context)
/// into a <see cref="NewsTime"/>. The whole phrase must be a time: any word that is not a month,
/// weekday, zone or a connective ("at", "on") makes it fail, so a sentence is never read as a date.
/// Numeric dates such as "06/02/2026" are refused: day and month order differ by country.
/// Immutable; safe to share between threads.
/// </summary>
public sealed partial class NewsTimeParser
{
    private static readonly Lazy<NewsTimeParser> Shipped = new(() => new NewsTimeParser(TimeZoneAbbreviations.Default));

    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    };

    // Words that join the parts of a time phrase and carry no value.
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase) { "at", "on", "hrs", "hours", "the", "of" };

    private readonly TimeZoneAbbreviations _zones;

    /// <summary>Creates a parser that reads zone abbreviations with <paramref name="zones"/>.</summary>
    public NewsTimeParser(TimeZoneAbbreviations zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        _zones = zones;
    }

    /// <summary>A parser over the shipped zone table.</summary>
    public static NewsTimeParser Default => Shipped.Value;

    /// <summary>
    /// Reads <paramref name="text"/> as one date or date-and-time phrase. A phrase without a year takes
    /// it from <paramref name="reference"/> (the year that puts the date within six months of it); with
    /// no reference such a phrase fails. A clock time without a zone keeps a null offset.
    /// </summary>
    public bool TryParse(string? text, out NewsTime time, DateOnly? reference = null)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string phrase = text.Trim().Trim('(', ')', '[', ']').Trim();
        if (IsoStart().IsMatch(phrase))
        {
            return NewsTime.TryParseIso(phrase, out time);
        }

        if (!TryReadParts(phrase, out Parts parts) || parts.Month is not { } month || parts.Day is not { } day)
        {
            return false;
        }

        int year;
        if (parts.Year is { } stated)
        {
            year = stated;
        }
        else if (reference is { } near)
        {
            year = YearNear(near, month, day);
        }
        else
        {
            return false;
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new DateOnly(year, month, day);
        if (parts.Clock is not { } clock)
        {
            time = NewsTime.OnDate(date);
            return true;
        }

        DateTime local = date.ToDateTime(clock);
        TimeSpan? offset = parts.Offset;
        if (offset is null && parts.Zone is { } zone && _zones.TryOffset(zone, local, out TimeSpan zoneOffset))
        {
            offset = zoneOffset;
        }

        time = new NewsTime(local, offset, TimePrecision.Minute);
        return true;
    }

    /// <summary>
    /// True when <paramref name="text"/> holds no date or clock at all, only zone names and punctuation:
    /// the "Last Updated IST" a page prints when its timestamp failed to render.
    /// </summary>
    public bool IsEmptyTimestamp(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match token in Token().Matches(text))
        {
            string value = token.Value;
            if (!_zones.IsKnown(value) && !Connectives.Contains(value))
            {
                return false;
            }
        }

        return !text.Any(char.IsDigit);
    }

    private static int YearNear(DateOnly reference, int month, int day)
    {
        // A dateline "Dec 31" in a story published on 2 January belongs to the year before.
        int year = reference.Year;
        var candidate = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
        if (candidate > reference.AddMonths(6))
        {
            return year - 1;
        }

        return candidate < reference.AddMonths(-6) ? year + 1 : year;
    }

    private bool TryReadParts(string phrase, out Parts parts)
    {
        parts = new Parts();
        string rest = phrase;

        // Offsets first ("UTC+05:30", "GMT+1", "+0530"): their digits must not be read as a day or clock.
        Match offset = OffsetToken().Match(rest);
        if (offset.Success)
        {
            parts.Offset = OffsetOf(offset);
            rest = rest.Remove(offset.Index, offset.Length).Insert(offset.Index, " ");
        }

        Match clock = ClockToken().Match(rest);
        if (clock.Success)
        {
            if (!TryClock(clock, out TimeOnly value))
            {
                return false;
            }

            parts.Clock = value;
            rest = rest.Remove(clock.Index, clock.Length).Insert(clock.Index, " ");
        }

        foreach (Match token in Token().Matches(rest))
        {
            if (!TryAccept(token.Value, ref parts))
            {
                return false;
            }
        }

        return true;
    }

    private bool TryAccept(string token, ref Parts parts)
    {
        if (char.IsDigit(token[0]))
        {
            string digits = OrdinalSuffix().Replace(token, string.Empty);
            if (!digits.All(char.IsAsciiDigit))
            {
                return false;
            }

            int number = int.Parse(digits, CultureInfo.InvariantCulture);
            if (digits.Length == 4 && parts.Year is null && number is >= 1900 and <= 2100)
            {
                parts.Year = number;
                return true;
            }

            if (digits.Length <= 2 && parts.Day is null && number is >= 1 and <= 31)
            {
                parts.Day = number;
                return true;
            }

            return false;
        }

        string word = token.TrimEnd('.');
        if (Months.TryGetValue(word, out int month) && parts.Month is null)
        {
            parts.Month = month;
            return true;
        }

        if (_zones.IsKnown(token) && parts.Zone is null)
        {
            parts.Zone = token;
            return true;
        }

        return Weekdays.Contains(word) || Connectives.Contains(word);
    }

    private static bool TryClock(Match clock, out TimeOnly value)
    {
        value = default;
        int hour = int.Parse(clock.Groups["hour"].Value, CultureInfo.InvariantCulture);
        int minute = clock.Groups["minute"].Success ? int.Parse(clock.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        int second = clock.Groups["second"].Success ? int.Parse(clock.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        if (clock.Groups["half"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            bool isAfternoon = char.ToLowerInvariant(clock.Groups["half"].Value[0]) == 'p';
            hour = hour % 12 + (isAfternoon ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new TimeOnly(hour, minute, second);
        return true;
    }

    private static TimeSpan OffsetOf(Match offset)
    {
        int hours = int.Parse(offset.Groups["hours"].Value, CultureInfo.InvariantCulture);
        int minutes = offset.Groups["minutes"].Success ? int.Parse(offset.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
        var span = new TimeSpan(hours, minutes, 0);
        return offset.Groups["sign"].Value == "-" ? -span : span;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        DateTimeFormatInfo names = CultureInfo.InvariantCulture.DateTimeFormat;
        for (int month = 1; month <= 12; month++)
        {
            months[names.GetMonthName(month)] = month;
            months[names.GetAbbreviatedMonthName(month)] = month;
        }

        months["Sept"] = 9; // AP style abbreviates September as "Sept."
        return months;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoStart();

    [GeneratedRegex(@"(?:\b(?:UTC|GMT)\s?(?<sign>[+-])\s?(?<hours>\d{1,2})(?::?(?<minutes>\d{2}))?|(?<![\w:.])(?<sign>[+-])(?<hours>\d{2}):?(?<minutes>\d{2})\b)")]
    private static partial Regex OffsetToken();

    [GeneratedRegex(@"(?<![\w:.])(?<hour>\d{1,2})(?:[:.](?<minute>\d{2})(?:[:.](?<second>\d{2}))?\s*(?<half>[ap]\.?\s?m\b\.?)?|\s*(?<half>[ap]\.?\s?m\b\.?))(?![\w:])", RegexOptions.IgnoreCase)]
    private static partial Regex ClockToken();

    [GeneratedRegex(@"[\p{L}\d]+\.?")]
    private static partial Regex Token();

    [GeneratedRegex(@"(?<=\d)(st|nd|rd|th)$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalSuffix();

    private struct Parts
    {
        public int? Year;
        public int? Month;
        public int? Day;
        public TimeOnly? Clock;
        public string? Zone;
        public TimeSpan? Offset;
    }
}
