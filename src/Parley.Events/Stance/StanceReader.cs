using System.Collections.Frozen;
using Parley.Annotate;
using Parley.Annotate.Actors;
using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;
using Parley.Events.Participants;
using Parley.Events.Triggers;
using Parley.Knowledge;
using Parley.Knowledge.Tables;
using Parley.Knowledge.Text;

namespace Parley.Events.Stance;

/// <summary>A row of data/lexicons/stance-words.tsv: an evaluation that, said of a party, is an act toward it. A row
/// "putting ... above" is matched on its head ("putting"); its <paramref name="Tail"/> ("above") must follow within six words.</summary>
internal sealed record StanceWord(string Words, EventTrigger Act, string[] Tail);

/// <summary>
/// A speaker's stance told in words no trigger row can carry, because the evaluation is a predicate of a reported
/// clause, not a verb of the speaker: "X called the rebate 'unjustified'", "X described Y as the best chance for peace",
/// "X said Mr Y was 'naive'", "Y was naive, X said". A plain "X said ..." is a quote; only an evaluation from
/// stance-words.tsv makes it an event, of that row's type, by the speaker, aimed at the party the clause names (or, with
/// none named, at the one the context names: the extractor's later pass).
/// </summary>
internal sealed class StanceReader
{
    // Verbs that name what something is: the speaker is their subject, the target their object.
    private static readonly FrozenSet<string> NamingVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "called", "calls", "calling", "described", "describes", "describing", "branded", "brands", "branding", "labelled", "labeled", "dubbed");

    // Verbs that report a clause; the speaker is their subject, or the name after them ("..., said Mr Straw").
    private static readonly FrozenSet<string> ReportingVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "say", "told", "argued", "argues", "insisted", "insists", "added", "stressed");

    private static readonly FrozenSet<string> Copulas = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "was", "are", "were", "be", "been", "being", "remains", "remained");

    // "called for", "called on", "called off", "called a truce": other acts, not naming.
    private static readonly FrozenSet<string> NotNaming = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "for", "on", "off", "in", "up", "a", "an", "back", "to");

    private static readonly string[] Types = ["ACCUSE", "SUPPORT", "REJECT", "REQUEST"];

    // Words that open their own predicate, with no copula before them: "said the ministry should have paid more",
    // "said the rebels must free the hostages".
    private static readonly FrozenSet<string> Modals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "should", "ought", "must");

    private const int GapWords = 6;

    private readonly FrozenDictionary<string, StanceWord[]> _byWords; // by head words; several gap rows may share a head
    private readonly NameMatcher _matcher;

    private StanceReader(IEnumerable<StanceWord> words)
    {
        _byWords = words.GroupBy(word => NameKey.Of(word.Words.Split(" ... ")[0]), StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        _matcher = new NameMatcher(_byWords.Keys);
    }

    /// <summary>The reader over the shipped stance-words.tsv.</summary>
    public static StanceReader Shipped { get; } = Parse("stance-words.tsv", EmbeddedTable.Text(typeof(StanceReader).Assembly, "lexicons/stance-words.tsv"));

    /// <summary>Parses the TSV format (docs/data-formats.md#stance-wordstsv); bad rows are reported with file and line.</summary>
    public static StanceReader Parse(string name, string text)
    {
        var errors = new List<KnowledgeError>();
        List<TsvRow> rows = TsvReader.Read(name, text, ["words", "type", "cameo", "example"], errors);
        var words = new List<StanceWord>();
        foreach (TsvRow row in rows)
        {
            try
            {
                string words1 = row.Required("words");
                string[] parts = words1.Split(" ... ");
                string[] tail = parts.Length > 1 ? NameKey.Of(parts[1]).Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
                words.Add(new StanceWord(words1, new EventTrigger(words1, IsNoun: false, row.OneOf("type", Types), null, null, row.Required("cameo"),
                    IsSymmetric: false, row.Line, name), tail));
            }
            catch (KnowledgeFormatException invalid)
            {
                errors.AddRange(invalid.Errors);
            }
        }

        return errors.Count == 0 ? new StanceReader(words) : throw new KnowledgeFormatException(errors);
    }

    /// <summary>
    /// The stance events of one sentence: (row, speaker, target, first and end token of the evaluation, and the first token
    /// of the judged words). With no party named, the target is null and the judged words point back ("called it a
    /// betrayal", "said the move was reckless"); the caller finds what they point at.
    /// </summary>
    public IEnumerable<(EventTrigger Act, ParticipantSlot Speaker, ParticipantSlot? Target, int First, int End, int Judged)> Read(
        AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, WordView words)
    {
        for (int w = 0; w < words.Words.Count; w++)
        {
            (string? key, int count) = _matcher.Longest(words.Words, w, words.EndsToken);
            if (key is null)
            {
                continue;
            }

            int first = words.TokenOf(w);
            int end = words.TokenOf(w + count - 1) + 1;
            int after = w + count;
            StanceWord? row = _byWords[key].FirstOrDefault(candidate => candidate.Tail.Length == 0 || HasTail(words, after, candidate.Tail));
            w += count - 1;
            if (row is null || Negated(article, sentence, first))
            {
                continue;
            }

            (ParticipantSlot Speaker, ParticipantSlot? Target, int Judged)? reading = Naming(article, sentence, participants, first) ?? Predicate(article, sentence, participants, first, end);
            // Without a party named in the clause the judgement is of a policy or a state of affairs ("said lifting the
            // embargo would be irresponsible"), which the news gold does not code as an act toward anyone, unless the
            // judged words point back at an act told before ("called it", "the move"): the caller decides.
            if (reading is { } found)
            {
                yield return (row.Act, found.Speaker, found.Target, first, end, found.Judged);
            }
        }
    }

    // "putting profit above safety": the tail words within a few words after the head, in the same stretch of words.
    private static bool HasTail(WordView words, int from, string[] tail)
    {
        for (int w = from; w + tail.Length <= words.Words.Count && w < from + GapWords; w++)
        {
            if (words.Words[w] == "\u0000")
            {
                return false;
            }

            if (tail.Select((word, i) => words.Words[w + i] == word).All(same => same))
            {
                return true;
            }
        }

        return false;
    }

    // "X called the rebate 'unjustified'", "X described Y as the best chance": a naming verb at most fourteen tokens before.
    private static (ParticipantSlot, ParticipantSlot?, int)? Naming(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int first)
    {
        string text = article.Text;
        for (int t = first - 1; t >= sentence.FirstToken && t >= first - 14; t--)
        {
            Token token = article.Tokens[t];
            if (token.Kind is TokenKind.Terminal || token.In(text) is ";" or ":" or "(" or ")")
            {
                return null;
            }

            if (!NamingVerbs.Contains(token.In(text).ToString()))
            {
                continue;
            }

            if (t + 1 < first && NotNaming.Contains(article.Tokens[t + 1].In(text).ToString()))
            {
                return null;
            }

            ParticipantSlot? speaker = SubjectBefore(article, sentence, participants, t);
            if (speaker is null)
            {
                return null;
            }

            ParticipantSlot? target = participants.Within(t + 1, first).FirstOrDefault(slot => !slot.IsPlace && !SameParty(slot, speaker));
            return (speaker, target, t + 1);
        }

        return null;
    }

    // "X said Mr Y was 'naive'", "Y was naive, X said": a copula at most three tokens before the evaluation, in a clause
    // reported by a speaker named before the reporting verb or right after it.
    private static (ParticipantSlot, ParticipantSlot?, int)? Predicate(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int first, int end)
    {
        string text = article.Text;
        // "said the ministry should have paid nurses more": a row that opens with a modal is its own predicate.
        int copula = Modals.Contains(article.Tokens[first].In(text).ToString()) ? first : -1;
        for (int t = first - 1; copula < 0 && t >= sentence.FirstToken && t >= first - 4; t--)
        {
            if (Copulas.Contains(article.Tokens[t].In(text).ToString()))
            {
                copula = t;
                break;
            }
        }

        if (copula < 0)
        {
            return null;
        }

        // The reporting verb before the clause: "X said (that) Y was ...". A direct quote after a colon ("told reporters:
        // 'It is unacceptable'") judges what its own words name, which is rarely a party.
        for (int t = copula - 1; t >= sentence.FirstToken && t >= copula - 14; t--)
        {
            if (article.Tokens[t].In(text) is ":" or ";")
            {
                return null;
            }

            if (!ReportingVerbs.Contains(article.Tokens[t].In(text).ToString()))
            {
                continue;
            }

            ParticipantSlot? speaker = SubjectBefore(article, sentence, participants, t);
            if (speaker is null)
            {
                return null;
            }

            // "told the minister that his plan was ...": the one told is the listener, not what is judged.
            int from = article.Tokens[t].In(text) is "told" && participants.Within(t + 1, copula).FirstOrDefault() is { } listener ? listener.EndToken : t + 1;
            ParticipantSlot? target = participants.Within(from, copula).LastOrDefault(slot => !slot.IsPlace && !SameParty(slot, speaker));
            return (speaker, target, from < copula && article.Tokens[from].In(text) is "that" ? from + 1 : from);
        }

        // "Y was naive, X said." / "..., said X.": the reporting verb closes the sentence.
        for (int t = end; t < sentence.EndToken; t++)
        {
            if (!ReportingVerbs.Contains(article.Tokens[t].In(text).ToString()))
            {
                continue;
            }

            if (t - 1 < sentence.FirstToken || !HasCommaBefore(article, sentence, t, end))
            {
                return null;
            }

            ParticipantSlot? speaker = participants.Within(end, t).LastOrDefault(slot => !slot.IsPlace)
                ?? participants.Within(t + 1, Math.Min(sentence.EndToken, t + 6)).FirstOrDefault(slot => !slot.IsPlace);
            if (speaker is null)
            {
                return null;
            }

            ParticipantSlot? target = participants.Within(sentence.FirstToken, copula).LastOrDefault(slot => !slot.IsPlace && !SameParty(slot, speaker));
            return (speaker, target, sentence.FirstToken);
        }

        return null;
    }

    private static bool HasCommaBefore(AnnotatedArticle article, Sentence sentence, int verb, int from)
    {
        for (int t = verb - 1; t >= from && t >= sentence.FirstToken; t--)
        {
            if (article.Tokens[t].In(article.Text) is ",")
            {
                return true;
            }
        }

        return false;
    }

    // The nearest party before the verb in its clause (twelve tokens at most); after a relative clause ("lawyer Jane
    // Doe, who represents Mr Roe, said ...") the antecedent before "who".
    private static ParticipantSlot? SubjectBefore(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int verb)
    {
        string text = article.Text;
        if (verb - 1 > sentence.FirstToken && article.Tokens[verb - 1].In(text) is ",")
        {
            for (int t = verb - 2; t - 2 >= sentence.FirstToken && t >= verb - 20; t--)
            {
                if (article.Tokens[t].In(text) is "who" or "which" && article.Tokens[t - 1].In(text) is ",")
                {
                    return participants.At(t - 2) is { IsPlace: false } antecedent ? antecedent : null;
                }
            }
        }

        for (int t = verb - 1; t >= sentence.FirstToken && t >= verb - 12; t--)
        {
            if (article.Tokens[t].In(text) is ";" or ":" or "(" or ")" or "while" or "whereas")
            {
                return null;
            }

            if (participants.At(t) is { IsPlace: false } slot)
            {
                return slot;
            }
        }

        return null;
    }

    // "not unjustified", "was never naive", "would not be wrong": a negated evaluation says nothing against anyone.
    private static bool Negated(AnnotatedArticle article, Sentence sentence, int first)
    {
        for (int t = first - 1; t >= sentence.FirstToken && t >= first - 4; t--)
        {
            if (article.Tokens[t].In(article.Text) is "not" or "never" or "n't" or "no")
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameParty(ParticipantSlot slot, ParticipantSlot speaker) => slot.Ids.Intersect(speaker.Ids).Any();
}
