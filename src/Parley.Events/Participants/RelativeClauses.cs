using Parley.Annotate;
using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;

namespace Parley.Events.Participants;

/// <summary>Subjects of verbs inside relative clauses ("X, which ... and has rejected ...").</summary>
internal static class RelativeClauses
{
    /// <summary>
    /// For a subject slot right after "which/who VERB the" (at most three lower-case words between): the antecedent of the
    /// relative pronoun, if named. "Iran - which calls the US hostile and has turned down ...": a verb
    /// joined by "and" to the relative clause's verb shares its subject, and "the US" is the first verb's object.
    /// </summary>
    public static ParticipantSlot? Antecedent(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int from)
    {
        for (int t = from - 1; t > sentence.FirstToken && t >= from - 4; t--)
        {
            Token token = article.Tokens[t];
            string word = token.In(article.Text).ToString();
            if (word is "which" or "who")
            {
                int before = t - 1;
                while (before > sentence.FirstToken && article.Tokens[before].In(article.Text) is "," or "-" or "–" or "—")
                {
                    before--;
                }

                return participants.At(before) is { IsPlace: false } antecedent ? antecedent : null;
            }

            if (token.Kind != TokenKind.Word || token.IsCapitalized(article.Text))
            {
                return null;
            }
        }

        return null;
    }
}
