using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;

namespace Parley.Events;

/// <summary>
/// What an event was about, as the sentence lists it: "including Trade, Military, Taiwan and other
/// subjects", "spoke about ties between the two nations", "a discussion on their opinions".
/// Topics are advisory: the phrases as printed, not a closed vocabulary.
/// </summary>
internal static class Topics
{
    public static List<string> Find(string text, IReadOnlyList<Token> tokens, Sentence sentence, int after)
    {
        var topics = new List<string>();
        for (int t = after; t < sentence.EndToken; t++)
        {
            string word = tokens[t].In(text).ToString();
            if (word is "including")
            {
                topics.AddRange(List(text, tokens, t + 1, sentence.EndToken));
                break;
            }

            if (word is "about" or "on" && t <= after + 2)
            {
                topics.AddRange(List(text, tokens, t + 1, sentence.EndToken).Take(3));
                break;
            }
        }

        return topics;
    }

    // A comma or "and" separated list of phrases, up to the sentence end; "other subjects" closes it.
    private static IEnumerable<string> List(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        int start = first;
        for (int t = first; t <= end; t++)
        {
            bool boundary = t == end || tokens[t].Kind is TokenKind.Terminal || tokens[t].In(text) is "," or ";"
                || (tokens[t].In(text) is "and" && t + 1 < end && tokens[t + 1].In(text) is "other");
            if (!boundary)
            {
                continue;
            }

            if (t > start)
            {
                string phrase = text[tokens[start].Span.Start..tokens[t - 1].Span.End].Trim('"', '“', '”', ' ');
                if (phrase.Length > 0 && !phrase.StartsWith("other", StringComparison.OrdinalIgnoreCase))
                {
                    yield return phrase.StartsWith("the ", StringComparison.Ordinal) ? phrase[4..] : phrase;
                }
            }

            if (t < end && tokens[t].Kind is TokenKind.Terminal)
            {
                yield break;
            }

            start = t + 1;
        }
    }
}
