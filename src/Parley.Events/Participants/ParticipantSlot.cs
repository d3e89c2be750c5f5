using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Annotate;
using Parley.Annotate.Actors;
using Parley.Annotate.Tokens;
using Parley.Core;
using Parley.Knowledge;
using Parley.Knowledge.Text;

namespace Parley.Events.Participants;

/// <summary>
/// A place in the text that names one or more possible participants: a name ("Xi"), a reference
/// ("he", "the two leaders"), or a country or capital acting. Token range is [FirstToken, EndToken).
/// </summary>
/// IsCity: a capital or city standing for its country ("Brussels", not "Belgium"), which before a meeting noun names
/// where it is held ("a Brussels summit"). IsCompound: two countries in one hyphened word ("Japan-Korea fisheries"), the relation
/// between them, so the side that acts is not its own counterpart.
internal sealed record ParticipantSlot(int FirstToken, int EndToken, ImmutableArray<string> Ids, bool IsPlace, bool IsReference, bool IsCity = false,
    bool IsCompound = false);

/// <summary>Every participant slot of an article in text order, with the token positions the event grammar works on.</summary>
internal sealed class ParticipantIndex
{
    private readonly List<ParticipantSlot> _slots;

    // The first slot (in _slots order) covering each token, so At is a lookup and not a scan of every slot per token.
    private readonly ParticipantSlot?[] _at;

    private static readonly FrozenSet<string> GovernmentWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "government", "authorities", "administration");

    public ParticipantIndex(AnnotatedArticle article, KnowledgeBase knowledge)
    {
        var slots = new List<ParticipantSlot>();
        slots.AddRange(Administrations(article));
        slots.AddRange(Descriptions.EuropeanLeaders(article));
        slots.AddRange(Governments(article, knowledge));
        slots.AddRange(Descriptions.Compounds(article, knowledge));
        foreach (ArticleActor actor in article.Actors)
        {
            string id = ParticipantId(actor);
            foreach (ActorMention mention in actor.Mentions)
            {
                (int first, int end) = TokenRange(article, mention.Span);
                if (first < end)
                {
                    slots.Add(new ParticipantSlot(first, end, [id], mention.Form == MentionForm.Place, IsReference: false,
                        IsCity(knowledge, id, article.Text[mention.Span.Start..mention.Span.End])));
                }
            }
        }

        foreach (ActorReference reference in article.References)
        {
            (int first, int end) = TokenRange(article, reference.Span);
            ImmutableArray<string> ids = [.. reference.ActorIds.Select(id => ParticipantId(article.Actors.First(actor => actor.Id == id)))];
            if (first < end)
            {
                slots.Add(new ParticipantSlot(first, end, ids, IsPlace: false, IsReference: true));
            }
        }

        // "an EU spokesman ... rejected" with "..., said Maria Lopez." next: the description is the person introduced.
        (List<ParticipantSlot> described, HashSet<ParticipantSlot> replaced) = Descriptions.IndefiniteRoles(article, knowledge, slots);
        slots.RemoveAll(replaced.Contains);
        slots.InsertRange(0, described);
        _slots = [.. slots.OrderBy(slot => slot.FirstToken)];
        _at = new ParticipantSlot?[article.Tokens.Length];
        foreach (ParticipantSlot slot in _slots)
        {
            for (int t = Math.Max(0, slot.FirstToken); t < slot.EndToken && t < _at.Length; t++)
            {
                _at[t] ??= slot;
            }
        }
    }

    // "the Indian government", "Afghan authorities": the country acting, as "Beijing" or "Washington" would.
    // "the government" with no country named is the government of the country whose people the article quotes most.
    private static IEnumerable<ParticipantSlot> Governments(AnnotatedArticle article, KnowledgeBase knowledge)
    {
        string text = article.Text;
        string? home = article.Actors.Where(actor => actor.Kind == "person" && actor.Country is not null)
            .GroupBy(actor => actor.Country!, StringComparer.Ordinal)
            .Select(group => (Country: group.Key, Mentions: group.Sum(actor => actor.Mentions.Length)))
            .OrderByDescending(entry => entry.Mentions).ThenBy(entry => entry.Country, StringComparer.Ordinal)
            .Select(entry => entry.Country).FirstOrDefault();
        for (int t = 1; t < article.Tokens.Length; t++)
        {
            if (DemonymModifier(article, knowledge, t) is { } modifier)
            {
                yield return modifier;
            }

            if (!GovernmentWords.Contains(article.Tokens[t].In(text).ToString()))
            {
                continue;
            }

            if (home is not null && article.Tokens[t - 1].In(text) is "the" or "The" && article.Tokens[t].In(text) is "government"
                && !(t + 1 < article.Tokens.Length && article.Tokens[t + 1].In(text) is "of" or "'s"))
            {
                yield return new ParticipantSlot(t - 1, t + 1, [home], IsPlace: false, IsReference: false);
                continue;
            }

            if (!article.Tokens[t - 1].IsCapitalized(text))
            {
                continue;
            }

            ImmutableArray<Country> countries = knowledge.CountriesByDemonym(article.Tokens[t - 1].In(text).ToString());
            if (countries.Length == 1)
            {
                yield return new ParticipantSlot(t - 1, t + 1, [countries[0].Code.Value], IsPlace: false, IsReference: false);
            }
        }
    }

    // "the Trump administration", "the Labour government": the state its leader or ruling party runs, as "Washington" would be.
    // Listed before the name's own slot, so the lookup by token finds the government and not the person.
    private static IEnumerable<ParticipantSlot> Administrations(AnnotatedArticle article)
    {
        foreach (ArticleActor actor in article.Actors)
        {
            if (actor.Country is not { } country || actor.Kind is not ("person" or "organization"))
            {
                continue;
            }

            foreach (ActorMention mention in actor.Mentions)
            {
                (int first, int end) = TokenRange(article, mention.Span);
                if (first < end && end < article.Tokens.Length && article.Tokens[end].In(article.Text) is "administration" or "government")
                {
                    yield return new ParticipantSlot(first, end + 1, [country], IsPlace: mention.Form == MentionForm.Place, IsReference: false);
                }
            }
        }
    }

    // "the French president", "Israeli officials": a person or people of that country, not the country acting.
    private static readonly FrozenSet<string> RoleWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "president", "premier", "leader", "leaders", "minister", "ministers", "chancellor", "king", "queen", "ambassador", "envoy", "official",
        "officials", "spokesman", "spokeswoman", "spokesperson", "prime", "foreign", "finance", "defence", "defense", "interior", "counterpart",
        "diplomat", "diplomats", "negotiator", "secretary", "general", "commander", "lawyer", "economist", "analyst");

    /// <summary>A word that names an office or a group of office holders ("officials", "leaders", "minister").</summary>
    public static bool IsRoleWord(string word) => RoleWords.Contains(word);

    private static readonly FrozenSet<string> Locatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "in", "at", "from", "into", "near", "across", "inside", "outside");

    // "attacked British imperialists", "backed Russian entry", "tariffs on Chinese goods": a demonym before a common noun
    // stands for its country; "the Israeli city of" after a locative is a place. Before a title ("French president
    // Jacques Chirac") the person is found first, or the title rule of the object search passes over it.
    private static ParticipantSlot? DemonymModifier(AnnotatedArticle article, KnowledgeBase knowledge, int t)
    {
        string text = article.Text;
        Token token = article.Tokens[t];
        if (!token.IsCapitalized(text) || t + 1 >= article.Tokens.Length || article.Tokens[t + 1].Kind != TokenKind.Word
            || article.Tokens[t + 1].IsCapitalized(text) || GovernmentWords.Contains(article.Tokens[t + 1].In(text).ToString())
            || RoleWords.Contains(article.Tokens[t + 1].In(text).ToString()))
        {
            return null;
        }

        ImmutableArray<Country> countries = knowledge.CountriesByDemonym(token.In(text).ToString());
        if (countries.Length != 1)
        {
            return null;
        }

        int before = t - 1;
        if (before >= 0 && article.Tokens[before].In(text) is "the" or "The" or "a" or "an")
        {
            before--;
        }

        bool isPlace = before >= 0 && Locatives.Contains(article.Tokens[before].In(text).ToString());
        return new ParticipantSlot(t, t + 1, [countries[0].Code.Value], isPlace, IsReference: false);
    }

    // A country's id named by something other than the country's own names: its capital or another city ("Brussels").
    private static bool IsCity(KnowledgeBase knowledge, string id, string printed)
    {
        if (knowledge.CountryByCode(id) is not { } country)
        {
            return false;
        }

        return !OwnNames.GetValue(country, OwnNameKeys).Contains(NameKey.Of(printed));
    }

    // A country's own names folded once, not for every mention of it in every article.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Country, FrozenSet<string>> OwnNames = [];

    private static FrozenSet<string> OwnNameKeys(Country country) =>
        new[] { country.Name }.Concat(country.Aliases).Concat(country.Demonyms).Select(NameKey.Of).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The slot starting at or covering token <paramref name="token"/>, if any.</summary>
    public ParticipantSlot? At(int token) => token >= 0 && token < _at.Length ? _at[token] : null;

    /// <summary>Slots inside [first, end), in order.</summary>
    public IEnumerable<ParticipantSlot> Within(int first, int end)
    {
        // _slots is sorted by FirstToken: start at the first slot at or after first, stop at end.
        int low = 0;
        int high = _slots.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (_slots[middle].FirstToken < first)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (int i = low; i < _slots.Count && _slots[i].FirstToken < end; i++)
        {
            if (_slots[i].EndToken <= end)
            {
                yield return _slots[i];
            }
        }
    }

    // A capital acting for its country ("warned Washington") is the country itself in an event;
    // a seat of power ("the Kremlin") stays the government actor it is.
    private static string ParticipantId(ArticleActor actor) =>
        actor.Kind == "government" && !actor.IsListed && actor.Country is { } country ? country : actor.Id;

    private static (int First, int End) TokenRange(AnnotatedArticle article, TextSpan span)
    {
        int first = -1;
        int end = -1;
        int low = 0;
        int high = article.Tokens.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (article.Tokens[middle].Span.End <= span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        first = low;
        end = first;
        while (end < article.Tokens.Length && article.Tokens[end].Span.Start < span.End)
        {
            end++;
        }

        return (first, end);
    }
}
