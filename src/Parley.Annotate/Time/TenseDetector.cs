using Parley.Annotate.Tokens;

namespace Parley.Annotate.Time;

/// <summary>Which way a clause points in time, judged from the verbs nearest a time expression.</summary>
internal enum Tense
{
    /// <summary>No marker in reach: the caller picks its own default.</summary>
    Unknown,

    /// <summary>A past form (said, met, -ed) is nearest.</summary>
    Past,

    /// <summary>A future or plan marker (will, next, scheduled) is nearest.</summary>
    Future,
}

/// <summary>
/// Finds the nearest tense marker to a time expression within its clause (up to a comma, semicolon
/// or quote, and at most <see cref="Reach"/> tokens away). "On Wednesday Xi made a call" is past
/// from "made"; "Xi will travel to Moscow on Monday" is future from "will".
/// </summary>
internal static class TenseDetector
{
    private const int Reach = 6;

    public static Tense Around(string text, IReadOnlyList<Token> tokens, int first, int end, int sentenceFirst, int sentenceEnd)
    {
        (Tense left, int leftDistance) = Scan(text, tokens, first - 1, -1, sentenceFirst, sentenceEnd);
        (Tense right, int rightDistance) = Scan(text, tokens, end, +1, sentenceFirst, sentenceEnd);
        // On a tie the verb before wins: "said on Monday that..." is governed by "said".
        return leftDistance <= rightDistance ? left : right;
    }

    private static (Tense Tense, int Distance) Scan(string text, IReadOnlyList<Token> tokens, int from, int step, int sentenceFirst, int sentenceEnd)
    {
        for (int distance = 1, index = from; distance <= Reach && index >= sentenceFirst && index < sentenceEnd; distance++, index += step)
        {
            Token token = tokens[index];
            if (token.Kind is TokenKind.Quote or TokenKind.Terminal || (token.Kind == TokenKind.Punctuation && token.In(text) is "," or ";" or ":"))
            {
                break;
            }

            Tense tense = Of(text, tokens, index);
            if (tense != Tense.Unknown)
            {
                return (tense, distance);
            }
        }

        return (Tense.Unknown, int.MaxValue);
    }

    private static Tense Of(string text, IReadOnlyList<Token> tokens, int index)
    {
        Token token = tokens[index];
        if (token.Kind != TokenKind.Word)
        {
            return Tense.Unknown;
        }

        string word = token.In(text).ToString();
        if (TimeWords.FutureMarkers.Contains(word))
        {
            return Tense.Future;
        }

        if (TimeWords.PastMarkers.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && char.IsLower(word[0])))
        {
            return Tense.Past;
        }

        return Tense.Unknown;
    }
}
