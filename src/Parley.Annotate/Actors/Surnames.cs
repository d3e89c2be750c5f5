using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;
using Parley.Knowledge;
using Parley.Knowledge.Text;

namespace Parley.Annotate.Actors;

/// <summary>
/// What a surname the knowledge base knows means where it is printed alone (issue 4, actors round 5). "Recep Erdogan"
/// is the knowledge base's Recep Tayyip Erdoğan (a first name of his before a surname of his); "Alastair Campbell" and
/// "Martin Mubanga" are people the article names in full, not Kim Campbell or Micheál Martin; and a bare "Campbell"
/// with no full name in the article is a knowledge-base person only when the article supports it.
/// </summary>
internal sealed class Surnames
{
    // Capitalised in titles ("Lunch With The Chancellor"), never a name.
    private static readonly FrozenSet<string> FunctionWords = FrozenSet.Create(StringComparer.Ordinal,
        "With", "Without", "And", "Or", "Of", "For", "From", "To", "By", "On", "In", "At", "Into", "Over", "Under", "About", "Against", "Is", "Are", "Was");

    private readonly KnowledgeBase _knowledge;
    private readonly FrozenSet<string> _roleWords;

    public Surnames(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        _roleWords = knowledge.RoleNounKeys.SelectMany(key => key.Split(' ')).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>How a surname printed at one place reads: as a known person's full name, as part of another person's name, or alone.</summary>
    /// <param name="Person">The knowledge base's person whose first name stands before the surname; null otherwise.</param>
    /// <param name="FirstToken">The first token of the name read (the first name's), or the surname's.</param>
    /// <param name="EndToken">One past the last token of the name read.</param>
    /// <param name="IsOtherPerson">Whether the words around make it a person the knowledge base does not list ("Martin Mubanga").</param>
    public sealed record Reading(ActorRef? Person, int FirstToken, int EndToken, bool IsOtherPerson);

    /// <summary>Whether <paramref name="key"/> (folded) is one word that names only people, and none of them in full ("campbell").</summary>
    public bool IsBareSurname(string key)
    {
        if (key.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        ImmutableArray<ActorRef> actors = _knowledge.ActorsNamed(key);
        return !actors.IsEmpty && actors.All(actor => actor.Kind == "person" && NameKey.Of(actor.Name) != key);
    }

    /// <summary>The knowledge base's person with this first name and this bare surname ("Recep", "Erdogan"); null when none.</summary>
    public ActorRef? PersonNamed(string firstName, string surname)
    {
        string first = NameKey.Of(firstName);
        string key = NameKey.Of(surname);
        return IsBareSurname(key) ? _knowledge.ActorsNamed(key).FirstOrDefault(actor => FirstNames(actor).Any(known => Agrees(first, known))) : null;
    }

    // The same first name, or a transliteration of it: same initial, at most two letters apart and a third of its length
    // ("Binyamin" and "Benjamin"; "Volodymyr" and "Wolodymyr" are not).
    private static bool Agrees(string printed, string known)
    {
        if (printed == known)
        {
            return true;
        }

        if (printed.Length < 4 || known.Length < 4 || printed[0] != known[0])
        {
            return false;
        }

        int distance = Distance(printed, known);
        return distance <= 2 && distance * 3 <= Math.Min(printed.Length, known.Length);
    }

    private static int Distance(string a, string b)
    {
        int[] previous = [.. Enumerable.Range(0, b.Length + 1)];
        int[] current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The first place the article prints <paramref name="surname"/> (folded) after a first name, as its first and end
    /// token ("Margaret Hassan" for a later "Mrs Hassan"); null when it never does.
    /// </summary>
    public (int First, int End)? FullName(string text, IReadOnlyList<Token> tokens, string surname)
    {
        for (int t = 1; t < tokens.Count; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && NameKey.Of(tokens[t].In(text).ToString()) == surname && MayBeNameWord(text, tokens, t - 1))
            {
                return (t - 1, t + 1);
            }
        }

        return null;
    }

    /// <summary>Reads the bare surname at token <paramref name="surname"/> with the capitalised words beside it in its sentence.</summary>
    public Reading Read(string text, IReadOnlyList<Token> tokens, Sentence sentence, int surname, string key)
    {
        if (IsTitleCase(text, tokens, sentence))
        {
            return new Reading(null, surname, surname + 1, false); // a headline in title case: "Blair Backs Brown"
        }

        int first = surname;
        while (first - 1 >= sentence.FirstToken && first > surname - 4)
        {
            if (MayBeNameWord(text, tokens, first - 1))
            {
                first--;
            }
            else if (first - 2 >= sentence.FirstToken && PersonPatterns.NameParticles.Contains(tokens[first - 1].In(text).ToString())
                && MayBeNameWord(text, tokens, first - 2))
            {
                first -= 2; // "Rodrigo de Rato"
            }
            else
            {
                break;
            }
        }

        if (first < surname)
        {
            // "Recep Erdogan", "Binyamin Netanyahu", "Rodrigo de Rato": a first name of a person with this surname.
            ActorRef? person = PersonNamed(tokens[first].In(text).ToString(), key)
                ?? (PersonPatterns.IsCapitalizedWord(text, tokens[surname - 1]) ? PersonNamed(tokens[surname - 1].In(text).ToString(), key) : null);
            return new Reading(person, first, surname + 1, person is null);
        }

        // "Martin Mubanga": the known word is someone's first name.
        int end = surname + 1;
        while (end < sentence.EndToken && end < surname + 3 && MayBeNameWord(text, tokens, end))
        {
            end++;
        }

        return new Reading(null, surname, end, end > surname + 1);
    }

    /// <summary>
    /// Whether the article supports reading a bare surname as the knowledge base's <paramref name="best"/> person: they
    /// hold an office on the article's day, or their country is named in the article; and an honorific before the
    /// surname does not say the other sex ("Mr Campbell" is not Kim Campbell).
    /// </summary>
    public bool Supports(ActorMatch best, string? honorific, DateOnly? date, IReadOnlySet<string> countries)
    {
        Person? person = _knowledge.PersonById(new PersonId(best.Actor.Id));
        if (honorific is not null && Honorifics.GenderOf(honorific) is { } gender && person?.Gender is { } recorded && recorded != gender)
        {
            return false;
        }

        bool inOffice = date is { } day && !_knowledge.OfficesHeld(new PersonId(best.Actor.Id), day).IsEmpty;
        return inOffice || (best.Actor.Country is { } country && countries.Contains(country.Value));
    }

    // The countries the article names, by name, capital, seat or demonym: the context a bare surname is read in.
    public HashSet<string> CountriesNamed(string text, IReadOnlyList<Token> tokens, IEnumerable<string> knownKeys)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (string key in knownKeys)
        {
            codes.UnionWith(_knowledge.ActorsNamed(key).Where(actor => actor.Kind is "country" or "government" && actor.Country is not null)
                .Select(actor => actor.Country!.Value.Value));
        }

        foreach (Token token in tokens)
        {
            if (token.Kind == TokenKind.Word && char.IsUpper(text[token.Span.Start]))
            {
                codes.UnionWith(_knowledge.CountriesByDemonym(token.In(text).ToString()).Select(country => country.Code.Value));
            }
        }

        return codes;
    }

    // The first words of the person's name and of its aliases of two words or more, folded ("recep", "tayyip").
    private HashSet<string> FirstNames(ActorRef actor)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { NameKey.Of(actor.Name).Split(' ')[0] };
        if (_knowledge.PersonById(new PersonId(actor.Id)) is { } person)
        {
            names.UnionWith(person.Aliases.Select(NameKey.Of).Where(alias => alias.Contains(' ', StringComparison.Ordinal)).Select(alias => alias.Split(' ')[0]));
        }

        return names;
    }

    // A capitalised word that may be part of a person's name: no honorific, title, role word, sentence opener, time word,
    // organisation word, country, demonym or other known name.
    private bool MayBeNameWord(string text, IReadOnlyList<Token> tokens, int t)
    {
        if (!PersonPatterns.IsCapitalizedWord(text, tokens[t]))
        {
            return false;
        }

        string word = tokens[t].In(text).ToString();
        string key = NameKey.Of(word);
        return !FunctionWords.Contains(word) && !Honorifics.Contains(word) && !PersonPatterns.NotNameStarts.Contains(word) && !PersonPatterns.OrganizationWords.Contains(word)
            && !_roleWords.Contains(key) && _knowledge.ActorsNamed(key).IsEmpty && _knowledge.CountriesByDemonym(key).IsEmpty
            && !Time.TimeWords.Months.ContainsKey(word) && !Time.TimeWords.Weekdays.ContainsKey(word);
    }

    // Most words capitalised: a headline or title line, where capitals say nothing about names.
    private static bool IsTitleCase(string text, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        int words = 0, capitalised = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && tokens[t].Span.Length > 3)
            {
                words++;
                capitalised += char.IsUpper(text[tokens[t].Span.Start]) ? 1 : 0;
            }
        }

        return words >= 3 && capitalised * 3 > words * 2;
    }
}
