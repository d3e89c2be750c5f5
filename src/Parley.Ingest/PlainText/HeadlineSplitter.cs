namespace Parley.Ingest.PlainText;

/// <summary>A headline and the standfirst a scraper glued onto the same line.</summary>
public sealed record GluedHeadline(string Headline, string Standfirst);

/// <summary>
/// Splits a line where a scraper ran a headline and its standfirst together
/// ("... seem 'rare, interesting': Analysts Kremlin's foreign policy aide said ... ."). The rule
/// rests on how the two are written, not on any one article: a headline is a phrase with no final
/// period and no sentence break inside; a standfirst is a full sentence in sentence case ending in
/// a period. The boundary is a word starting with a capital where the part before reads as a
/// headline, by one of three signs, tried in this order:
/// <list type="number">
/// <item>an attribution after a colon, 1 to 3 capitalised words ("...: Analysts", "...: Report", "...: PM Modi");</item>
/// <item>headline punctuation: the part before ends in '?', '!' or a closing quote;</item>
/// <item>headline case: most words of the part before are capitalised ("Xi Makes Rare Back-To-Back Calls"),
/// and it does not end on a function word ("to", "and").</item>
/// </list>
/// Stateless; safe to share.
/// </summary>
public static class HeadlineSplitter
{
    private const int MinHeadlineWords = 3;
    private const int MaxHeadlineWords = 25;
    private const int MinStandfirstWords = 6;
    private const int MaxAttributionWords = 3;
    private const int MinHeadlineCaseWords = 5;

    // Words headline case leaves in lower case, and on which no headline ends.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "by", "with", "as", "from", "into",
        "vs", "via", "over", "after", "amid", "than", "is", "are", "be",
    };

    /// <summary>
    /// The headline and standfirst <paramref name="line"/> is made of, or null when it is not two glued
    /// parts (a headline alone, a sentence alone, anything unclear).
    /// </summary>
    public static GluedHeadline? Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < MinHeadlineWords + MinStandfirstWords || !EndsSentence(words[^1]))
        {
            return null;
        }

        int? attributed = null;
        int? punctuated = null;
        int? titleCased = null;
        int last = Math.Min(MaxHeadlineWords, words.Length - MinStandfirstWords);
        for (int boundary = MinHeadlineWords; boundary <= last; boundary++)
        {
            if (!IsPlausibleBoundary(words, boundary))
            {
                continue;
            }

            if (HasAttributionBeforeBoundary(words, boundary))
            {
                // "...: Finance Minister The government will ..." could split after "Finance" or after
                // "Minister"; the standfirst is the one whose second word is lower case, as prose runs.
                attributed ??= boundary;
                if (boundary + 1 < words.Length && !StartsUpper(words[boundary + 1]))
                {
                    return Build(words, boundary);
                }

                continue;
            }

            char end = words[boundary - 1][^1];
            if (punctuated is null && end is '?' or '!' or '\'' or '"' or '’' or '”')
            {
                punctuated = boundary;
            }

            // The longest title-cased run is the headline: "Calls To Putin And Trump China's ..." splits before "China's".
            if (IsHeadlineCase(words, boundary))
            {
                titleCased = boundary;
            }
        }

        return attributed is { } atAttribution ? Build(words, atAttribution)
            : punctuated is { } atPunctuation ? Build(words, atPunctuation)
            : titleCased is { } atCase ? Build(words, atCase)
            : null;
    }

    private static bool IsPlausibleBoundary(string[] words, int boundary)
    {
        string first = words[boundary].TrimStart('"', '\'', '‘', '“');
        string lastOfHeadline = words[boundary - 1];
        if (first.Length == 0 || !char.IsUpper(first[0]) || lastOfHeadline[^1] is '.' or ',' or ':' or ';' or '-' or '–' or '—')
        {
            return false;
        }

        // A wire dateline ("WASHINGTON (AP) — ...") opens a paragraph, never a headline.
        if (words[..boundary].Any(word => word[0] is '(' or '—' or '–' || word == "-"))
        {
            return false;
        }

        // A headline holds no sentence break: "said. The" before the boundary means this is prose.
        for (int index = 0; index < boundary - 1; index++)
        {
            if (EndsSentence(words[index]) && char.IsUpper(words[index + 1].TrimStart('"', '\'', '‘', '“')[0]) && !IsInitial(words[index]))
            {
                return false;
            }
        }

        return IsSentenceCase(words, boundary);
    }

    private static bool HasAttributionBeforeBoundary(string[] words, int boundary)
    {
        for (int count = 1; count <= MaxAttributionWords && boundary - count >= 2; count++)
        {
            string beforeAttribution = words[boundary - count - 1];
            if (!words[(boundary - count)..boundary].All(word => char.IsUpper(word[0])))
            {
                return false;
            }

            if (beforeAttribution.EndsWith(':'))
            {
                // "NEW DELHI: Their ..." is a dateline, not a headline: the headline before the colon
                // needs a few words, not all in capitals.
                string[] headline = words[..(boundary - count)];
                return headline.Length >= MinHeadlineWords && headline.Any(word => word.Any(char.IsLower));
            }
        }

        return false;
    }

    private static bool IsHeadlineCase(string[] words, int boundary)
    {
        string[] content = words[..boundary].Where(word => char.IsLetter(word[0]) && !FunctionWords.Contains(word)).ToArray();
        if (content.Length < MinHeadlineCaseWords || FunctionWords.Contains(words[boundary - 1].Trim('\'', '"')))
        {
            return false;
        }

        return content.Count(word => char.IsUpper(word[0])) >= 0.8 * content.Length;
    }

    // The standfirst reads as prose: after its first word, few words start with a capital.
    private static bool IsSentenceCase(string[] words, int boundary)
    {
        string[] following = words[(boundary + 1)..Math.Min(words.Length, boundary + 9)];
        return following.Length > 0 && following.Count(StartsUpper) <= 0.5 * following.Length;
    }

    private static bool EndsSentence(string word)
    {
        string trimmed = word.TrimEnd('"', '\'', '’', '”', ')');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?';
    }

    private static bool StartsUpper(string word)
    {
        string bare = word.TrimStart('"', '\'', '‘', '“', '(');
        return bare.Length > 0 && char.IsUpper(bare[0]);
    }

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private static GluedHeadline Build(string[] words, int boundary) =>
        new(string.Join(' ', words[..boundary]), string.Join(' ', words[boundary..]));
}
