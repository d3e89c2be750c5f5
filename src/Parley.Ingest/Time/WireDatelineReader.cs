using System.Text.RegularExpressions;
using Parley.Core;

namespace Parley.Ingest.Time;

/// <summary>Finds a wire dateline at the start of a paragraph. Immutable; safe to share.</summary>
public sealed partial class WireDatelineReader
{
    private readonly NewsTimeParser _times;

    /// <summary>Creates a reader that resolves dateline dates with <paramref name="times"/>.</summary>
    public WireDatelineReader(NewsTimeParser times)
    {
        ArgumentNullException.ThrowIfNull(times);
        _times = times;
    }

    /// <summary>
    /// The dateline opening <paramref name="paragraph"/>, or null. A date without a year ("Feb 4") takes
    /// the year of <paramref name="reference"/>; with no reference the date is left null, not guessed.
    /// </summary>
    public WireDateline? Read(string paragraph, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        Match match = WithAgency().Match(paragraph);
        if (!match.Success)
        {
            // Without an agency in brackets only a city in capitals before a dash or colon is a
            // dateline: "LONDON — " and "NEW DELHI: " are, "Officials - " is not.
            match = CapitalCityOnly().Match(paragraph);
        }

        if (!match.Success)
        {
            return null;
        }

        NewsTime? date = null;
        if (match.Groups["date"].Success && _times.TryParse(match.Groups["date"].Value, out NewsTime parsed, reference))
        {
            date = parsed;
        }

        string? agency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;
        return new WireDateline(match.Value, match.Groups["city"].Value.Trim(), agency, date);
    }

    [GeneratedRegex(@"^(?<city>[A-Z][\p{L}.'’\- ]{1,40}?(?:,\s[A-Z][\p{L}.]+)?)(?:,\s*(?<date>(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8})(?:,?\s\d{4})?))?\s\((?<agency>[A-Za-z][\w /&.-]{0,30})\)\s*(?:[-–—]{1,2}|:)\s+")]
    private static partial Regex WithAgency();

    [GeneratedRegex(@"^(?<city>[A-Z][A-Z.'’\- ]{2,40}?)(?:,\s*(?<date>(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8})(?:,?\s\d{4})?))?(?:\s[-–—]{1,2}\s+|:\s+(?=\p{Lu}))")]
    private static partial Regex CapitalCityOnly();
}
