using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Annotate.Lexicons;
using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;
using Parley.Core;
using Parley.Knowledge;
using Parley.Knowledge.Tables;
using Parley.Knowledge.Text;

namespace Parley.Annotate.Actors;

/// <summary>
/// Unnamed collective actors (<c>data/lexicons/group-nouns.tsv</c>): "protesters", "Iranian demonstrators", "supporters of
/// Evo Morales", "Israeli officials". A group noun is an actor of kind <c>group</c>, attached to the country printed before
/// it; officials are a <c>government</c> actor of their country, not listed, so they act as their state does ("US
/// officials said" is the United States speaking). A bare noun after a qualified one of the same group is that group
/// ("Iranian protesters ... the demonstrators"). A state body named bare after the article named it with its country
/// ("Iranian security forces ... security forces fired") is that body.
/// </summary>
internal sealed class GroupPhrases
{
    // Lower-case words that may stand between a country and the group noun ("Iranian anti-government protesters",
    // "a Canadian government official", "senior French officials"); words opening with anti-/pro- are modifiers too.
    private static readonly FrozenSet<string> Modifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "government", "opposition", "peaceful", "angry", "young", "armed", "senior", "local", "masked", "radical", "unarmed",
        "student", "rival", "defence", "defense", "security", "military", "administration", "foreign", "trade", "health");

    // Words after a bare state body that show it is the subject of a clause, not a modifier ("security forces fired",
    // "police said", against "a police station", "army helicopters").
    private static readonly FrozenSet<string> ClauseWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "who", "which", "that", "and", "or", "have", "has", "had", "were", "was", "are", "is", "will", "would", "said", "say",
        "says", "also", "then", "did", "could", "can", "may", "might", "should", "later");

    private readonly KnowledgeBase _knowledge;
    private readonly FrozenDictionary<string, Row>.AlternateLookup<ReadOnlySpan<char>> _rows;
    private readonly NameMatcher _bodies;
    private readonly FrozenDictionary<string, string> _bodyStandsFor;

    // The first words of the state bodies ("security", "police"): most tokens start none, and are passed over without
    // the phrase matcher (recognition ran at half its speed when every token was tried).
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _bodyFirstWords;

    public GroupPhrases(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        // The nouns are plain lower-case words, so a case-insensitive lookup of the token's characters is their key.
        _rows = Shipped.ToFrozenDictionary(row => row.Noun, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _bodyStandsFor = OfficePhrases.Shipped.ToFrozenDictionary(StringComparer.Ordinal);
        _bodies = new NameMatcher(_bodyStandsFor.Keys);
        _bodyFirstWords = _bodyStandsFor.Keys.Select(phrase => phrase.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>One row of the lexicon: the noun, the group it names, the actor kind, what it needs, the CAMEO agent type, the sector.</summary>
    internal sealed record Row(string Noun, string StandsFor, string Kind, string Needs, string? Agent, string? Sector);

    private static readonly string[] Columns = ["noun", "stands_for", "kind", "needs", "agent", "sector", "example"];

    /// <summary>The rows of <c>data/lexicons/group-nouns.tsv</c>.</summary>
    internal static ImmutableArray<Row> Shipped { get; } = Read(EmbeddedLexicon.Rows("lexicons/group-nouns.tsv", Columns));

    /// <summary>Reads rows in the lexicon's format (for tests of the format).</summary>
    internal static ImmutableArray<Row> Read(List<TsvRow> rows) => EmbeddedLexicon.Each(rows, row =>
    {
        string agent = row.Required("agent");
        string sector = row.OneOf("sector", ["-", "civil-society", "academia", "government"]);
        return new Row(NameKey.Of(row.Required("noun")), row.KebabId("stands_for"), row.OneOf("kind", ["group", "government"]),
            row.OneOf("needs", ["-", "country", "leader"]), agent == "-" ? null : row.Code("agent"), sector == "-" ? null : sector);
    });

    /// <summary>Adds the groups of every sentence to <paramref name="actors"/>, after every named actor was found.</summary>
    public void Add(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, ActorTable actors)
    {
        // Which tokens a mention already covers, read once: asking the table for every token scanned every mention.
        bool[] covered = actors.CoveredTokens(tokens);
        foreach (Sentence sentence in sentences)
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                Token token = tokens[t];
                if (token.Kind != TokenKind.Word || covered[t])
                {
                    continue;
                }

                ReadOnlySpan<char> word = token.In(text);
                if (_rows.TryGetValue(word, out Row? row) && (t == sentence.FirstToken || !token.IsCapitalized(text)))
                {
                    AddGroup(text, tokens, sentence, t, row, actors);
                }
                else if (_bodyFirstWords.Contains(word))
                {
                    t = AddBody(text, tokens, sentence, t, actors);
                }
            }
        }
    }

    private void AddGroup(string text, IReadOnlyList<Token> tokens, Sentence sentence, int t, Row row, ActorTable actors)
    {
        // Modifiers before the noun, then a country, its possessive or its demonym.
        int first = t;
        while (first - 1 >= sentence.FirstToken && t - first < 2 && tokens[first - 1].Kind == TokenKind.Word && IsModifier(tokens[first - 1].In(text).ToString()))
        {
            first--;
        }

        // "Labour rebels", "Tory loyalists": a party's own members (MPs voting against it), not a crowd.
        if (first - 1 >= sentence.FirstToken && actors.ActorEndingAt(tokens[first - 1].Span.End) is { Kind: "organization" })
        {
            return;
        }

        (Country? country, int countryFirst, string? printed) = CountryBefore(text, tokens, sentence, first);
        int start = country is null ? first : countryFirst;
        (string Id, string Name, string Kind, string? Country, int End)? leader = country is null && row.Needs == "leader" ? Leader(text, tokens, sentence, t, actors) : null;
        if ((row.Needs == "country" && country is null) || (row.Needs == "leader" && leader is null))
        {
            return;
        }

        // "supporters of Evo Morales" is one phrase whose head is the group: the event stage reads it as one participant.
        int spanEnd = leader is { } of && of.End > tokens[t].Span.End ? of.End : tokens[t].Span.End;
        var span = TextSpan.FromBounds(tokens[start].Span.Start, spanEnd);
        string? description = start < t ? span.Of(text) : null;
        string id;
        string name;
        string? code;
        if (country is not null)
        {
            code = country.Code.Value;
            id = $"{code.ToLowerInvariant()}-{row.StandsFor}";
            name = $"{printed} {row.StandsFor}";
        }
        else if (leader is { } backed)
        {
            code = backed.Country;
            id = $"{backed.Id}-{row.StandsFor}";
            name = $"{backed.Name} {row.StandsFor}";
        }
        else
        {
            // A bare noun: the group of that kind the article named last ("the demonstrators" after "Iranian protesters").
            string suffix = "-" + row.StandsFor;
            string? earlier = actors.NearestEarlier(other => other == row.StandsFor || other.EndsWith(suffix, StringComparison.Ordinal), span.Start);
            if (earlier is not null)
            {
                actors.AddMention(earlier, new ActorMention(span, earlier, MentionForm.Name));
                return;
            }

            code = null;
            id = row.StandsFor;
            name = row.StandsFor;
        }

        var actor = new ActorRef(row.Kind, id, name, code is null ? null : new CountryCode(code));
        actors.AddGroup(actor, description, row.Sector, isListed: row.Kind == "group", new ActorMention(span, id, MentionForm.Name));
    }

    private static bool IsModifier(string word) =>
        Modifiers.Contains(word) || word.StartsWith("anti-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("pro-", StringComparison.OrdinalIgnoreCase);

    // "Iranian", "Hong Kong", "Iran's", "the US" right before index: the country and where its words start.
    private (Country? Country, int First, string? Printed) CountryBefore(string text, IReadOnlyList<Token> tokens, Sentence sentence, int index)
    {
        int end = index;
        bool possessive = end - 1 >= sentence.FirstToken && tokens[end - 1].Kind == TokenKind.Possessive;
        if (possessive)
        {
            end--;
        }

        for (int length = 3; length >= 1; length--)
        {
            int first = end - length;
            if (first < sentence.FirstToken || !Enumerable.Range(first, length).All(i => tokens[i].IsCapitalized(text)))
            {
                continue;
            }

            string words = TextSpan.FromBounds(tokens[first].Span.Start, tokens[end - 1].Span.End).Of(text);
            ImmutableArray<Country> named = _knowledge.CountriesNamed(words);
            if (named.IsEmpty && !possessive)
            {
                named = _knowledge.CountriesByDemonym(words);
            }

            if (named.Length == 1)
            {
                string printed = possessive && !named[0].Demonyms.IsEmpty ? named[0].Demonyms[0] : words;
                return (named[0], first, printed);
            }
        }

        return (null, index, null);
    }

    // "Morales's supporters", "the cleric's followers", "supporters of Evo Morales", "supporters of the ousted president
    // Evo Morales": a person, party or organisation of the article (a country backs no one this way).
    private static (string Id, string Name, string Kind, string? Country, int End)? Leader(string text, IReadOnlyList<Token> tokens, Sentence sentence, int t,
        ActorTable actors)
    {
        if (t - 2 >= sentence.FirstToken && tokens[t - 1].Kind == TokenKind.Possessive)
        {
            return IsLeader(actors.ActorEndingAt(tokens[t - 2].Span.End)) is { } possessor ? (possessor.Id, possessor.Name, possessor.Kind, possessor.Country, 0) : null;
        }

        if (t + 2 < sentence.EndToken && tokens[t + 1].In(text) is "of")
        {
            for (int next = t + 2; next < sentence.EndToken && next <= t + 6; next++)
            {
                if (IsLeader(actors.ActorStartingAt(tokens[next].Span.Start)) is { } leader)
                {
                    return (leader.Id, leader.Name, leader.Kind, leader.Country, leader.End);
                }

                if (tokens[next].Kind != TokenKind.Word || tokens[next].IsCapitalized(text))
                {
                    return null;
                }
            }
        }

        return null;
    }

    private static (string Id, string Name, string Kind, string? Country, int End)? IsLeader((string Id, string Name, string Kind, string? Country, int End)? actor) =>
        actor is { Kind: "person" or "organization" } ? actor : null;

    // A state body printed without its country ("security forces fired", "police said") after the article named it with
    // one ("Iranian security forces"): that body. Returns the last token read.
    private int AddBody(string text, IReadOnlyList<Token> tokens, Sentence sentence, int t, ActorTable actors)
    {
        var words = new WordView(text, tokens, t, Math.Min(sentence.EndToken, t + 4));
        (string? phrase, int count) = _bodies.Longest(words.Words, 0, words.EndsToken);
        if (phrase is null || tokens[t].IsCapitalized(text) && t != sentence.FirstToken)
        {
            return t;
        }

        int end = words.TokenOf(count - 1) + 1;
        bool indefinite = t - 1 >= sentence.FirstToken && tokens[t - 1].In(text) is "a" or "an";
        bool subject = end >= sentence.EndToken || tokens[end].Kind != TokenKind.Word || ClauseWords.Contains(tokens[end].In(text).ToString())
            || tokens[end].In(text).EndsWith("ed", StringComparison.Ordinal) || tokens[end].In(text).EndsWith("ing", StringComparison.Ordinal);
        var span = TextSpan.FromBounds(tokens[t].Span.Start, tokens[end - 1].Span.End);
        if (indefinite || !subject || actors.IsMentioned(span))
        {
            return t;
        }

        string suffix = "-" + _bodyStandsFor[phrase];
        string? body = actors.NearestEarlier(id => id.Length == 3 + suffix.Length && id.EndsWith(suffix, StringComparison.Ordinal), span.Start);
        if (body is null)
        {
            return t;
        }

        actors.AddMention(body, new ActorMention(span, body, MentionForm.Title));
        return end - 1;
    }
}
