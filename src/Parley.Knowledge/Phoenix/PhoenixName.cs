using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Parley.Knowledge.Text;

namespace Parley.Knowledge.Phoenix;

/// <summary>
/// Turns a Phoenix phrase (<c>VLADIMIR_PUTIN_</c>, upper case, words joined by <c>_</c>) into a name
/// as news prints it (<c>Vladimir Putin</c>), and a name into a kebab-case id.
/// </summary>
public static partial class PhoenixName
{
    // Particles stay lower case inside a name ("Eduardo dos Santos", "Omar al Bashir", "Ursula von
    // der Leyen"). "Le", "La" and "Ben" are left out: they are capitalised in most surnames
    // (Le Pen, La Russa, Ben Ali).
    private static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.Ordinal,
        "al", "bin", "bint", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "el", "ibn", "of", "the", "van", "von", "y", "zu");

    private static readonly FrozenSet<string> Numerals = FrozenSet.Create(StringComparer.Ordinal, "ii", "iii", "iv", "vi", "vii", "viii", "ix");

    /// <summary>The name for <paramref name="phrase"/>: underscores to spaces, title case, particles lower case; empty when no word is left.</summary>
    public static string FromPhrase(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        string text = phrase.Replace('_', ' ').Replace('`', '\'');
        // Nicknames in quotes ("NANDO") and notes in parentheses ("(ACTING", "(1ST_TIME") are not
        // part of the name; some parentheses are never closed in the file.
        text = Nickname().Replace(text, " ");
        int open = text.IndexOf('(', StringComparison.Ordinal);
        text = open >= 0 ? text[..open] : text;
        // "WALTER_J._STOESSEL,_JR._" keeps its suffix; "JOHN_ROLAND_ROBINSON,_BARON_MARTONMERE_" drops the title.
        int comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            string rest = text[(comma + 1)..].Trim();
            text = text[..comma] + (Suffix().IsMatch(rest) ? " " + rest : "");
        }

        string[] words = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((word, index) => TitleCase(word, isFirst: index == 0)).Where(word => word.Length > 0));
    }

    /// <summary>A kebab-case id for <paramref name="name"/> (folded to ASCII, words joined by hyphens); empty when no ASCII letter or digit is left.</summary>
    public static string IdOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var id = new StringBuilder();
        foreach (char c in NameKey.Of(name))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                id.Append(c);
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        return id.ToString().Trim('-');
    }

    private static string TitleCase(string word, bool isFirst)
    {
        string lower = word.ToLowerInvariant();
        if (!isFirst && Particles.Contains(lower))
        {
            return lower;
        }

        if (Numerals.Contains(lower.TrimEnd('.')))
        {
            return word.ToUpperInvariant();
        }

        // Hyphenated parts each take a capital ("Jean-Claude"), except a particle ("Abdel Fattah el-Sisi").
        string[] parts = lower.Split('-');
        for (int index = 0; index < parts.Length; index++)
        {
            bool isParticle = index < parts.Length - 1 && (!isFirst || index > 0) && Particles.Contains(parts[index]);
            parts[index] = isParticle ? parts[index] : Capitalize(parts[index]);
        }

        return string.Join('-', parts);
    }

    private static string Capitalize(string part)
    {
        var chars = part.ToCharArray();
        int first = Array.FindIndex(chars, char.IsLetter);
        if (first < 0)
        {
            return part;
        }

        chars[first] = char.ToUpperInvariant(chars[first]);
        // O'Neill, D'Alema; and McCain, McDonald.
        if (first + 2 < chars.Length && chars[first + 1] == '\'' && char.IsLetter(chars[first + 2]))
        {
            chars[first + 2] = char.ToUpperInvariant(chars[first + 2]);
        }
        else if (chars.Length > first + 3 && chars[first] == 'M' && chars[first + 1] == 'c')
        {
            chars[first + 2] = char.ToUpperInvariant(chars[first + 2]);
        }

        return new string(chars);
    }

    [GeneratedRegex("\"[^\"]*\"?")]
    private static partial Regex Nickname();

    [GeneratedRegex(@"^(JR|SR|II|III|IV)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Suffix();
}
