using System.Globalization;
using Parley.Core;

namespace Parley.Ingest.Html;

/// <summary>
/// Reads the time stamps pages put in metadata: ISO 8601 (with or without offset, with or without
/// seconds and fractions), and the RFC 1123 form some feeds and CMSs print. The offset is kept as
/// written; a time without one stays without one.
/// </summary>
internal static class PageTimes
{
    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:sszz", "yyyy-MM-dd HH:mm:ss zzz", "r", "ddd, d MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss 'GMT'",
    ];

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    /// <summary>Parses a metadata time stamp; false when it is not one of the known forms.</summary>
    public static bool TryParse(string? text, out NewsTime time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string value = text.Trim();
        if (value.Length >= 10 && value.Length <= 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out DateOnly date))
        {
            time = NewsTime.OnDate(date);
            return true;
        }

        if (DateTimeOffset.TryParseExact(value, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset instant))
        {
            time = NewsTime.At(instant);
            return true;
        }

        if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            time = new NewsTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), null, TimePrecision.Minute);
            return true;
        }

        return NewsTime.TryParseIso(value, out time);
    }
}
