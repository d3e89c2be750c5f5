using System.Globalization;

namespace Parley.Core;

/// <summary>How much of a <see cref="NewsTime"/> the source actually stated.</summary>
public enum TimePrecision
{
    /// <summary>Only the calendar date ("06 February 2026").</summary>
    Day,

    /// <summary>Date and clock time to the minute or second ("15:28 IST").</summary>
    Minute,
}

/// <summary>
/// A time as a news source states it: a local date and time, the UTC offset when the source
/// gives a zone (null when it does not: a bare "15:28" is not silently taken as UTC), and the
/// precision. Printed as ISO 8601: "2026-02-06T15:28:00+05:30", "2026-02-06T15:28:00" or "2026-02-06".
/// </summary>
public readonly record struct NewsTime(DateTime Local, TimeSpan? Offset, TimePrecision Precision)
{
    /// <summary>A time with a known offset, to the minute.</summary>
    public static NewsTime At(DateTimeOffset value) =>
        new(DateTime.SpecifyKind(value.DateTime, DateTimeKind.Unspecified), value.Offset, TimePrecision.Minute);

    /// <summary>A calendar date with no clock time.</summary>
    public static NewsTime OnDate(DateOnly date) =>
        new(date.ToDateTime(TimeOnly.MinValue), null, TimePrecision.Day);

    /// <summary>The local calendar date.</summary>
    public DateOnly Date => DateOnly.FromDateTime(Local);

    /// <summary>The instant, when the offset is known.</summary>
    public DateTimeOffset? Instant => Offset is { } offset ? new DateTimeOffset(Local, offset) : null;

    /// <summary>The ISO 8601 form used in every output.</summary>
    public string ToIso()
    {
        if (Precision == TimePrecision.Day)
        {
            return Local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        string local = Local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is not { } offset)
        {
            return local;
        }

        return offset == TimeSpan.Zero
            ? local + "Z"
            : local + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>Parses the ISO forms <see cref="ToIso"/> prints (and any offset form ISO allows).</summary>
    public static bool TryParseIso(string? text, out NewsTime time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            time = OnDate(date);
            return true;
        }

        bool hasOffset = text.Length > 10 && (text.EndsWith('Z') || text.EndsWith('z')
            || HasOffsetSuffix(text));
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset instant))
        {
            time = At(instant);
            return true;
        }

        if (!hasOffset && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            time = new NewsTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), null, TimePrecision.Minute);
            return true;
        }

        return false;
    }

    private static bool HasOffsetSuffix(string text)
    {
        // "+05:30", "-0400" after a time part ("T" or a space separates date and time)
        int timeStart = text.IndexOfAny(['T', 't', ' '], 8);
        if (timeStart < 0)
        {
            return false;
        }

        int sign = text.LastIndexOfAny(['+', '-']);
        return sign > timeStart;
    }

    /// <inheritdoc/>
    public override string ToString() => ToIso();
}
