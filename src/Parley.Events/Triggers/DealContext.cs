using System.Collections.Frozen;
using Parley.Annotate;
using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;

namespace Parley.Events.Triggers;

/// <summary>
/// Where a deal noun names no agreement (round 7): the name of a treaty ("the Stability and Growth Pact") and a deal still
/// wished for ("wants a climate agreement", "hoping to strike a deal") or described ("was a limited agreement"), talks backed
/// ("a proponent of talks"), meetings as a habit ("regular meetings"), and acts told as a condition ("whether he will agree").
/// </summary>
internal static class DealContext
{
    private static readonly FrozenSet<string> Wishes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "want", "wants", "wanted", "wanting", "hope", "hopes", "hoped", "hoping", "seek", "seeks", "seeking", "sought",
        "pursue", "pursues", "pursuing", "pursued");

    private static readonly FrozenSet<string> BeForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "is", "was", "be", "been", "are", "were");

    // Nouns whose object is a cause backed or fought, not an act: "a proponent of talks with Turkey".
    private static readonly FrozenSet<string> Backers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "proponent", "proponents", "advocate", "advocates", "supporter", "supporters", "opponent", "opponents", "critic", "critics");

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "a", "an");

    /// <summary>
    /// "breached the Fiscal Compact rules", "under the Paris Agreement": the noun, capitalised, ends a run of
    /// capitalised words, so it is a treaty's name, not an agreement told. A title-case headline says nothing.
    /// </summary>
    public static bool IsTreatyName(AnnotatedArticle article, Sentence sentence, int first)
    {
        string text = article.Text;
        if (first <= sentence.FirstToken || !article.Tokens[first].IsCapitalized(text))
        {
            return false;
        }

        Token before = article.Tokens[first - 1];
        if (!before.IsCapitalized(text) || Determiners.Contains(before.In(text).ToString()) || (first - 1 == sentence.FirstToken))
        {
            return false;
        }

        int words = 0, lower = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (article.Tokens[t].Kind == TokenKind.Word)
            {
                words++;
                lower += char.IsLower(text[article.Tokens[t].Span.Start]) ? 1 : 0;
            }
        }

        return lower * 3 >= words; // a title-case headline has few lower-case words
    }

    /// <summary>
    /// "a keen proponent of talks with Serbia", "back an early start to talks": talks backed or still to start are
    /// not held. The noun follows "start to/of" or a backer noun and "of", at most two words between.
    /// </summary>
    public static bool IsCause(AnnotatedArticle article, Sentence sentence, int first)
    {
        string text = article.Text;
        for (int t = first - 1; t - 1 >= sentence.FirstToken && t >= first - 3; t--)
        {
            Token token = article.Tokens[t];
            string word = token.In(text).ToString();
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            string before = article.Tokens[t - 1].In(text).ToString();
            if ((word is "to" or "of" && before is "start") || (word is "of" && Backers.Contains(before)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> Habits = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "regular", "recent", "annual", "frequent", "periodic", "routine");

    /// <summary>
    /// "as part of regular meetings with Ankara", "at recent meetings of the G20": meetings in the plural after a word
    /// of habit (at most two words between) are a practice, not one meeting told.
    /// </summary>
    public static bool IsHabitual(AnnotatedArticle article, Sentence sentence, int first, int end)
    {
        string text = article.Text;
        string noun = article.Tokens[end - 1].In(text).ToString();
        if (!noun.EndsWith('s') || noun.Equals("talks", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int t = first - 1; t >= sentence.FirstToken && t >= first - 3; t--)
        {
            if (article.Tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }

            if (Habits.Contains(article.Tokens[t].In(text).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "whether the president will agree", "if peace talks ever resume", "unless the bloc signs": "if", "whether" or "unless" at most
    /// eight tokens before the trigger, with only words between (a comma or a quote ends the condition). A noun the condition
    /// opens with after "the" ("if the Hong Kong summit gives its approval") is an event told elsewhere: it is kept.
    /// </summary>
    public static bool IsConditional(AnnotatedArticle article, Sentence sentence, int first, bool isNoun)
    {
        for (int t = first - 1; t >= sentence.FirstToken && t >= first - 8; t--)
        {
            Token token = article.Tokens[t];
            if (token.Kind is not (TokenKind.Word or TokenKind.Possessive))
            {
                return false;
            }

            if (token.In(article.Text) is "if" or "whether" or "unless" or "If" or "Whether" or "Unless")
            {
                return !(isNoun && t + 1 < first && Determiners.Contains(article.Tokens[t + 1].In(article.Text).ToString()));
            }
        }

        return false;
    }

    /// <summary>
    /// "wants to end the row with a new agreement", "hoping to strike a deal at the June summit": an indefinite deal noun in
    /// the clause of a wish (within twelve tokens, no comma between) is no agreement yet; nor is "any deal", "no agreement" or a
    /// deal noun as a predicate ("is a good deal").
    /// </summary>
    public static bool IsWished(AnnotatedArticle article, Sentence sentence, int first)
    {
        string text = article.Text;
        bool indefinite = false;
        for (int t = first - 1; t >= sentence.FirstToken && t >= first - 4; t--)
        {
            string word = article.Tokens[t].In(text).ToString();
            if (word is "a" or "an")
            {
                // "was meant to be a narrow agreement", "is not a good deal": a predicate says what something is.
                if (t > sentence.FirstToken && BeForms.Contains(article.Tokens[t - 1].In(text).ToString()))
                {
                    return true;
                }

                indefinite = true;
                break;
            }

            if (word is "any" or "no")
            {
                return true; // "a condition of any deal", "there was no agreement": none told
            }

            if (Determiners.Contains(word) || article.Tokens[t].Kind == TokenKind.Possessive)
            {
                return false;
            }
        }

        if (!indefinite)
        {
            return false;
        }

        for (int t = first - 1; t >= sentence.FirstToken && t >= first - 12; t--)
        {
            Token token = article.Tokens[t];
            string word = token.In(text).ToString();
            if (word is "," or ";" or ":" || token.Kind == TokenKind.Terminal)
            {
                return false;
            }

            if (Wishes.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
