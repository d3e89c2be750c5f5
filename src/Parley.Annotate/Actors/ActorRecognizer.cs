using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Annotate.Lexicons;
using Parley.Annotate.Sentences;
using Parley.Annotate.Time;
using Parley.Annotate.Tokens;
using Parley.Core;
using Parley.Knowledge;
using Parley.Knowledge.Text;

namespace Parley.Annotate.Actors;

/// <summary>
/// Finds the actors of an article and resolves them as of its date: known names through a
/// compiled dictionary of the knowledge base's names, people it does not know through the
/// patterns news introduces them with, surnames to the person named in full in the same article,
/// and countries, capitals and seats of power told apart as actors ("Beijing claims") or places
/// ("talks in Beijing"). Build once per knowledge base; thread-safe.
/// </summary>
public sealed class ActorRecognizer
{
    // After these a country, capital or seat is a place, not an actor ("talks in Beijing").
    private static readonly FrozenSet<string> Locatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "at", "to", "from", "into", "near", "outside", "inside", "across", "around", "toward", "towards", "via",
        "through", "throughout", "over", "within", "between", "visit", "visited", "visiting", "returned", "arrived", "travelled", "traveled");

    // Nouns a city names the venue of when it stands before them ("a Brussels summit").
    private static readonly FrozenSet<string> MeetingNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "summit", "summits", "meeting", "meetings", "talks", "conference", "conferences", "negotiations");

    private readonly KnowledgeBase _knowledge;
    private readonly ActorResolver _resolver;
    private readonly NameMatcher _names;
    private readonly PersonPatterns _patterns;
    private readonly OfficeDateInference _officeDates;
    private readonly OfficePhrases _officePhrases;
    private readonly Surnames _surnames;
    private readonly GroupPhrases _groups;

    /// <summary>Compiles the recognizer over <paramref name="knowledge"/>.</summary>
    public ActorRecognizer(KnowledgeBase knowledge, ReportingVerbs? verbs = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _resolver = new ActorResolver(knowledge);
        _names = new NameMatcher(knowledge.NameKeys);
        _patterns = new PersonPatterns(knowledge, verbs ?? ReportingVerbs.Shipped);
        _officeDates = new OfficeDateInference(knowledge);
        _officePhrases = new OfficePhrases(knowledge);
        _surnames = new Surnames(knowledge);
        _groups = new GroupPhrases(knowledge);
    }

    /// <summary>The actors of an article and every mention of them, in text order.</summary>
    /// <param name="text">The clean text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="times">Its time mentions (a month or weekday is never a name: "May").</param>
    /// <param name="date">The date to resolve offices on; null when the article has none (then no office is claimed).</param>
    public ImmutableArray<ArticleActor> Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences,
        IReadOnlyList<TimeMention> times, DateOnly? date) => RecognizeLayer(text, tokens, sentences, times, date, inferDate: false).Actors;

    /// <summary>
    /// The actors of an article, and the day their offices were resolved on. With no
    /// <paramref name="date"/> and <paramref name="inferDate"/>, that day is inferred from the text
    /// (<see cref="OfficeDateInference"/>) and every office it gives is marked <see cref="ArticleActor.RolesInferred"/>.
    /// </summary>
    public RecognizedActors RecognizeLayer(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences,
        IReadOnlyList<TimeMention> times, DateOnly? date, bool inferDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(times);
        var described = new List<DescribedPerson>();
        var known = new List<KnownName>();
        foreach (Sentence sentence in sentences)
        {
            int patterns = described.Count;
            described.AddRange(_patterns.Find(text, tokens, sentence));
            known.AddRange(KnownNames(text, tokens, sentence, times, described, patterns));
        }

        bool inferred = false;
        if (date is null && inferDate)
        {
            date = _officeDates.Infer(text, tokens, sentences, times, known.Select(name => (name.Key, name.FirstToken)));
            inferred = date is not null;
        }

        var actors = new ActorTable();
        foreach (DescribedPerson person in described.Where(person => !person.IsTitledSurname))
        {
            actors.AddDescribed(person, Country(person.Description), Sector(person.Description));
        }

        // "India's finance minister", "the French foreign ministry": offices and state bodies named by country and title.
        var titled = new List<OfficePhrases.Found>();
        foreach (Sentence sentence in sentences)
        {
            titled.AddRange(_officePhrases.Find(text, tokens, sentence, date).Where(found => !described.Any(person => person.NameSpan.Overlaps(found.Span))));
        }

        foreach (OfficePhrases.Found found in titled)
        {
            bool isPlace = found.Actor.Kind == "government" && IsPlace(text, tokens, found.FirstToken, found.EndToken);
            var mention = new ActorMention(found.Span, found.Actor.Id, isPlace ? MentionForm.Place : MentionForm.Title);
            actors.AddKnown(found.Actor, found.Roles, null, !isPlace, mention, rolesInferred: inferred && found.Actor.Kind == "person");
            if (found.Actor.Kind == "person")
            {
                actors.AddShortNames(found.Actor.Id, found.Actor.Name, found.Span.Start);
            }
        }

        // People named in full anywhere in the article decide what their surname means elsewhere in it.
        var fullNames = known.Where(name => name.IsFullPersonName(_knowledge)).Select(name => name.Key).ToHashSet(StringComparer.Ordinal);
        HashSet<string> countries = _surnames.CountriesNamed(text, tokens, known.Select(name => name.Key));
        foreach (KnownName name in known)
        {
            if (described.Any(person => person.NameSpan.Overlaps(name.Span)) || titled.Any(found => found.Span.Overlaps(name.Span)))
            {
                continue; // "Chen" inside "Chen Ming-chi", who the article introduced itself
            }

            if (actors.ShortNameOwner(name.Key, name.Span.Start) is { } local)
            {
                actors.AddMention(local, new ActorMention(name.Span, local, MentionForm.ShortName));
                continue;
            }

            ResolveKnown(text, tokens, name, fullNames, countries, date, inferred, actors);
        }

        // "Archbishop Tutu" after "Archbishop Desmond Tutu": the same person, not a second one.
        foreach (DescribedPerson person in described.Where(person => person.IsTitledSurname))
        {
            Token surname = tokens[person.EndToken - 1];
            if (actors.ShortNameOwner(NameKey.Of(surname.In(text).ToString()), person.NameSpan.Start) is { } owner)
            {
                actors.AddMention(owner, new ActorMention(surname.Span, owner, MentionForm.ShortName));
            }
            else
            {
                AddSurnamePerson(text, tokens, person, actors);
            }
        }

        AddLocalShortNames(text, tokens, known, described, actors);

        // Protesters, supporters of a named leader, "Israeli officials": after every named actor, whom they may back.
        _groups.Add(text, tokens, sentences, actors);
        return new RecognizedActors(actors.Build(), date, inferred);
    }

    // "Lindqvist added ...": a surname of someone the article introduced, which the knowledge base
    // does not list as a name at all, so the dictionary pass never saw it.
    private static void AddLocalShortNames(string text, IReadOnlyList<Token> tokens, List<KnownName> known, List<DescribedPerson> described, ActorTable actors)
    {
        if (described.Count == 0)
        {
            return;
        }

        for (int t = 0; t < tokens.Count; t++)
        {
            Token token = tokens[t];
            if (!PersonPatterns.IsCapitalizedWord(text, token)
                || described.Any(person => person.NameSpan.Overlaps(token.Span))
                || known.Any(name => name.Span.Overlaps(token.Span))
                || actors.IsMentioned(token.Span))
            {
                continue;
            }

            if (actors.ShortNameOwner(NameKey.Of(token.In(text).ToString()), token.Span.Start) is { } owner)
            {
                actors.AddMention(owner, new ActorMention(token.Span, owner, MentionForm.ShortName));
            }
        }
    }

    // The known names of a sentence. A surname alone is read with the words beside it (Surnames): a first name of its
    // person makes the full name ("Recep Erdogan"); other name words make a person the knowledge base lacks ("Feroz
    // Abbasi", "Martin Mubanga"), added to described unless a pattern (from index patterns on) found them already.
    private List<KnownName> KnownNames(string text, IReadOnlyList<Token> tokens, Sentence sentence, IReadOnlyList<TimeMention> times,
        List<DescribedPerson> described, int patterns)
    {
        var found = new List<KnownName>();
        var words = WordView.Of(text, tokens, sentence.FirstToken, sentence.EndToken);
        for (int w = 0; w < words.Words.Count; w++)
        {
            int token = words.TokenOf(w);
            if (!words.StartsToken(w) || !PersonPatterns.IsCapitalizedWord(text, tokens[token]))
            {
                continue;
            }

            (string? key, int count) = _names.Longest(words.Words, w, words.EndsToken);
            if (key is null)
            {
                continue;
            }

            int lastToken = words.TokenOf(w + count - 1);
            var span = TextSpan.FromBounds(tokens[token].Span.Start, tokens[lastToken].Span.End);
            w += count - 1;
            if (times.Any(time => time.Span.Overlaps(span)))
            {
                continue;
            }

            bool afterKnown = found.Count > 0 && found[^1].EndToken == token;
            if (token == lastToken && !afterKnown && _surnames.IsBareSurname(key))
            {
                Surnames.Reading reading = _surnames.Read(text, tokens, sentence, token, key);
                var readSpan = TextSpan.FromBounds(tokens[reading.FirstToken].Span.Start, tokens[reading.EndToken - 1].Span.End);
                if (reading.Person is { } person)
                {
                    found.Add(new KnownName(NameKey.Of(person.Name), readSpan, reading.FirstToken, reading.EndToken));
                    continue;
                }

                if (reading.IsOtherPerson)
                {
                    if (!described.Skip(patterns).Any(other => other.NameSpan.Overlaps(readSpan)))
                    {
                        described.Add(new DescribedPerson(readSpan, readSpan.Of(text), null, null, reading.FirstToken, reading.EndToken));
                    }

                    continue;
                }
            }

            found.Add(new KnownName(key, span, token, lastToken + 1));
        }

        return found;
    }

    private void ResolveKnown(string text, IReadOnlyList<Token> tokens, KnownName name, HashSet<string> fullNames, HashSet<string> countries,
        DateOnly? date, bool inferred, ActorTable actors)
    {
        ImmutableArray<ActorMatch> ranked = _resolver.Resolve(name.Key, date ?? DateOnly.MaxValue);
        if (ranked.IsEmpty)
        {
            return;
        }

        // A surname shared by several people: the one this article names in full wins.
        ActorMatch best = ranked.FirstOrDefault(match => match.Actor.Kind == "person" && fullNames.Contains(NameKey.Of(match.Actor.Name)))
            ?? ranked[0];

        // "Brussels" is the EU when it acts, but "talks in Brussels", "a Brussels summit" name the city: keep the capital
        // there, so a NATO summit in Brussels does not make the EU a party (the event stage reads capitals as venues).
        if (best.Actor.Kind == "igo" && ranked.FirstOrDefault(match => match.Actor.Kind is "government" or "country") is { } capital
            && (IsPlace(text, tokens, name.FirstToken, name.EndToken) || BeforeMeetingNoun(text, tokens, name.EndToken)))
        {
            best = capital;
        }

        // A surname alone, with no full name of that person in the article: the knowledge base's person only when the
        // article supports it (Surnames.Supports); else a person of that surname the knowledge base does not list.
        if (best.Actor.Kind == "person" && !fullNames.Contains(NameKey.Of(best.Actor.Name)) && _surnames.IsBareSurname(name.Key))
        {
            string? honorific = name.FirstToken > 0 && Honorifics.Contains(tokens[name.FirstToken - 1].In(text).ToString())
                ? tokens[name.FirstToken - 1].In(text).ToString() : null;
            if (!_surnames.Supports(best, honorific, date, countries))
            {
                AddSurnamePerson(text, tokens, new DescribedPerson(name.Span, name.Span.Of(text), null, null, name.FirstToken, name.EndToken), actors);
                return;
            }
        }
        ActorRef actor = best.Actor;
        bool isPlace = actor.Kind is "country" or "government" && IsPlace(text, tokens, name.FirstToken, name.EndToken);
        MentionForm form = actor.Kind switch
        {
            "person" => NameKey.Of(actor.Name) == name.Key ? MentionForm.Name : MentionForm.ShortName,
            "country" or "government" => isPlace ? MentionForm.Place : MentionForm.Acting,
            _ => isPlace ? MentionForm.Place : MentionForm.Name,
        };

        bool isListed = actor.Kind switch
        {
            "person" => true,
            // A seat of power acting is a government actor ("The White House posted"); a capital or a
            // country is recorded as a mention for the event stage but not listed (docs/recognition.md).
            "government" => form == MentionForm.Acting && IsSeatOfPower(name.Key, date),
            "country" => false,
            _ => form != MentionForm.Place && !actors.IsInsideDescription(name.Span),
        };

        string? description = date is null ? null : best.Description;
        ImmutableArray<string> roles = date is null ? [] : best.Roles;
        bool rolesInferred = inferred && actor.Kind == "person" && (!roles.IsEmpty || description is not null);
        actors.AddKnown(actor, roles, actor.Kind == "government" ? null : description, isListed, new ActorMention(name.Span, actor.Id, form), rolesInferred);
        if (actor.Kind == "person")
        {
            actors.AddShortNames(actor.Id, actor.Name, name.Span.Start);
        }
    }

    // A person met by surname ("Mrs Hassan", "Campbell") whom no knowledge-base person or earlier full name claims: the
    // person the article prints in full anywhere ("Margaret Hassan", undescribed), else a person named by the surname.
    private void AddSurnamePerson(string text, IReadOnlyList<Token> tokens, DescribedPerson person, ActorTable actors)
    {
        int surname = person.EndToken - 1;
        if (_surnames.FullName(text, tokens, NameKey.Of(tokens[surname].In(text).ToString())) is { } full && full.End - 1 != surname)
        {
            var fullSpan = TextSpan.FromBounds(tokens[full.First].Span.Start, tokens[full.End - 1].Span.End);
            string id = ActorTable.IdFor(fullSpan.Of(text));
            if (!actors.Contains(id))
            {
                actors.AddDescribed(new DescribedPerson(fullSpan, fullSpan.Of(text), person.DescriptionSpan, person.Description, full.First, full.End),
                    Country(person.Description), Sector(person.Description));
            }

            actors.AddMention(id, new ActorMention(person.NameSpan, id, MentionForm.ShortName));
            return;
        }

        actors.AddDescribed(person, Country(person.Description), Sector(person.Description));
    }

    private static bool BeforeMeetingNoun(string text, IReadOnlyList<Token> tokens, int endToken) =>
        endToken < tokens.Count && MeetingNouns.Contains(tokens[endToken].In(text).ToString());

    private bool IsSeatOfPower(string key, DateOnly? date) =>
        _knowledge.MetonymsOn(key, date ?? DateOnly.MaxValue).Any(metonym => metonym.Kind == "seat")
        || (date is null && _knowledge.Metonyms.Any(metonym => metonym.Kind == "seat" && NameKey.Of(metonym.Text) == key));

    private static bool IsPlace(string text, IReadOnlyList<Token> tokens, int firstToken, int endToken)
    {
        // "agrees to Beijing's demands": a possessor acts, whatever preposition stands before it.
        if (endToken < tokens.Count && tokens[endToken].Kind == TokenKind.Possessive)
        {
            return false;
        }

        int before = firstToken - 1;
        if (before >= 0 && tokens[before].In(text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            before--;
        }

        return before >= 0 && tokens[before].Kind == TokenKind.Word && Locatives.Contains(tokens[before].In(text).ToString());
    }

    // "Taiwan's Deputy Foreign Minister" -> TWN; "a South Korean diplomat" -> KOR. Longer word runs first.
    private string? Country(string? description)
    {
        if (description is null)
        {
            return null;
        }

        string[] words = description.Split([' ', ',', '\u2019', '\''], StringSplitOptions.RemoveEmptyEntries);
        for (int length = 3; length >= 1; length--)
        {
            for (int start = 0; start + length <= words.Length; start++)
            {
                if (!char.IsUpper(words[start][0]))
                {
                    continue;
                }

                string candidate = string.Join(' ', words, start, length);
                ImmutableArray<Knowledge.Country> countries = _knowledge.CountriesNamed(candidate);
                if (countries.IsEmpty)
                {
                    countries = _knowledge.CountriesByDemonym(candidate);
                }

                if (!countries.IsEmpty)
                {
                    return countries[0].Code.Value;
                }
            }
        }

        return null;
    }

    private string? Sector(string? description) => description is null ? null : _knowledge.RoleNounIn(description)?.Sector;

    private sealed record KnownName(string Key, TextSpan Span, int FirstToken, int EndToken)
    {
        public bool IsFullPersonName(KnowledgeBase knowledge) =>
            knowledge.ActorsNamed(Key).Any(actor => actor.Kind == "person" && NameKey.Of(actor.Name) == Key);
    }
}

/// <summary>The actor layer of one article: its actors, and the day offices were resolved on (null: none was claimed).</summary>
/// <param name="Actors">The actors, in order of first mention.</param>
/// <param name="OfficeDate">The publication date, or the inferred day, or null.</param>
/// <param name="IsOfficeDateInferred">Whether <paramref name="OfficeDate"/> was inferred from the text rather than published.</param>
public sealed record RecognizedActors(ImmutableArray<ArticleActor> Actors, DateOnly? OfficeDate, bool IsOfficeDateInferred);
