using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Annotate.Lexicons;
using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;
using Parley.Core;
using Parley.Knowledge;
using Parley.Knowledge.Text;

namespace Parley.Annotate.Actors;

/// <summary>
/// Finds people the knowledge base does not know from the patterns news uses to introduce them.
/// A name is two to four capitalised tokens; it counts as a person only with a description that
/// holds a role noun ("a partner at The Asia Group", "Taiwan's Deputy Foreign Minister"), a "who"
/// clause, or a reporting verb right after it ("Jane Doe said").
/// </summary>
internal sealed class PersonPatterns
{
    // Words a capitalised run may start with that are not part of a name.
    internal static readonly FrozenSet<string> NotNameStarts = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "As", "In", "On", "At", "But", "And", "Meanwhile", "However", "According", "When", "While", "After",
        "Before", "If", "This", "That", "Former", "Most", "Many", "Some", "Several", "All", "Both", "Few", "Other", "Two", "Three", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame",
        // A fronted time word: "on Wednesday Mr Straw said" names Mr Straw, not "Wednesday Mr Straw".
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Yesterday", "Today", "Tomorrow", "Earlier", "Later",
        "Last", "Next", "Since", "During", "Until");

    // Words a description may hold besides capitalised words and role-noun words.
    private static readonly FrozenSet<string> DescriptionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "former", "senior", "chief", "top", "veteran", "leading", "local", "regional", "political", "military",
        "independent", "international", "foreign", "policy", "affairs", "national", "security", "economic", "acting", "interim",
        "deputy", "vice", "assistant", "associate", "head", "spokesman", "spokeswoman", "spokesperson", "one", "another");

    private static readonly FrozenSet<string> Linkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "at", "of", "for", "in", "with", "from", "on", "to", "and");

    // A name right after these belongs to an organisation or a place ("a partner at The Asia Group said").
    private static readonly FrozenSet<string> NotBeforePerson = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "at", "of", "for", "from", "by", "with", "the", "in", "to");

    // Head words of organisations (data/lexicons/organization-words.tsv).
    internal static readonly FrozenSet<string> OrganizationWords = EmbeddedLexicon.Rows("lexicons/organization-words.tsv", "word", "example")
        .Select(row => row.Required("word")).ToFrozenSet(StringComparer.Ordinal);

    private readonly KnowledgeBase _knowledge;
    private readonly ReportingVerbs _verbs;
    private readonly FrozenSet<string> _roleWords;
    private readonly NameMatcher _roles;
    private readonly Surnames _surnames;
    private readonly DescriptionsBefore _before;

    public PersonPatterns(KnowledgeBase knowledge, ReportingVerbs verbs)
    {
        _knowledge = knowledge;
        _verbs = verbs;
        _roleWords = knowledge.RoleNounKeys.SelectMany(key => key.Split(' ')).ToFrozenSet(StringComparer.Ordinal);
        _roles = new NameMatcher(knowledge.RoleNounKeys);
        _surnames = new Surnames(knowledge);
        _before = new DescriptionsBefore(knowledge);
    }

    public IEnumerable<DescribedPerson> Find(string text, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        int i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            if (!IsCapitalizedWord(text, tokens[i]))
            {
                i++;
                continue;
            }

            int runEnd = i;
            while (runEnd < sentence.EndToken
                && (IsCapitalizedWord(text, tokens[runEnd]) || IsNameParticle(text, tokens, runEnd, sentence.EndToken)))
            {
                runEnd++;
            }

            foreach (DescribedPerson person in InRun(text, tokens, sentence, i, runEnd))
            {
                yield return person;
            }

            i = runEnd;
        }
    }

    private IEnumerable<DescribedPerson> InRun(string text, IReadOnlyList<Token> tokens, Sentence sentence, int runStart, int runEnd)
    {
        // "US Undersecretary of State John Bolton": "of" split the office; the run starts at "State".
        if (_before.OfficeAcrossOf(text, tokens, sentence, runStart, runEnd) is { } office)
        {
            var officeName = TextSpan.FromBounds(tokens[runStart + 1].Span.Start, tokens[runEnd - 1].Span.End);
            if (!IsKnownActor(text, tokens, runStart + 1, runEnd) && !IsOrganization(text, tokens, runStart, runEnd))
            {
                yield return new DescribedPerson(officeName, officeName.Of(text), office, office.Of(text), runStart + 1, runEnd);
            }

            yield break;
        }

        // "Taiwan's Deputy Foreign Minister Chen Ming-chi": the role words lead the run, the name ends it. Honorifics
        // ("Lord", "Mr") and a leading party or body ("Tory Dominic Grieve") are never part of the name: they go to the
        // description (issue 4, actors round 5: no "lord-goldsmith" or "tory-dominic-grieve" ids).
        int nameStart = runStart;
        int? titleStart = null;
        while (nameStart < runEnd && (NotNameStarts.Contains(Word(text, tokens, nameStart)) || Honorifics.Contains(Word(text, tokens, nameStart))))
        {
            if (titleStart is null && (Honorifics.Contains(Word(text, tokens, nameStart)) || Word(text, tokens, nameStart) == "Former"))
            {
                titleStart = nameStart;
            }

            nameStart++;
        }

        while (runEnd - nameStart > 2 && IsAffiliation(text, tokens, nameStart))
        {
            titleStart ??= nameStart;
            nameStart++;
        }

        // The role is the longest role noun in the run that leaves a name after it:
        // "Europe Director Dominick Chilcott", "Deputy Foreign Minister Chen Ming-chi".
        int roleEnd = RoleNounEnd(text, tokens, nameStart, runEnd);
        int afterTitle = roleEnd;
        while (afterTitle < runEnd && Honorifics.Contains(Word(text, tokens, afterTitle)))
        {
            afterTitle++; // "Police Commissioner Sir John Stevens"
        }

        bool hasRolePrefix = roleEnd > nameStart && runEnd - afterTitle >= 2;
        bool hasHonorific = titleStart is { } title && Honorifics.Contains(Word(text, tokens, title));

        // "Mr"/"Mrs"/"Ms"/"Miss" alone before a surname ("Ms Short said") is left to the quote stage's titled speakers and the
        // known names, as before: made a person here, its events cost more precision than they gained on the news gold.
        bool plainAddress = hasHonorific && roleEnd == nameStart && afterTitle - titleStart == 1 && IsPlainAddress(Word(text, tokens, titleStart!.Value));
        bool titledSurname = runEnd - afterTitle == 1 && (roleEnd > nameStart || hasHonorific) && !plainAddress;
        int descriptionStart = titleStart ?? nameStart;
        if (hasRolePrefix || titledSurname)
        {
            nameStart = afterTitle;
        }

        int nameLength = runEnd - nameStart;
        if (nameLength is < 1 or > 4 || (nameLength == 1 && !titledSurname) || IsKnownActor(text, tokens, nameStart, runEnd)
            || KnownNameEnds(text, tokens, nameStart, runEnd) || IsOrganization(text, tokens, runStart, runEnd))
        {
            yield break; // "President Bush said", "Secretary of State Condoleezza Rice": a known name, which the recognizer resolves
        }

        var nameSpan = TextSpan.FromBounds(tokens[nameStart].Span.Start, tokens[runEnd - 1].Span.End);
        string name = nameSpan.Of(text);
        if (hasRolePrefix)
        {
            int start = CountryPossessiveBefore(text, tokens, sentence, descriptionStart) ?? descriptionStart;
            var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[roleEnd - 1].Span.End);
            yield return new DescribedPerson(nameSpan, name, span, span.Of(text), nameStart, runEnd);
            yield break;
        }

        // "Ambassador Volker", "Lord Goldsmith": the mention is the printed words, the name the surname alone.
        // "Mr"/"Mrs"/"Ms"/"Miss" alone say nothing a description should keep.
        TextSpan? titleSpan = titledSurname && !IsPlainAddress(Word(text, tokens, descriptionStart))
            ? TextSpan.FromBounds(tokens[descriptionStart].Span.Start, tokens[afterTitle - 1].Span.End) : null;
        TextSpan mentionSpan = titledSurname ? TextSpan.FromBounds(tokens[descriptionStart].Span.Start, nameSpan.End) : nameSpan;
        int firstToken = titledSurname ? descriptionStart : nameStart;
        if (!titledSurname && runStart > sentence.FirstToken + 1 && tokens[runStart - 1].In(text) is "," && runEnd + 1 < sentence.EndToken
            && tokens[runEnd].In(text) is "," && _verbs.Contains(tokens[runEnd + 1].In(text).ToString())
            && _before.DescriptionBefore(text, tokens, sentence, runStart - 1) is { } before)
        {
            // "the EU's ambassador to the WTO, Jane Doe, said": the description stands before the name.
            yield return new DescribedPerson(nameSpan, name, before, before.Of(text), nameStart, runEnd);
            yield break;
        }

        if (runEnd < sentence.EndToken && tokens[runEnd].In(text) is ",")
        {
            (TextSpan? description, bool isWho) = DescriptionAfter(text, tokens, sentence, runEnd + 1);
            if (description is { } found && (isWho || _knowledge.RoleNounIn(found.Of(text)) is not null))
            {
                yield return new DescribedPerson(mentionSpan, name, found, found.Of(text), firstToken, runEnd, titledSurname);
                yield break;
            }
        }

        if (!titledSurname && _before.RoleBefore(text, tokens, sentence, runStart) is { } roleBefore)
        {
            // "influential senator Jane Doe visited": a role in lower case right before the name (one after it wins).
            yield return new DescribedPerson(nameSpan, name, roleBefore, roleBefore.Of(text), nameStart, runEnd);
            yield break;
        }

        bool afterPreposition = runStart > sentence.FirstToken && NotBeforePerson.Contains(tokens[runStart - 1].In(text).ToString());
        if (!afterPreposition && runEnd < sentence.EndToken && _verbs.Contains(tokens[runEnd].In(text).ToString()))
        {
            yield return new DescribedPerson(mentionSpan, name, titleSpan, titleSpan?.Of(text), firstToken, runEnd, titledSurname);
        }
    }

    private static bool IsPlainAddress(string word) => word.TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Miss";

    private static string Word(string text, IReadOnlyList<Token> tokens, int t) => tokens[t].In(text).ToString();

    /// <summary>The printed word of token <paramref name="t"/>.</summary>
    internal static string WordAt(string text, IReadOnlyList<Token> tokens, int t) => tokens[t].In(text).ToString();

    // "Labour", "Tory", "Conservative": a party or other body the knowledge base names, printed before a person's name;
    // a member is printed in the singular of the name the body goes by ("Tories", "Conservatives", "Democrats").
    private bool IsAffiliation(string text, IReadOnlyList<Token> tokens, int t)
    {
        string word = Word(text, tokens, t);
        string plural = word.EndsWith('y') ? word[..^1] + "ies" : word + "s";
        return IsBody(word) || (char.IsUpper(word[0]) && IsBody(plural));
    }

    private bool IsBody(string name)
    {
        ImmutableArray<ActorRef> actors = _knowledge.ActorsNamed(name);
        return !actors.IsEmpty && actors.All(actor => actor.Kind is "organization" or "igo" or "group");
    }

    // "State Condoleezza Rice" (the run after "Secretary of"): the run ends in a name of two words or more the knowledge base knows.
    private bool KnownNameEnds(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        for (int start = first + 1; start <= end - 2; start++)
        {
            if (_knowledge.ActorsNamed(TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End).Of(text)).Any(actor => actor.Kind == "person"))
            {
                return true;
            }
        }

        return false;
    }

    // One past the last token of the last role noun in tokens[first..end), or first when there is none.
    private int RoleNounEnd(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        var words = new WordView(text, tokens, first, end);
        int roleEnd = first;
        for (int w = 0; w < words.Words.Count; w++)
        {
            (string? role, int count) = _roles.Longest(words.Words, w, words.EndsToken);
            if (role is not null)
            {
                roleEnd = Math.Max(roleEnd, words.TokenOf(w + count - 1) + 1);
            }
        }

        return roleEnd;
    }

    // "Taiwan's" or "Gibraltar's" just before the role: part of the description as printed.
    private static int? CountryPossessiveBefore(string text, IReadOnlyList<Token> tokens, Sentence sentence, int roleStart)
    {
        if (roleStart - 2 >= sentence.FirstToken && tokens[roleStart - 1].Kind == TokenKind.Possessive
            && IsCapitalizedWord(text, tokens[roleStart - 2]))
        {
            return roleStart - 2;
        }

        return null;
    }

    private static bool IsOrganization(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (OrganizationWords.Contains(tokens[t].In(text).TrimEnd('.').ToString()))
            {
                return true;
            }
        }

        return false;
    }

    // A name the knowledge base already knows (Xi Jinping, the Kremlin) is the recognizer's, not a pattern's.
    private bool IsKnownActor(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        string name = TextSpan.FromBounds(tokens[first].Span.Start, tokens[end - 1].Span.End).Of(text);
        // "Recep Erdogan said": a first name of the knowledge base's person before their surname is that person.
        return !_knowledge.ActorsNamed(name).IsEmpty
            || (end - first >= 2 && _surnames.PersonNamed(tokens[first].In(text).ToString(), tokens[end - 1].In(text).ToString()) is not null)
            || !_knowledge.CountriesNamed(tokens[first].In(text).ToString()).IsEmpty
            || !_knowledge.CountriesByDemonym(tokens[first].In(text).ToString()).IsEmpty;
    }

    private (TextSpan? Description, bool IsWho) DescriptionAfter(string text, IReadOnlyList<Token> tokens, Sentence sentence, int start)
    {
        if (start >= sentence.EndToken)
        {
            return (null, false);
        }

        if (tokens[start].In(text).Equals("who", StringComparison.OrdinalIgnoreCase))
        {
            int end = start + 1;
            while (end < sentence.EndToken && tokens[end].Kind is not (TokenKind.Terminal or TokenKind.Quote) && tokens[end].In(text) is not ",")
            {
                end++;
            }

            return end > start + 1 ? (TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End), true) : (null, false);
        }

        int last = -1;
        for (int t = start; t < sentence.EndToken; t++)
        {
            Token token = tokens[t];
            string word = token.In(text).ToString();
            bool next = t + 1 < sentence.EndToken && (IsCapitalizedWord(text, tokens[t + 1]) || tokens[t + 1].In(text) is "the");
            bool fits = token.Kind switch
            {
                TokenKind.Possessive or TokenKind.Number => true,
                TokenKind.Word when _verbs.Contains(word) => false,
                TokenKind.Word => char.IsUpper(word[0]) || DescriptionWords.Contains(word) || _roleWords.Contains(NameKey.Of(word))
                    || (Linkers.Contains(word) && next),
                TokenKind.Punctuation => word is "-" or "&",
                _ => false,
            };
            if (!fits)
            {
                break;
            }

            if (!Linkers.Contains(word) && !word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                last = t;
            }
        }

        return last >= start ? (TextSpan.FromBounds(tokens[start].Span.Start, tokens[last].Span.End), false) : (null, false);
    }

    // Lower-case particles inside a printed name: "Abdullah bin Zayed", "Ursula von der Leyen", "Luiz Inacio da Silva".
    internal static readonly FrozenSet<string> NameParticles = FrozenSet.Create(StringComparer.Ordinal,
        "bin", "ibn", "bint", "van", "von", "der", "den", "de", "da", "di", "du", "dos", "del");

    // A particle continues a name run only between a capitalised word and another name word; "al-Jibouri",
    // "el-Sisi", "ash-Sharaa" (a short lower-case article hyphened to a capitalised stem) may also end it.
    private static bool IsNameParticle(string text, IReadOnlyList<Token> tokens, int t, int end)
    {
        if (tokens[t].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = tokens[t].In(text);
        int hyphen = word.IndexOf('-');
        if (hyphen is >= 2 and <= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && char.IsLower(word[0]))
        {
            return true;
        }

        return NameParticles.Contains(word.ToString()) && t + 1 < end
            && (IsCapitalizedWord(text, tokens[t + 1]) || IsNameParticle(text, tokens, t + 1, end));
    }

    internal static bool IsCapitalizedWord(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Span.Start]);
}
