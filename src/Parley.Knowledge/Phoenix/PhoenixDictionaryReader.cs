using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Knowledge.Phoenix;

/// <summary>
/// Reads the PETRARCH/Phoenix actor dictionary format (TABARI's, as in Phoenix.Countries.actors.txt):
/// a primary phrase line (<c>VLADIMIR_PUTIN_</c>, optionally with an inline <c>[CODE]</c>), <c>+</c>
/// synonym lines, indented <c>[CODE DATES]</c> role lines, <c>#</c> comments and blank lines.
/// Every line it cannot read becomes a <see cref="PhoenixRejectedLine"/>. Thread-safe (stateless).
/// </summary>
public static partial class PhoenixDictionaryReader
{
    /// <summary>
    /// Two-digit years up to this one are 20xx, later ones 19xx. The dictionary was generated in
    /// January 2014 from CountryInfo.140130 and edited into 2016: no six-digit date in it means
    /// 2021 or later, while years of birth (ELI roles from e.g. 1921) use 19xx.
    /// </summary>
    public const int LastTwoDigitYearOfThisCentury = 20;

    /// <summary>Reads <paramref name="text"/>; never throws on bad lines, which are returned as rejected.</summary>
    public static PhoenixDictionary Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<PhoenixEntry>();
        var rejected = new List<PhoenixRejectedLine>();
        Pending? current = null;
        string[] lines = text.Split('\n');
        for (int index = 0; index < lines.Length; index++)
        {
            int number = index + 1;
            (string content, string? comment) = StripComment(lines[index].TrimEnd('\r'));
            string line = content.Trim();
            if (line.Length == 0 || line.StartsWith('<'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                if (current is null)
                {
                    rejected.Add(new(number, PhoenixRejectionCodes.Orphan, line, "a primary phrase before the first role line"));
                }
                else if (ReadRole(line, number, rejected) is { } role)
                {
                    current.Roles.Add(role);
                    current.HasRoleLines = true;
                }

                continue;
            }

            bool isSynonym = line.StartsWith('+');
            string phrase = isSynonym ? line[1..] : line;
            int bracket = phrase.IndexOf('[', StringComparison.Ordinal);
            string? inlineCode = bracket >= 0 ? phrase[bracket..].Trim() : null;
            phrase = bracket >= 0 ? phrase[..bracket] : phrase;
            string? name = ReadName(phrase, number, line, rejected);

            if (isSynonym)
            {
                if (current is null)
                {
                    rejected.Add(new(number, PhoenixRejectionCodes.Orphan, line, "a primary phrase before the first synonym"));
                }
                else if (name is not null)
                {
                    current.Synonyms.Add(name);
                }

                continue;
            }

            // PETRARCH folds a primary phrase into the next one while it has no code yet: the file
            // writes BORIS_YELTSIN_, BORIS_N._YELTSIN, YELTSIN on consecutive lines, then the roles.
            if (current is not null && !current.HasRoleLines && current.Roles.Count == 0)
            {
                if (name is not null)
                {
                    current.Synonyms.Add(name);
                }
            }
            else
            {
                if (current is not null)
                {
                    entries.Add(current.ToEntry());
                }

                current = name is null ? null : new Pending(number, name, comment?.Trim());
            }

            if (current is not null && inlineCode is not null && ReadRole(inlineCode, number, rejected) is { } inline)
            {
                current.Roles.Add(inline);
            }
        }

        if (current is not null)
        {
            entries.Add(current.ToEntry());
        }

        return new PhoenixDictionary([.. entries], [.. rejected]);
    }

    /// <summary>Reads a YYMMDD or YYYYMMDD date (two-digit years by <see cref="LastTwoDigitYearOfThisCentury"/>); null when malformed.</summary>
    public static DateOnly? ParseDate(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.Length is not (6 or 8) || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        int year = int.Parse(digits[..^4], CultureInfo.InvariantCulture);
        if (digits.Length == 6)
        {
            year += year <= LastTwoDigitYearOfThisCentury ? 2000 : 1900;
        }

        int month = int.Parse(digits[^4..^2], CultureInfo.InvariantCulture);
        int day = int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static PhoenixRole? ReadRole(string bracketed, int line, List<PhoenixRejectedLine> rejected)
    {
        Match match = RolePattern().Match(bracketed);
        if (!match.Success)
        {
            rejected.Add(new(line, PhoenixRejectionCodes.MalformedRole, bracketed,
                "[CODE], [CODE >YYMMDD], [CODE <YYMMDD] or [CODE YYMMDD-YYMMDD] with a CAMEO code such as RUSGOV"));
            return null;
        }

        string code = match.Groups["code"].Value;
        string from = match.Groups["from"].Value;
        string until = match.Groups["until"].Value;
        string after = match.Groups["after"].Value;
        string before = match.Groups["before"].Value;
        DateOnly? start = null;
        DateOnly? end = null;
        foreach ((string digits, bool isStart) in new[] { (from, true), (after, true), (until, false), (before, false) })
        {
            if (digits.Length == 0)
            {
                continue;
            }

            if (ParseDate(digits) is not { } date)
            {
                rejected.Add(new(line, PhoenixRejectionCodes.MalformedDate, bracketed,
                    $"a date YYMMDD or YYYYMMDD that is a real day, not '{digits}'"));
                return null;
            }

            if (isStart)
            {
                start = date;
            }
            else
            {
                end = date;
            }
        }

        if (start is { } first && end is { } last && last < first)
        {
            rejected.Add(new(line, PhoenixRejectionCodes.EndBeforeStart, bracketed,
                $"an end on or after the start {first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
            return null;
        }

        return new PhoenixRole(code, start, end, line, bracketed);
    }

    private static string? ReadName(string phrase, int line, string text, List<PhoenixRejectedLine> rejected)
    {
        if (phrase.Contains('\uFFFD', StringComparison.Ordinal))
        {
            rejected.Add(new(line, PhoenixRejectionCodes.BrokenCharacter, text,
                "a name without the replacement character U+FFFD (the original letter was lost)"));
            return null;
        }

        string name = PhoenixName.FromPhrase(phrase);
        if (name.Length == 0)
        {
            rejected.Add(new(line, PhoenixRejectionCodes.EmptyName, text, "a phrase with at least one word"));
            return null;
        }

        return name;
    }

    private static (string Content, string? Comment) StripComment(string line)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (line, null) : (line[..hash], line[(hash + 1)..]);
    }

    [GeneratedRegex(@"^\[\s*(?<code>[A-Z0-9]{3,}|---)\s*(?:(?<from>\d+)\s*-\s*(?<until>\d+)|>\s*(?<after>\d+)|<\s*(?<before>\d+))?\s*\]$")]
    private static partial Regex RolePattern();

    private sealed class Pending(int line, string name, string? comment)
    {
        public List<string> Synonyms { get; } = [];

        public List<PhoenixRole> Roles { get; } = [];

        public bool HasRoleLines { get; set; }

        public PhoenixEntry ToEntry() => new(line, name, [.. Synonyms], [.. Roles], comment);
    }
}
