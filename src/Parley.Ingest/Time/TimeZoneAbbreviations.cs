using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Parley.Ingest.Lexicons;

namespace Parley.Ingest.Time;

/// <summary>
/// The zone abbreviations news pages print after a clock time ("15:28 IST", "4:05 PM ET"), loaded
/// from <c>data/lexicons/time-zone-abbreviations.tsv</c>. An abbreviation is either a fixed offset
/// or an IANA zone whose offset depends on the date (daylight saving). Immutable; safe to share.
/// </summary>
public sealed class TimeZoneAbbreviations
{
    /// <summary>The file under data/ this table is read from.</summary>
    public const string FileName = "lexicons/time-zone-abbreviations.tsv";

    private static readonly string[] Columns = ["abbreviation", "kind", "value", "source"];
    private static readonly Dictionary<string, bool> Kinds = new(StringComparer.Ordinal) { ["fixed"] = true, ["zone"] = false };
    private static readonly Lazy<TimeZoneAbbreviations> Shipped = new(() => Load(LexiconTable.Embedded(FileName, Columns)));

    private readonly Dictionary<string, Offset> _fixed;
    private readonly Dictionary<string, DateTimeZone> _zones;

    private TimeZoneAbbreviations(Dictionary<string, Offset> fixedOffsets, Dictionary<string, DateTimeZone> zones)
    {
        _fixed = fixedOffsets;
        _zones = zones;
    }

    /// <summary>The table shipped in data/, loaded and checked once.</summary>
    public static TimeZoneAbbreviations Default => Shipped.Value;

    /// <summary>Reads a table from file text (for tests and user files); throws <see cref="LexiconFormatException"/>.</summary>
    public static TimeZoneAbbreviations Parse(string file, string content) => Load(LexiconTable.Parse(file, content, Columns));

    /// <summary>True when <paramref name="abbreviation"/> (exact case, "IST") is known.</summary>
    public bool IsKnown(string abbreviation) => _fixed.ContainsKey(abbreviation) || _zones.ContainsKey(abbreviation);

    /// <summary>
    /// The UTC offset <paramref name="abbreviation"/> means at the wall-clock time <paramref name="local"/>;
    /// false when the abbreviation is unknown. A zone's ambiguous hour (clocks going back) takes the earlier offset.
    /// </summary>
    public bool TryOffset(string abbreviation, DateTime local, out TimeSpan offset)
    {
        offset = default;
        if (_fixed.TryGetValue(abbreviation, out Offset fixedOffset))
        {
            offset = fixedOffset.ToTimeSpan();
            return true;
        }

        if (_zones.TryGetValue(abbreviation, out DateTimeZone? zone))
        {
            offset = LocalDateTime.FromDateTime(local).InZoneLeniently(zone).Offset.ToTimeSpan();
            return true;
        }

        return false;
    }

    private static TimeZoneAbbreviations Load(LexiconTable table)
    {
        var fixedOffsets = new Dictionary<string, Offset>(StringComparer.Ordinal);
        var zones = new Dictionary<string, DateTimeZone>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (LexiconRow row in table.Rows)
        {
            string abbreviation = table.Required(row, 1);
            if (!abbreviation.All(char.IsAsciiLetterUpper))
            {
                throw LexiconFormatException.BadValue(table.File, row.Line, 1, "abbreviation", abbreviation, "capital letters A-Z only (\"IST\")");
            }

            if (firstLine.TryGetValue(abbreviation, out int first))
            {
                throw LexiconFormatException.Duplicate(table.File, row.Line, 1, "abbreviation", abbreviation, first);
            }

            firstLine[abbreviation] = row.Line;
            bool isFixed = table.Choice(row, 2, Kinds);
            string value = table.Required(row, 3);
            if (isFixed)
            {
                ParseResult<Offset> parsed = OffsetPattern.CreateWithInvariantCulture("+HH:mm").Parse(value);
                if (!parsed.Success || !value.StartsWith('+') && !value.StartsWith('-'))
                {
                    throw LexiconFormatException.BadValue(table.File, row.Line, 3, "value", value, "a signed UTC offset such as +05:30 or -04:00 for kind 'fixed'");
                }

                fixedOffsets[abbreviation] = parsed.Value;
            }
            else
            {
                zones[abbreviation] = DateTimeZoneProviders.Tzdb.GetZoneOrNull(value)
                    ?? throw LexiconFormatException.BadValue(table.File, row.Line, 3, "value", value,
                        string.Create(CultureInfo.InvariantCulture, $"an IANA zone id such as America/New_York for kind 'zone' (tzdb {DateTimeZoneProviders.Tzdb.VersionId})"));
            }

            table.Required(row, 4);
        }

        return new TimeZoneAbbreviations(fixedOffsets, zones);
    }
}
