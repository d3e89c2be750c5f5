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
/// A country, its possessive or its demonym followed by an office or a state body, with no name after it:
/// "India's finance minister" is the holder of that office on the article's day; "the French foreign
/// ministry", "Russia's defence ministry" and "Kenyan police" are government actors of that country
/// (<c>data/lexicons/ministries.tsv</c>). "Italian finance minister Giancarlo Giorgetti" is left to the name.
/// </summary>
internal sealed class OfficePhrases
{
    private readonly KnowledgeBase _knowledge;
    private readonly NameMatcher _countries;
    private readonly NameMatcher _phrases;
    private readonly FrozenDictionary<string, string> _bodies;

    // (polity, folded phrase) -> the offices it names: an office's title without its polity ("Finance Minister of
    // India" -> "finance minister"), and "foreign minister"/"finance minister" for every office of that kind.
    private readonly FrozenDictionary<(string Polity, string Phrase), ImmutableArray<OfficeId>> _offices;

    public OfficePhrases(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        _countries = new NameMatcher(knowledge.Countries.SelectMany(country => country.Aliases.Append(country.Name).Concat(country.Demonyms))
            .Select(NameKey.Of).Where(key => key.Length > 0).Distinct());
        _bodies = Shipped.ToFrozenDictionary(StringComparer.Ordinal);
        var offices = new Dictionary<(string, string), List<OfficeId>>();
        // A seat whose post is not recorded ("Leader of the Conservative Party" is kind member) is not a state office:
        // "the UK leader" is not the Tory leader.
        foreach (Office office in knowledge.Offices.Where(office => !office.Kinds.Contains("member")))
        {
            IEnumerable<string> phrases = office.Kinds.Select(kind => kind switch
            {
                "foreign-minister" => "foreign minister",
                "finance-minister" => "finance minister",
                _ => null,
            }).OfType<string>().Append(OfficeDateInference.Head(office.Title));
            foreach (string phrase in phrases.Distinct())
            {
                (string, string) key = (office.Polity.ToUpperInvariant(), phrase);
                if (!offices.TryGetValue(key, out List<OfficeId>? list))
                {
                    offices[key] = list = [];
                }

                list.Add(office.Id);
            }
        }

        _offices = offices.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToImmutableArray());
        _phrases = new NameMatcher(_bodies.Keys.Concat(offices.Keys.Select(key => key.Item2)).Distinct());
    }

    /// <summary>The folded body phrases of <c>data/lexicons/ministries.tsv</c> and what each stands for.</summary>
    internal static IEnumerable<KeyValuePair<string, string>> Shipped { get; } =
        EmbeddedLexicon.Rows("lexicons/ministries.tsv", "phrase", "stands_for", "example")
            .Select(row => KeyValuePair.Create(NameKey.Of(row.Required("phrase")), row.Required("stands_for"))).ToList();

    /// <summary>One phrase found: its span and tokens, the actor it names, and the roles that actor holds on the day.</summary>
    internal sealed record Found(TextSpan Span, int FirstToken, int EndToken, ActorRef Actor, ImmutableArray<string> Roles);

    public IEnumerable<Found> Find(string text, IReadOnlyList<Token> tokens, Sentence sentence, DateOnly? date)
    {
        var words = WordView.Of(text, tokens, sentence.FirstToken, sentence.EndToken);
        for (int w = 0; w < words.Words.Count; w++)
        {
            int first = words.TokenOf(w);
            if (!words.StartsToken(w) || !PersonPatterns.IsCapitalizedWord(text, tokens[first]))
            {
                continue;
            }

            (string? countryKey, int count) = _countries.Longest(words.Words, w, words.EndsToken);
            if (countryKey is null || IsFormer(text, tokens, first, sentence))
            {
                continue;
            }

            int countryEnd = words.TokenOf(w + count - 1) + 1;
            bool possessive = countryEnd < sentence.EndToken && tokens[countryEnd].Kind == TokenKind.Possessive;
            int phraseToken = possessive ? countryEnd + 1 : countryEnd;
            int p = w + count;
            while (p < words.Words.Count && words.TokenOf(p) < phraseToken)
            {
                p++;
            }

            if (p >= words.Words.Count || words.TokenOf(p) != phraseToken)
            {
                continue;
            }

            (string? phrase, int length) = _phrases.Longest(words.Words, p, words.EndsToken);
            if (phrase is null)
            {
                continue;
            }

            int end = words.TokenOf(p + length - 1) + 1;
            if (NameFollows(text, tokens, end, sentence) || Country(countryKey) is not { } country)
            {
                continue;
            }

            var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[end - 1].Span.End);
            if (Resolve(text, span, tokens, sentence, first, phraseToken, end, country, phrase, possessive, date) is { } found)
            {
                yield return found with { FirstToken = first, EndToken = end };
                w = p + length - 1;
            }
        }
    }

    private Found? Resolve(string text, TextSpan span, IReadOnlyList<Token> tokens, Sentence sentence, int first, int phraseToken, int end,
        Country country, string phrase, bool possessive, DateOnly? date)
    {
        if (_bodies.TryGetValue(phrase, out string? standsFor))
        {
            // "Russia's foreign ministry" is named as "Russian foreign ministry", as a demonym would print it.
            string printed = TextSpan.FromBounds(tokens[phraseToken].Span.Start, tokens[end - 1].Span.End).Of(text);
            string name = possessive && !country.Demonyms.IsEmpty ? $"{country.Demonyms[0]} {printed}" : span.Of(text);
            var body = new ActorRef("government", $"{country.Code.Value.ToLowerInvariant()}-{standsFor}", name, country.Code);
            return new Found(span, 0, 0, body, []);
        }

        if (date is not { } day || !_offices.TryGetValue((country.Code.Value, phrase), out ImmutableArray<OfficeId> offices)
            || IsApposed(text, tokens, first, sentence))
        {
            return null; // without a day no office is claimed
        }

        Person? holder = offices.Select(office => _knowledge.HolderOf(office, day)).OfType<Person>().FirstOrDefault();
        if (holder is null)
        {
            return null;
        }

        ImmutableArray<string> roles = [.. _knowledge.OfficesHeld(holder.Id, day).Select(office => office.Title)];
        return new Found(span, 0, 0, new ActorRef("person", holder.Id.Value, holder.Name, holder.Country), roles);
    }

    private Country? Country(string key)
    {
        ImmutableArray<Country> countries = _knowledge.CountriesNamed(key);
        if (countries.IsEmpty)
        {
            countries = _knowledge.CountriesByDemonym(key);
        }

        return countries.IsEmpty ? null : countries[0];
    }

    // "Italian finance minister Giancarlo Giorgetti", "Japan's finance minister, Taro Aso": the name is the actor.
    private static bool NameFollows(string text, IReadOnlyList<Token> tokens, int end, Sentence sentence)
    {
        int next = end < sentence.EndToken && tokens[end].In(text) is "," ? end + 1 : end;
        return next < sentence.EndToken && PersonPatterns.IsCapitalizedWord(text, tokens[next]);
    }

    // "the former Indian finance minister" names no holder.
    private static bool IsFormer(string text, IReadOnlyList<Token> tokens, int first, Sentence sentence)
    {
        int before = Article(text, tokens, first - 1, sentence);
        return before >= sentence.FirstToken && tokens[before].In(text).Equals("former", StringComparison.OrdinalIgnoreCase);
    }

    // "Jack Straw, the British foreign secretary," describes the name before it, which may be a past holder: the
    // phrase is that name's description, not another person. A place before the comma ("in Afghanistan, the US
    // president said") is no name.
    private bool IsApposed(string text, IReadOnlyList<Token> tokens, int first, Sentence sentence)
    {
        int before = Article(text, tokens, first - 1, sentence);
        if (before - 1 < sentence.FirstToken || tokens[before].In(text) is not "," || !PersonPatterns.IsCapitalizedWord(text, tokens[before - 1]))
        {
            return false;
        }

        string word = tokens[before - 1].In(text).ToString();
        return _knowledge.CountriesNamed(word).IsEmpty && _knowledge.ActorsNamed(word).All(actor => actor.Kind == "person");
    }

    // The token before an article ("the", "a", "an") standing at <paramref name="index"/>, else index itself.
    private static int Article(string text, IReadOnlyList<Token> tokens, int index, Sentence sentence) =>
        index >= sentence.FirstToken && tokens[index].In(text) is "the" or "The" or "a" or "an" ? index - 1 : index;
}
