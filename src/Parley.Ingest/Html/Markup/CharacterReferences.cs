using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Parley.Ingest.Lexicons;

namespace Parley.Ingest.Html.Markup;

/// <summary>
/// Decodes HTML character references the way the HTML standard's tokenizer does: numeric ones
/// (<c>&amp;#8217;</c>, <c>&amp;#x2019;</c>, with the standard's Windows-1252 repair of 0x80-0x9F),
/// and the named ones in <c>data/lexicons/character-references.tsv</c>, including the legacy forms
/// without a semicolon. A reference that is not known stays as written.
/// </summary>
internal static class CharacterReferences
{
    /// <summary>The embedded table, named by its path under data/.</summary>
    public const string File = "lexicons/character-references.tsv";

    private static readonly string[] Columns = ["name", "characters", "without_semicolon"];

    // The standard maps these numeric references to what Windows-1252 means by the byte (section 13.2.5.80).
    private static readonly char[] Windows1252 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    private static readonly (FrozenDictionary<string, string> Named, FrozenSet<string> Legacy, int LongestLegacy) Table = Load();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamedBySpan = Table.Named.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LegacyBySpan = Table.Legacy.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of named references known.</summary>
    public static int NamedCount => Table.Named.Count;

    /// <summary>
    /// The text with its character references decoded. In an attribute value a legacy reference without
    /// a semicolon followed by a letter, digit or "=" stays as written (<c>?a=1&amp;copy=2</c> is a URL).
    /// </summary>
    public static string Decode(ReadOnlySpan<char> text, bool inAttribute)
    {
        int amp = text.IndexOf('&');
        if (amp < 0)
        {
            return new string(text);
        }

        var decoded = new StringBuilder(text.Length);
        while (amp >= 0)
        {
            decoded.Append(text[..amp]);
            text = text[amp..];
            int used = AppendReference(text, inAttribute, decoded);
            if (used == 0)
            {
                decoded.Append('&');
                used = 1;
            }

            text = text[used..];
            amp = text.IndexOf('&');
        }

        decoded.Append(text);
        return decoded.ToString();
    }

    // Appends the reference at the start of text ("&..."); returns the characters it used, 0 for none.
    private static int AppendReference(ReadOnlySpan<char> text, bool inAttribute, StringBuilder decoded)
    {
        if (text.Length < 2)
        {
            return 0;
        }

        return text[1] == '#' ? AppendNumeric(text, decoded) : AppendNamed(text, inAttribute, decoded);
    }

    private static int AppendNumeric(ReadOnlySpan<char> text, StringBuilder decoded)
    {
        bool hex = text.Length > 2 && (text[2] == 'x' || text[2] == 'X');
        int start = hex ? 3 : 2;
        int end = start;
        long value = 0;
        while (end < text.Length && (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])))
        {
            // Past the last code point the value only has to stay invalid, not exact.
            value = Math.Min(value * (hex ? 16 : 10) + HexValue(text[end]), 0x110000);
            end++;
        }

        if (end == start)
        {
            return 0;
        }

        if (end < text.Length && text[end] == ';')
        {
            end++;
        }

        if (value is >= 0x80 and <= 0x9F)
        {
            decoded.Append(Windows1252[value - 0x80]);
        }
        else if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            decoded.Append('\uFFFD');
        }
        else
        {
            decoded.Append(char.ConvertFromUtf32((int)value));
        }

        return end;
    }

    private static int HexValue(char digit) => digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10;

    private static int AppendNamed(ReadOnlySpan<char> text, bool inAttribute, StringBuilder decoded)
    {
        int end = 1;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        ReadOnlySpan<char> name = text[1..end];
        if (name.IsEmpty)
        {
            return 0;
        }

        if (end < text.Length && text[end] == ';' && NamedBySpan.TryGetValue(name, out string? characters))
        {
            decoded.Append(characters);
            return end + 1;
        }

        // Legacy references match as the longest known prefix: "&copy2024" is "©2024", "&notit" is "¬it".
        for (int length = Math.Min(name.Length, Table.LongestLegacy); length >= 2; length--)
        {
            if (!LegacyBySpan.Contains(name[..length]))
            {
                continue;
            }

            char next = length + 1 < text.Length ? text[length + 1] : ' ';
            if (inAttribute && (char.IsAsciiLetterOrDigit(next) || next == '='))
            {
                return 0;
            }

            decoded.Append(NamedBySpan[name[..length]]);
            return length + 1;
        }

        return 0;
    }

    private static (FrozenDictionary<string, string>, FrozenSet<string>, int) Load()
    {
        LexiconTable table = LexiconTable.Embedded(File, Columns);
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var legacy = new HashSet<string>(StringComparer.Ordinal);
        var yesNo = new Dictionary<string, bool>(StringComparer.Ordinal) { ["yes"] = true, ["no"] = false };
        foreach (LexiconRow row in table.Rows)
        {
            string name = table.Required(row, 1);
            named[name] = CharactersOf(table, row);
            if (table.Choice(row, 3, yesNo))
            {
                legacy.Add(name);
            }
        }

        return (named.ToFrozenDictionary(StringComparer.Ordinal), legacy.ToFrozenSet(StringComparer.Ordinal), legacy.Max(name => name.Length));
    }

    private static string CharactersOf(LexiconTable table, LexiconRow row)
    {
        var characters = new StringBuilder(2);
        foreach (string codePoint in table.Required(row, 2).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!codePoint.StartsWith("U+", StringComparison.Ordinal)
                || !int.TryParse(codePoint.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int value)
                || value is < 1 or > 0x10FFFF)
            {
                throw LexiconFormatException.BadValue(File, row.Line, 2, "characters", codePoint, "code points written U+XXXX");
            }

            characters.Append(char.ConvertFromUtf32(value));
        }

        return characters.ToString();
    }
}
