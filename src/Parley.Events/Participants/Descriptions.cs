using System.Collections.Frozen;
using Parley.Annotate;
using Parley.Annotate.Actors;
using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;
using Parley.Knowledge;

namespace Parley.Events.Participants;

/// <summary>
/// Participants named through a description rather than a name (issue 4, seventh round): a country inside a hyphened
/// compound ("the US-led coalition", "an accord on Japan-Korea fisheries"), the EU's leaders told as "European leaders", and an
/// unnamed person told by role ("an EU spokesman", "a US banker"), who is the person the next sentence introduces.
/// </summary>
internal static class Descriptions
{
    // "the US-led coalition", "a Saudi-backed force": the country that leads or backs the body is the party.
    private static readonly FrozenSet<string> LedBy = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "led", "backed", "brokered", "sponsored", "funded", "run", "controlled", "owned", "drafted");

    // "European leaders", "European finance ministers": the Union's members acting together, which news codes as the EU.
    private static readonly FrozenSet<string> CollectiveRoles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "leaders", "heads", "ministers", "governments");

    // Sectors whose holders do not speak for their state: "a US banker", "a British lawyer".
    private static readonly FrozenSet<string> PrivateSectors = FrozenSet.Create(StringComparer.Ordinal,
        "business", "academia", "media", "civil-society", "religion");

    /// <summary>Slots for countries named inside one hyphened word: "US-led" (the leader), "China-UK" before a noun (both).</summary>
    public static IEnumerable<ParticipantSlot> Compounds(AnnotatedArticle article, KnowledgeBase knowledge)
    {
        string text = article.Text;
        for (int t = 0; t < article.Tokens.Length; t++)
        {
            Token token = article.Tokens[t];
            string word = token.In(text).ToString();
            if (token.Kind != TokenKind.Word || !word.Contains('-', StringComparison.Ordinal) || !char.IsUpper(word[0]))
            {
                continue;
            }

            string[] parts = word.Split('-');
            if (parts.Length == 2 && LedBy.Contains(parts[1]) && Country(knowledge, parts[0]) is { } leader)
            {
                yield return new ParticipantSlot(t, t + 1, [leader], IsPlace: false, IsReference: false);
                continue;
            }

            // "Japan-Korea fisheries", "US-China trade": two countries before a lower-case noun, the relation between them.
            if (parts.Length == 2 && t + 1 < article.Tokens.Length && article.Tokens[t + 1].Kind == TokenKind.Word
                && !article.Tokens[t + 1].IsCapitalized(text)
                && Country(knowledge, parts[0]) is { } one && Country(knowledge, parts[1]) is { } two && one != two)
            {
                yield return new ParticipantSlot(t, t + 1, [one, two], IsPlace: false, IsReference: false, IsCompound: true);
            }
        }
    }

    /// <summary>"European leaders", "European finance ministers": the EU, when the article names it.</summary>
    public static IEnumerable<ParticipantSlot> EuropeanLeaders(AnnotatedArticle article)
    {
        if (article.Actors.FirstOrDefault(actor => actor.Id == "EU") is null)
        {
            yield break;
        }

        string text = article.Text;
        for (int t = 0; t + 1 < article.Tokens.Length; t++)
        {
            if (article.Tokens[t].In(text) is not "European")
            {
                continue;
            }

            int role = article.Tokens[t + 1].In(text) is "finance" or "foreign" or "trade" && t + 2 < article.Tokens.Length ? t + 2 : t + 1;
            if (CollectiveRoles.Contains(article.Tokens[role].In(text).ToString()))
            {
                yield return new ParticipantSlot(t, role + 1, ["EU"], IsPlace: false, IsReference: false);
            }
        }
    }

    /// <summary>
    /// A country or body named in an indefinite description of one person ("an EU spokesman in Ottawa rejected ...",
    /// "has asked a US banker to head ..."): when the next sentence introduces a person (their first mention), the
    /// description is that person ("..., said Maria Lopez."; "Jan Kowalski, a former adviser to ..., has agreed");
    /// otherwise a private person ("a US banker") is no participant, and one who speaks for a state ("an EU spokesman")
    /// stays the body. Returns the slots to add and the name slots the descriptions replace.
    /// </summary>
    public static (List<ParticipantSlot> Added, HashSet<ParticipantSlot> Removed) IndefiniteRoles(AnnotatedArticle article, KnowledgeBase knowledge,
        IReadOnlyList<ParticipantSlot> slots)
    {
        string text = article.Text;
        List<ParticipantSlot> added = [];
        HashSet<ParticipantSlot> removed = [];
        foreach (ParticipantSlot slot in slots)
        {
            if (slot.IsReference || slot.FirstToken < 1 || slot.EndToken >= article.Tokens.Length
                || article.Tokens[slot.FirstToken - 1].In(text) is not ("a" or "an" or "A" or "An"))
            {
                continue;
            }

            // "a US banker", "an EU trade spokesman": a role noun, one modifier at most before it, in lower case.
            (int end, RoleNoun? role) = RoleAfter(article, knowledge, slot.EndToken);
            if (role is null)
            {
                continue;
            }

            if (IntroducedNext(article, slot.FirstToken) is { } person)
            {
                added.Add(new ParticipantSlot(slot.FirstToken, end, [person], IsPlace: false, IsReference: true));
                removed.Add(slot);
            }
            else if (PrivateSectors.Contains(role.Sector))
            {
                removed.Add(slot);
            }
        }

        return (added, removed);
    }

    private static (int End, RoleNoun? Role) RoleAfter(AnnotatedArticle article, KnowledgeBase knowledge, int from)
    {
        string text = article.Text;
        for (int t = from; t < article.Tokens.Length && t <= from + 1; t++)
        {
            Token token = article.Tokens[t];
            if (token.Kind != TokenKind.Word || token.IsCapitalized(text))
            {
                return (0, null);
            }

            if (knowledge.RoleNoun(token.In(text).ToString()) is { } role)
            {
                return (t + 1, role);
            }
        }

        return (0, null);
    }

    // The one person whose first mention is in the sentence after the one holding the token.
    private static string? IntroducedNext(AnnotatedArticle article, int token)
    {
        int index = -1;
        for (int i = 0; i < article.Sentences.Length; i++)
        {
            Sentence sentence = article.Sentences[i];
            if (token >= sentence.FirstToken && token < sentence.EndToken)
            {
                index = i;
                break;
            }
        }

        if (index < 0 || index + 1 >= article.Sentences.Length)
        {
            return null;
        }

        Sentence next = article.Sentences[index + 1];
        List<ArticleActor> introduced = [.. article.Actors.Where(actor => actor.Kind == "person" && actor.Mentions.Length > 0
            && actor.Mentions.Min(mention => mention.Span.Start) is var start && start >= next.Span.Start && start < next.Span.End)];
        return introduced.Count == 1 ? introduced[0].Id : null;
    }

    private static string? Country(KnowledgeBase knowledge, string name) =>
        knowledge.CountriesNamed(name) is [var country] ? country.Code.Value
        : knowledge.CountriesByDemonym(name) is [var people] ? people.Code.Value : null;
}
