using System.Collections.Immutable;
using System.Text;

namespace Parley.Evaluation.Quotes;

/// <summary>A quote as the scorer sees it: words, kind, and every name the speaker goes by in the article (name, description, mentions).</summary>
public sealed record ScoredQuote(string Text, string Kind, string SpeakerName, ImmutableArray<string> SpeakerNames);

/// <summary>
/// The matching rules of docs/evaluation.md: words agree when the normalised tokens they share are at
/// least 80% of the shorter and the shorter is at least half the longer; the speaker agrees when the
/// gold name equals, contains or is contained (as whole words) in one of the speaker's names, or when
/// their words match one for one allowing a printed variant ("aid"/"aide": one word a prefix of the other),
/// when both end in the same word of four letters or more (a surname: "Mr Straw" and "Jack Straw"), or when
/// every content word of the gold name (two or more) appears in the name in any order.
/// </summary>
public static class QuoteMatcher
{
    /// <summary>Whether the words of two quotes agree.</summary>
    public static bool WordsAgree(string gold, string predicted)
    {
        List<string> a = Words(gold);
        List<string> b = Words(predicted);
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string word in a)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        int shared = 0;
        foreach (string word in b)
        {
            if (counts.GetValueOrDefault(word) > 0)
            {
                counts[word]--;
                shared++;
            }
        }

        int shorter = Math.Min(a.Count, b.Count);
        int longer = Math.Max(a.Count, b.Count);
        return shared >= 0.8 * shorter && shorter * 2 >= longer;
    }

    /// <summary>How close two texts are in words: shared words over the longer text's words (0 to 1).</summary>
    public static double Closeness(string gold, string predicted)
    {
        List<string> a = Words(gold);
        List<string> b = Words(predicted);
        int longer = Math.Max(a.Count, b.Count);
        return longer == 0 ? 0 : (double)a.Intersect(b, StringComparer.Ordinal).Count() / longer;
    }

    /// <summary>Whether the gold speaker name is one of the predicted speaker's names.</summary>
    public static bool SpeakerAgrees(string gold, ScoredQuote predicted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        string wanted = " " + string.Join(' ', Words(gold)) + " ";
        if (wanted.Trim().Length == 0)
        {
            return false;
        }

        foreach (string name in predicted.SpeakerNames)
        {
            List<string> words = Words(name);
            string padded = " " + string.Join(' ', words) + " ";
            if (padded.Trim().Length < 2)
            {
                continue;
            }

            // "Archbishop Tutu" is "Desmond Tutu", "Mr Straw" is "Jack Straw": a shared surname of four letters or more.
            if (padded.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(padded, StringComparison.Ordinal)
                || SameWordsAllowingVariants(Words(gold), words)
                || ContainsAllWords(words, Words(gold))
                || (words.Count > 0 && words[^1].Length >= 4 && Words(gold) is { Count: > 0 } goldWords && goldWords[^1] == words[^1]))
            {
                return true;
            }
        }

        return false;
    }

    // "Department for International Development spokeswoman" and "spokeswoman for the Department for
    // International Development": every gold word of three letters or more appears in the name, in any order.
    private static bool ContainsAllWords(List<string> name, List<string> gold)
    {
        var content = gold.Where(word => word.Length >= 3 && word is not ("the" or "and" or "for")).ToList();
        return content.Count >= 2 && content.All(name.Contains);
    }

    private static bool SameWordsAllowingVariants(List<string> a, List<string> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => pair.First == pair.Second
            || (Math.Min(pair.First.Length, pair.Second.Length) >= 3
                && (pair.First.StartsWith(pair.Second, StringComparison.Ordinal) || pair.Second.StartsWith(pair.First, StringComparison.Ordinal))));

    /// <summary>Lower-cased words of letters and digits; apostrophes are dropped ("Kremlin's" → "kremlins").</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in (text ?? string.Empty).Normalize(NormalizationForm.FormKD))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
