using System.Text;
using Parley.Annotate.Actors;
using Parley.Annotate.Tokens;
using Parley.Knowledge;

namespace Parley.Quotes.Attribution;

/// <summary>
/// Turns the words around a cue into a <see cref="Speaker"/>: a named actor (with the apposition printed
/// after the name as its description), a pronoun or "the president" through the annotator's references,
/// or an unnamed role ("a senior official", "Kremlin's foreign policy aide") given a deterministic id from
/// its printed words. A bare plural ("analysts", "officials") or a document ("the report") is nobody in
/// particular and resolves to null, so the words it introduces are not attributed. Thread-safe.
/// </summary>
internal sealed class SpeakerResolver
{
    // Words that sit between a subject and its verb ("Chen, however, said", "officials have also said").
    private static readonly HashSet<string> BetweenSubjectAndVerb = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "was", "were", "is", "are", "also", "however", "later", "earlier", "then", "further",
        "previously", "recently", "reportedly", "publicly", "separately", "once", "again", "repeatedly",
        "yesterday", "today", "now", "too", "meanwhile", "himself", "herself", "",
    };

    // Connectives that open a sentence before its subject ("Meanwhile, the minister said").
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "meanwhile", "however", "but", "and", "also", "yet", "still", "separately", "earlier", "later", "now", "so", "then",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "one", "two", "three", "several", "some", "another", "senior", "other",
    };

    private readonly KnowledgeBase _knowledge;

    public SpeakerResolver(KnowledgeBase knowledge) => _knowledge = knowledge;

    /// <summary>The subject of a verb at token <paramref name="verb"/>, looked for in tokens [<paramref name="first"/>, verb).</summary>
    public Speaker? Subject(ArticleWords words, int first, int verb, bool preferFirst = false)
    {
        int end = verb;
        while (end > first && (BetweenSubjectAndVerb.Contains(words.Word(end - 1)) || words.Word(end - 1) == ","))
        {
            end--;
        }

        // "... but predicted", "... and says": a verb coordinated with an earlier one shares its subject, found from that verb.
        if (end <= first || words.Word(end - 1) is "and" or "but" or "or")
        {
            return null;
        }

        var candidates = words.NamedIn(first, end).Where(named => !IsPossessor(words, named) && !IsModifier(words, named, end)).ToList();
        if (preferFirst)
        {
            // After a quotation the subject comes straight after the comma ("...," Rabbi Hier, founder of X, said);
            // a name further on belongs to some other phrase ("... about the US election result, he said").
            if (end - first <= 2 && words.RecentSpeaker is not null && Pronoun(words, first, end) is { } afterQuote)
            {
                return afterQuote;
            }

            // Title words may stand before the name: "..., UK Foreign Secretary Jack Straw said", "..., the charity's Anna Berg said". A name after "and" opens a
            // clause of the reporter's own ("The plan was "badly run" and Spain had doubts too, Ms Berg said").
            bool opensClause = words.Word(first) is "and" or "but";
            if (candidates.Count > 0 && !opensClause && (candidates[0].First <= first + 1
                || Enumerable.Range(first, candidates[0].First - first).All(t => words.IsCapitalized(t) || words.Tokens[t].Kind == TokenKind.Possessive)))
            {
                if (BodyTitleThenName(words, first, candidates[0], end) is { } member)
                {
                    return member;
                }

                return candidates[0].IsPronoun && Pronoun(words, candidates[0].First, candidates[0].End) is { } byTitle
                    ? byTitle : FromNamed(words, candidates[0], end);
            }

            // "... because of its alliance with the US, he suggested": the subject after the last comma.
            int tail = end - 1;
            while (tail > first && words.Word(tail - 1) != ",")
            {
                tail--;
            }

            if (tail > first && end - tail <= (opensClause ? 6 : 3))
            {
                return Subject(words, tail, end);
            }

            return end - first <= 2 && Pronoun(words, first, end) is { } afterPronoun ? afterPronoun
                : Anaphor(words, first, end) ?? Role(words, first, end) ?? Institution(words, first, end);
        }

        // "George Chen, a partner at The Asia Group said": the name before an apposition that describes it.
        foreach (NamedSpan named in candidates)
        {
            // "... with Russia, the US said": a bare "the NAME" after the comma is the subject itself, not an apposition.
            bool isBareName = candidates.Any(other => other.End == end && other.First <= named.End + 2);
            // "Echoing the foreign minister, the president said": a name inside a fronted phrase is not the subject.
            bool inFrontedPhrase = named.First > first && words.Word(first).EndsWith("ing", StringComparison.Ordinal);
            if (named.End < end && words.Word(named.End) == "," && !isBareName && !inFrontedPhrase && IsDescriptor(words, named.End + 1, end, candidates))
            {
                return FromNamed(words, named, end);
            }
        }

        if (end - first <= 3 && words.RecentSpeaker is not null && Pronoun(words, end - 1, end) is { } recentPronoun)
        {
            return recentPronoun;
        }

        // A name the annotator did not know, introduced with an apposition: "Brad Adams, from Human Rights Watch, said".
        if (UnknownName(words, first, end) is { } unknown)
        {
            return unknown;
        }

        // "A spokesman for Mr Lind said": the spokesman speaks, not the person he speaks for.
        for (int k = Math.Max(first, end - 9); k < end - 3; k++)
        {
            if (words.Word(k) is "a" or "an" or "the" && SpokespersonFor(words, k, end) is { } spokesperson)
            {
                return spokesperson;
            }
        }

        // "Foreign Secretary Jack Straw said", "he said".
        if (candidates.LastOrDefault(named => named.End == end) is { Actor: not null } adjacent)
        {
            if (adjacent.IsPronoun && Pronoun(words, adjacent.First, adjacent.End) is { } byTitle)
            {
                return byTitle;
            }

            return FromNamed(words, adjacent, end);
        }

        int segment = end - 1;
        while (segment > first && words.Word(segment - 1) is not ("," or ":" or ";" or "but" or "that" or "while" or "and"))
        {
            segment--;
        }

        if (Anaphor(words, segment, end) is { } anaphor)
        {
            return anaphor;
        }

        if (candidates.FirstOrDefault(named => named.First >= segment) is { Actor: not null } inSegment)
        {
            return FromNamed(words, inSegment, end);
        }

        return Pronoun(words, segment, end) ?? Role(words, segment, end) ?? ProperNoun(words, segment, end);
    }

    /// <summary>
    /// The speaker named by the words from <paramref name="first"/> up to the next comma or sentence end
    /// (limited by <paramref name="limit"/>): "said Mr Straw, the foreign secretary", "according to a senior
    /// official", "as per a report by AFP" (the agency, described by the printed phrase).
    /// </summary>
    public Speaker? Following(ArticleWords words, int first, int limit)
    {
        int end = first;
        while (end < limit && words.Tokens[end].Kind is not (TokenKind.Terminal or TokenKind.Quote) && words.Word(end) is not ("," or ";" or ":"))
        {
            end++;
        }

        if (end <= first)
        {
            return null;
        }

        var candidates = words.NamedIn(first, end).Where(named => !IsPossessor(words, named)).ToList();
        if (candidates.Count > 0)
        {
            NamedSpan named = candidates[0];
            if (named.First <= first + 1)
            {
                string? apposition = null;
                if (named.End == end && end < limit && words.Word(end) == ",")
                {
                    int after = end + 1;
                    int stop = after;
                    while (stop < limit && words.Tokens[stop].Kind is not (TokenKind.Terminal or TokenKind.Quote) && words.Word(stop) is not ("," or ";"))
                    {
                        stop++;
                    }

                    if (IsDescriptor(words, after, stop, []))
                    {
                        apposition = words.Between(after, stop);
                    }
                }

                // "said White House Press Secretary Dana Whitfield": a body's title before a name the annotator did not know.
                if (named.Actor.Kind != "person" && end - named.End is >= 3 and <= 6
                    && Enumerable.Range(named.End, end - named.End).All(t => words.IsCapitalized(t) && words.Tokens[t].Kind == TokenKind.Word)
                    && _knowledge.RoleNounIn(words.Between(named.End, end - 2)) is not null && _knowledge.RoleNounIn(words.Between(end - 2, end)) is null)
                {
                    string person = words.Between(end - 2, end);
                    return new Speaker(Slug(person), person, apposition ?? words.Between(first, end - 2), IsListedActor: false);
                }

                return Make(named.Actor, apposition);
            }

            // "a report by AFP": the report's author, described by the phrase as printed.
            return Make(named.Actor, words.Between(first, end));
        }

        // "said Tomas Ferrer", "said Ravi Anand, 31, from ...": two or three capitalised words that are no role.
        if (end - first is 2 or 3 && Enumerable.Range(first, end - first).All(t => words.IsCapitalized(t) && words.Tokens[t].Kind == TokenKind.Word)
            && _knowledge.RoleNounIn(words.Between(first, end)) is null && !Determiners.Contains(words.Word(first)))
        {
            string name = words.Between(first, end);
            return new Speaker(Slug(name), name, null, IsListedActor: false);
        }

        return Role(words, first, end) ?? Institution(words, first, end);
    }

    // "..., EPP spokesman Alexander Radwan said", "Rebel spokesman Ali Haddad said": a known body, a role noun, then a
    // name the annotator did not know. The person speaks; the body and the role are the description.
    private Speaker? BodyTitleThenName(ArticleWords words, int first, NamedSpan body, int end)
    {
        if (body.IsPronoun || body.Actor.Kind == "person")
        {
            return null;
        }

        for (int nameLength = 2; nameLength <= 3; nameLength++)
        {
            int nameFirst = end - nameLength;
            if (nameFirst - body.End is < 1 or > 3
                || !Enumerable.Range(nameFirst, nameLength).All(t => words.IsCapitalized(t) && words.Tokens[t].Kind == TokenKind.Word)
                || _knowledge.RoleNounIn(words.Between(nameFirst, end)) is not null
                || _knowledge.RoleNounIn(words.Between(body.End, nameFirst)) is null)
            {
                continue;
            }

            string person = words.Between(nameFirst, end);
            return new Speaker(Slug(person), person, words.Between(first, nameFirst), IsListedActor: false);
        }

        return null;
    }

    // "The report said: ..." after "Oxfam says in a report" or "a report by the IMF": the body that published the report
    // named last before. A news outlet's report is journalism, not a body's words, so media are passed over.
    private static ArticleActor? ReportAuthor(ArticleWords words, int first, string noun)
    {
        for (int t = first - 1; t >= Math.Max(0, first - 400); t--)
        {
            if (words.Word(t) != noun)
            {
                continue;
            }

            int after = Math.Min(t + 4, words.Tokens.Count);
            NamedSpan? author = words.Word(Math.Min(t + 1, after - 1)) is "by" or "from" or "of"
                ? words.NamedIn(t + 1, after).Cast<NamedSpan?>().FirstOrDefault()
                : words.NamedIn(Math.Max(0, t - 7), t).Cast<NamedSpan?>().LastOrDefault();
            if (author is { IsPronoun: false, Actor.Kind: not ("person" or "media") } body)
            {
                return body.Actor;
            }
        }

        return null;
    }

    // "he"/"she" that the annotator left unresolved (the name is more than two sentences back): the
    // person named last before it, which in news is nearly always the one being quoted.
    private Speaker? Pronoun(ArticleWords words, int first, int end)
    {
        while (first < end && Openers.Contains(words.Word(first)))
        {
            first++;
        }

        if (end - first != 1 || words.Word(first) is not ("he" or "she"))
        {
            return null;
        }

        // A quotation's "he said" points back at whoever was being quoted a moment ago, unless the title says otherwise.
        string gender = words.Word(first) == "he" ? "male" : "female";
        // ... unless the reporter has named another person since, outside quotation marks: then the annotator's reading of
        // the pronoun (the first person named in the nearest sentence that names one) holds ("Mr Blair has been close to
        // President Bush. He said ...").
        if (words.RecentSpeaker is { } recent && first - recent.Token < 80 && words.PersonNamedBetween(recent.Token, first, recent.Speaker, gender)
            && words.ReferenceAt(first) is { Kind: "person" } referent)
        {
            return Make(referent, null);
        }

        if (words.RecentSpeaker is { } latest && first - latest.Token < 80
            && (words.Article.Actors.Any(actor => actor.Id == latest.Speaker.ActorId && actor.Kind == "person") || words.GenderOf(latest.Speaker) is not null)
            && !ArticleWords.Contradicts(words.GenderOf(latest.Speaker), gender))
        {
            return latest.Speaker;
        }

        return words.PersonBefore(first, gender) is { } person ? Make(person, null) : null;
    }

    private Speaker? UnknownName(ArticleWords words, int first, int end)
    {
        while (first < end && Openers.Contains(words.Word(first)))
        {
            first++;
        }

        int last = first;
        while (last < end && words.IsCapitalized(last) && words.Tokens[last].Kind == TokenKind.Word)
        {
            last++;
        }

        if (last - first is < 2 or > 3 || last >= end || words.Word(last) != "," || !IsDescriptor(words, last + 1, end, [])
            || words.NamedIn(first, last).Any() || _knowledge.RoleNounIn(words.Between(first, last)) is not null)
        {
            return null;
        }

        string name = words.Between(first, last);
        return new Speaker(Slug(name), name, words.Between(last + 1, end).TrimEnd(',', ' '), IsListedActor: false);
    }

    // A proper name the knowledge base does not know, standing alone as the subject ("Turkcell said"): one to
    // three capitalised words that are not a role, and, for one word, that the article also prints capitalised
    // inside a sentence (so "Critics said" at a sentence start is not taken for a name).
    private Speaker? ProperNoun(ArticleWords words, int first, int end)
    {
        while (first < end && Openers.Contains(words.Word(first)))
        {
            first++;
        }

        if (end - first is < 1 or > 3 || Enumerable.Range(first, end - first).Any(t => !words.IsCapitalized(t)))
        {
            return null;
        }

        string name = words.Between(first, end);
        string last = words.Word(end - 1);
        // "In May, the two ministers agreed": a fronted time phrase is no name.
        if (words.Word(first) is "in" or "on" or "at" or "by" or "for" or "from" or "with" or "after" or "before" or "since" or "during" or "under")
        {
            return null;
        }

        if (_knowledge.RoleNounIn(name) is not null || _knowledge.RoleNoun(last.TrimEnd('s')) is not null
            || Determiners.Contains(words.Word(first)) || words.Word(first) is "he" or "she" or "it" or "they" or "we" or "i" or "this" or "that")
        {
            return null;
        }

        // "Washington argues", "Beijing says": a capital speaks for its country (seats such as "Downing Street" keep their name).
        if (Capital(name) is { } country)
        {
            return new Speaker(country.Code.Value, country.Name, name, IsListedActor: true);
        }

        if (end - first == 1 && !System.Text.RegularExpressions.Regex.IsMatch(words.Text, @"[a-z,] " + System.Text.RegularExpressions.Regex.Escape(name) + @"\b"))
        {
            return null;
        }

        return new Speaker(Slug(name), name, null, IsListedActor: false);
    }

    // "the company said", "The organisation believes": the body named last before; "the charity's director added" straight
    // after a quotation: the person quoted a moment ago (a definite description of someone already in the story).
    private Speaker? Anaphor(ArticleWords words, int first, int end)
    {
        while (first < end && Openers.Contains(words.Word(first)))
        {
            first++;
        }

        if (end - first is < 2 or > 4 || words.Word(first) != "the" || Enumerable.Range(first + 1, end - first - 1).Any(t => words.IsCapitalized(t)))
        {
            return null;
        }

        if (end - first == 2 && words.Word(first + 1) is "report" or "study" or "survey")
        {
            return ReportAuthor(words, first, words.Word(first + 1)) is { } author ? Make(author, words.Between(first, end)) : null;
        }

        if (end - first == 2 && words.Word(first + 1) is "company" or "firm" or "organisation" or "organization" or "group" or "carrier"
            or "airline" or "bank" or "charity" or "ministry" or "agency" or "operator")
        {
            return words.OrganisationBefore(first) is { } body ? Make(body, words.Between(first, end)) : null;
        }

        bool isRole = _knowledge.RoleNoun(words.Word(end - 1)) is not null;
        if (isRole && words.Tokens[first + 2 < end ? first + 2 : first].Kind == TokenKind.Possessive && words.RecentSpeaker is { } recent
            && first - recent.Token is > 0 and < 40 && words.Article.Actors.Any(actor => actor.Id == recent.Speaker.ActorId && actor.Kind == "person"))
        {
            return recent.Speaker with { Description = words.Between(first, end) };
        }

        return null;
    }

    // "the Culture Ministry said", "the Trade Representative's Office said": a body the knowledge base lacks, printed as
    // "the" and capitalised words ending in a word that names an institution.
    private static Speaker? Institution(ArticleWords words, int first, int end)
    {
        while (first < end && Openers.Contains(words.Word(first)))
        {
            first++;
        }

        if (end - first is < 3 or > 6 || words.Word(first) != "the"
            || Enumerable.Range(first + 1, end - first - 1).Any(t => !words.IsCapitalized(t) && words.Tokens[t].Kind != TokenKind.Possessive)
            || words.Word(end - 1) is not ("ministry" or "office" or "department" or "commission" or "council" or "court" or "agency" or "police"
                or "army" or "military" or "government" or "embassy" or "party" or "bank" or "authority" or "secretariat"))
        {
            return null;
        }

        string name = words.Between(first + 1, end);
        return new Speaker(Slug(name), name, words.Between(first, end), IsListedActor: false);
    }

    private static Speaker? SpokespersonFor(ArticleWords words, int first, int end)
    {
        while (first < end && Openers.Contains(words.Word(first)))
        {
            first++;
        }

        if (end - first is < 4 or > 9 || Enumerable.Range(first, end - first).Any(t => words.Word(t) is "," or "and")
            || words.Word(first) is not ("a" or "an" or "the")
            || words.Word(first + 1) is not ("spokesman" or "spokeswoman" or "spokesperson" or "aide" or "adviser" or "advisor")
            || words.Word(first + 2) is not ("for" or "of" or "to"))
        {
            return null;
        }

        string name = words.Between(first + 1, end);
        return new Speaker(Slug(name), name, words.Between(first, end), IsListedActor: false);
    }

    // The country whose capital is printed as the name (data/metonyms.tsv, kind "capital"), or null.
    private Country? Capital(string name) =>
        _knowledge.Metonyms.FirstOrDefault(metonym => metonym.Kind == "capital" && string.Equals(metonym.Text, name, StringComparison.OrdinalIgnoreCase))
            is { } capital ? _knowledge.CountryByCode(capital.Country.Value) : null;

    // "UK Foreign Secretary Jack Straw", "the UK chancellor": a country printed as an adjective before a title or role
    // ("The US welcomed" is the country itself).
    private bool IsModifier(ArticleWords words, NamedSpan named, int end) =>
        named.Actor.Kind == "country" && named.End < end && words.Tokens[named.End].Kind == TokenKind.Word
        && (words.IsCapitalized(named.End) || _knowledge.RoleNoun(words.Word(named.End)) is not null
            || (words.Word(named.End).EndsWith('s') && _knowledge.RoleNoun(words.Word(named.End)[..^1]) is not null));

    private static bool IsPossessor(ArticleWords words, NamedSpan named) =>
        named.End < words.Tokens.Count && words.Tokens[named.End].Kind == TokenKind.Possessive;

    // An apposition describes the name before it: it starts with an article or a lower-case word, or holds a role noun.
    private bool IsDescriptor(ArticleWords words, int first, int end, List<NamedSpan> candidates)
    {
        if (first >= end || candidates.Any(named => named.First == first && !IsPossessor(words, named)))
        {
            return false;
        }

        string head = words.Word(first);
        return head is "a" or "an" or "the" || !words.IsCapitalized(first) && words.Tokens[first].Kind == TokenKind.Word
            || _knowledge.RoleNounIn(words.Between(first, end)) is not null;
    }

    private Speaker FromNamed(ArticleWords words, NamedSpan named, int end)
    {
        string? apposition = null;
        if (named.End < end && words.Word(named.End) == ",")
        {
            apposition = words.Between(named.End + 1, end).TrimEnd(',', ' ');
        }

        return Make(named.Actor, apposition);
    }

    private Speaker Make(ArticleActor actor, string? description) =>
        actor.Kind != "country" && Capital(actor.Name) is { } country
            ? new(country.Code.Value, country.Name, actor.Name, IsListedActor: true)
            : new(actor.Id, actor.Name, string.IsNullOrWhiteSpace(description) ? actor.Description : description, actor.IsListed);

    // An unnamed speaker: a noun phrase with a role noun and something that makes it particular (an article,
    // a possessor, a modifier: "a senior official", "US officials"), or a role of a named body ("Kremlin's
    // foreign policy aide").
    private Speaker? Role(ArticleWords words, int first, int end)
    {
        while (first < end && (Openers.Contains(words.Word(first)) || words.Tokens[first].Kind == TokenKind.Punctuation))
        {
            first++;
        }

        if (end - first is < 1 or > 9 || Enumerable.Range(first, end - first).Any(t => words.Tokens[t].Kind is TokenKind.Quote or TokenKind.Terminal))
        {
            return null;
        }

        // "who mostly live in the north ...": a relative clause is no speaker.
        if (words.Word(first) is "who" or "which" or "whose" or "whom" or "that")
        {
            return null;
        }

        string printed = words.Between(first, end);
        NamedSpan? possessor = words.NamedIn(first, end).Where(named => IsPossessor(words, named)).Cast<NamedSpan?>().FirstOrDefault();
        string last = words.Word(end - 1);
        bool hasRole = _knowledge.RoleNounIn(printed) is not null
            || (last.EndsWith('s') && _knowledge.RoleNoun(last[..^1]) is not null);
        bool isParticular = end - first >= 2 || Determiners.Contains(words.Word(first));
        bool isPossessedRole = possessor is { } owner && owner.End + 1 < end && !words.IsCapitalized(end - 1);
        // "the prime minister", "the French president", "the archbishop": the person of the article who holds that office.
        if (words.Word(first) == "the" && possessor is null && end - first <= 4 && words.OfficeHolderBefore(first, printed[4..], _knowledge) is { } holder)
        {
            return Make(holder, printed);
        }

        // "Cardinal Rossi said ... The Italian cardinal said": the speaker quoted last, when the title was printed
        // with their name (someone the knowledge base does not list).
        if (words.Word(first) == "the" && possessor is null && end - first <= 4 && _knowledge.RoleNoun(last) is not null && last.Length >= 4
            && words.RecentSpeaker is { } recent && first - recent.Token is > 0 and < 150
            && (" " + recent.Speaker.Name + " " + recent.Speaker.Description + " ").Contains(" " + last + " ", StringComparison.OrdinalIgnoreCase))
        {
            return recent.Speaker with { Description = printed };
        }

        // "Archbishop Paul Mensah has called for ... The Ghanaian archbishop said": the name printed earlier after
        // that title.
        if (words.Word(first) == "the" && possessor is null && end - first <= 4 && _knowledge.RoleNoun(last) is not null && last.Length >= 4
            && TitledNameBefore(words, words.Tokens[first].Span.Start, last) is { } titled)
        {
            return new Speaker(Slug(titled), titled, printed, IsListedActor: false);
        }

        if (!(hasRole && isParticular) && !isPossessedRole)
        {
            return null;
        }

        int nameStart = words.Word(first) is "a" or "an" or "the" ? first + 1 : first;
        string name = possessor is { } owner2 && owner2.First <= nameStart + 1
            ? owner2.Actor.Name + "'s " + words.Between(owner2.End + 1, end)
            : words.Between(nameStart, end);
        return new Speaker(Slug(name), name, printed, IsListedActor: false);
    }

    // The last "Title Firstname Lastname" printed before the offset, for a title such as "archbishop"; null when none.
    private static string? TitledNameBefore(ArticleWords words, int offset, string title)
    {
        string pattern = @"\b" + System.Text.RegularExpressions.Regex.Escape(char.ToUpperInvariant(title[0]) + title[1..])
            + @"\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,2})\b";
        System.Text.RegularExpressions.Match? found = System.Text.RegularExpressions.Regex.Matches(words.Text[..offset], pattern).LastOrDefault();
        return found?.Groups[1].Value;
    }

    /// <summary>A deterministic id from printed words: "Kremlin's foreign policy aid" → "kremlins-foreign-policy-aid".</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (char c in name.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (c is not ('\'' or '’') && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
