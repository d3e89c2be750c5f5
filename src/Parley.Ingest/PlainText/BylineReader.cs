using System.Text.RegularExpressions;
using Parley.Ingest.Lexicons;

namespace Parley.Ingest.PlainText;

/// <summary>
/// Recognises a byline line: "By Jane Doe", "By Jane Doe and John Roe, Reuters", an agency alone
/// ("Reuters", "PTI/Reuters"), a desk ("DH Web Desk", "Express News Service"), or, where the caller
/// allows it, bare names ("Jane Doe and John Roe"). Agencies, desk words and byline prefixes come from
/// data/lexicons/byline-markers.tsv. Immutable; safe to share.
/// </summary>
public sealed partial class BylineReader
{
    /// <summary>The file under data/ the byline words are read from.</summary>
    public const string FileName = "lexicons/byline-markers.tsv";

    private const int MaxBylineWords = 12;
    private static readonly string[] Columns = ["text", "kind", "source"];
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["agency"] = "agency", ["desk"] = "desk", ["prefix"] = "prefix",
    };

    // Lower-case particles that sit inside personal names ("Ursula von der Leyen", "Luiz Inacio Lula da Silva").
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "da", "das", "do", "dos", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "bin", "binti", "al", "el", "ibn",
    };

    private static readonly Lazy<BylineReader> Shipped = new(() => Load(LexiconTable.Embedded(FileName, Columns)));

    private readonly HashSet<string> _agencies;
    private readonly HashSet<string> _deskWords;
    private readonly string[] _prefixes;

    private BylineReader(HashSet<string> agencies, HashSet<string> deskWords, string[] prefixes)
    {
        _agencies = agencies;
        _deskWords = deskWords;
        _prefixes = prefixes;
    }

    /// <summary>The reader over the shipped byline words, loaded and checked once.</summary>
    public static BylineReader Default => Shipped.Value;

    /// <summary>Reads byline words from file text; throws <see cref="LexiconFormatException"/> naming file, line and column.</summary>
    public static BylineReader Parse(string file, string content) => Load(LexiconTable.Parse(file, content, Columns));

    /// <summary>True when <paramref name="name"/> is a news agency ("Reuters", "PTI").</summary>
    public bool IsAgency(string name) => _agencies.Contains(name.Trim());

    /// <summary>
    /// The byline <paramref name="line"/> gives ("Jane Doe" for "By Jane Doe", "DH Web Desk" as printed),
    /// or null when it is not a byline. Bare names count only when <paramref name="allowBareNames"/>:
    /// right under a headline "Jane Doe" is a byline, inside a story it may be anything.
    /// </summary>
    public string? Read(string line, bool allowBareNames)
    {
        ArgumentNullException.ThrowIfNull(line);
        string text = line.Trim();
        if (text.Length == 0 || Words(text).Length > MaxBylineWords || EndsAsSentence(text))
        {
            return null;
        }

        foreach (string prefix in _prefixes)
        {
            if (text.StartsWith(prefix + " ", StringComparison.OrdinalIgnoreCase))
            {
                string names = text[(prefix.Length + 1)..].Trim();
                return IsCredit(names, allowBareNames: true) ? names : null;
            }
        }

        return IsCredit(text, allowBareNames) ? text : null;
    }

    // A credit is one or more parts joined by "and", ",", "&", "/" or "|": names, agencies or a desk.
    private bool IsCredit(string text, bool allowBareNames)
    {
        string[] parts = PartSeparator().Split(text).Select(part => part.Trim()).Where(part => part.Length > 0).ToArray();
        if (parts.Length == 0)
        {
            return false;
        }

        bool hasMarker = false;
        foreach (string printed in parts)
        {
            // "Shaun Walker in Kyiv": British papers add where the reporter filed from.
            Match filedFrom = FiledFrom().Match(printed);
            string part = filedFrom.Success ? filedFrom.Groups["who"].Value : printed;
            if (_agencies.Contains(part) || IsDesk(part))
            {
                hasMarker = true;
            }
            else if (!IsPersonName(part))
            {
                return false;
            }
        }

        return hasMarker || allowBareNames;
    }

    private bool IsDesk(string part)
    {
        string[] words = Words(part);
        return words.Length is >= 2 and <= 5 && _deskWords.Contains(words[^1]) && words.All(StartsUpper);
    }

    private static bool IsPersonName(string part)
    {
        string[] words = Words(part);
        if (words.Length is < 2 or > 5 || !StartsUpper(words[0]) || !StartsUpper(words[^1]))
        {
            return false;
        }

        return words.All(word => (StartsUpper(word) || NameParticles.Contains(word)) && NameWord().IsMatch(word));
    }

    private static bool EndsAsSentence(string text) => text.EndsWith('.') && !InitialAtEnd().IsMatch(text);

    private static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static BylineReader Load(LexiconTable table)
    {
        var agencies = new HashSet<string>(StringComparer.Ordinal);
        var deskWords = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (LexiconRow row in table.Rows)
        {
            string text = table.Required(row, 1);
            string kind = table.Choice(row, 2, Kinds);
            table.Required(row, 3);
            bool isNew = kind switch
            {
                "agency" => agencies.Add(text),
                "desk" => deskWords.Add(text),
                _ => prefixes.Add(text),
            };
            if (!isNew)
            {
                throw LexiconFormatException.Duplicate(table.File, row.Line, 1, "text", text, table.Rows.First(other => other[1] == text).Line);
            }
        }

        return new BylineReader(agencies, deskWords, [.. prefixes.OrderByDescending(prefix => prefix.Length)]);
    }

    [GeneratedRegex(@"^(?<who>.+?) in \p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*)*$")]
    private static partial Regex FiledFrom();

    [GeneratedRegex(@"\s*(?:,|&|/|\||\band\b)\s*")]
    private static partial Regex PartSeparator();

    // Letters with the apostrophes, hyphens and initials' dots names carry ("O'Brien", "Ming-chi", "K.").
    [GeneratedRegex(@"^[\p{L}][\p{L}'’.\-]*$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\b\p{Lu}\.$")]
    private static partial Regex InitialAtEnd();
}
