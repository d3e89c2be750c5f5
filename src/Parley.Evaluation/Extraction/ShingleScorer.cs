using System.Text;

namespace Parley.Evaluation.Extraction;

/// <summary>One page's shingle counts, normalised so that TP + FP + FN = 1 (or all 0 when both texts are empty).</summary>
/// <param name="TruePositive">Share of shingles both texts have.</param>
/// <param name="FalsePositive">Share of shingles only the extracted text has.</param>
/// <param name="FalseNegative">Share of shingles only the gold text has.</param>
/// <param name="IsExactMatch">Whether the two token lists are equal.</param>
public readonly record struct PageScore(double TruePositive, double FalsePositive, double FalseNegative, bool IsExactMatch)
{
    /// <summary>TP / (TP + FP); 1 when nothing is missing or extra; 0 when the denominator is 0.</summary>
    public double Precision => FalsePositive == 0 && FalseNegative == 0 ? 1
        : TruePositive + FalsePositive > 0 ? TruePositive / (TruePositive + FalsePositive) : 0;

    /// <summary>TP / (TP + FN); 1 when nothing is missing or extra; 0 when the denominator is 0.</summary>
    public double Recall => FalsePositive == 0 && FalseNegative == 0 ? 1
        : TruePositive + FalseNegative > 0 ? TruePositive / (TruePositive + FalseNegative) : 0;
}

/// <summary>
/// The article-extraction benchmark's page scoring, as its README states it: tokens are maximal runs
/// of letters, digits and underscores (<c>[\p{L}\p{N}_]+</c>, no lower-casing); each text becomes the
/// multiset of its runs of four tokens (a text of 1–3 tokens is one shingle of all of them); counts
/// are compared over the union and normalised per page.
/// </summary>
public static class ShingleScorer
{
    /// <summary>Shingle length in tokens.</summary>
    public const int ShingleTokens = 4;

    /// <summary>Scores an extracted text against the gold text of one page.</summary>
    public static PageScore Score(string gold, string extracted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(extracted);
        List<string> goldTokens = Tokenize(gold);
        List<string> extractedTokens = Tokenize(extracted);
        Dictionary<Shingle, int> goldShingles = Shingles(goldTokens);
        Dictionary<Shingle, int> extractedShingles = Shingles(extractedTokens);

        long tp = 0;
        long fp = 0;
        long fn = 0;
        foreach ((Shingle shingle, int goldCount) in goldShingles)
        {
            int extractedCount = extractedShingles.GetValueOrDefault(shingle);
            tp += Math.Min(goldCount, extractedCount);
            fn += Math.Max(0, goldCount - extractedCount);
        }

        foreach ((Shingle shingle, int extractedCount) in extractedShingles)
        {
            fp += Math.Max(0, extractedCount - goldShingles.GetValueOrDefault(shingle));
        }

        bool isExact = goldTokens.SequenceEqual(extractedTokens, StringComparer.Ordinal);
        double total = tp + fp + fn;
        return total == 0 ? new PageScore(0, 0, 0, isExact) : new PageScore(tp / total, fp / total, fn / total, isExact);
    }

    /// <summary>The tokens of a text: maximal runs of Unicode letters, numbers and '_' (Python's <c>\w+</c> without marks).</summary>
    public static List<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) || Rune.IsNumber(rune) || rune.Value == '_')
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    /// <summary>The multiset of shingles of a token list.</summary>
    internal static Dictionary<Shingle, int> Shingles(List<string> tokens)
    {
        var shingles = new Dictionary<Shingle, int>();
        if (tokens.Count == 0)
        {
            return shingles;
        }

        if (tokens.Count < ShingleTokens)
        {
            shingles[new Shingle(tokens[0], tokens.Count > 1 ? tokens[1] : null, tokens.Count > 2 ? tokens[2] : null, null)] = 1;
            return shingles;
        }

        for (int i = 0; i + ShingleTokens <= tokens.Count; i++)
        {
            var shingle = new Shingle(tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]);
            shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }

        return shingles;
    }

    /// <summary>Up to four consecutive tokens (nulls pad the single shingle of a short text).</summary>
    internal readonly record struct Shingle(string First, string? Second, string? Third, string? Fourth);
}
