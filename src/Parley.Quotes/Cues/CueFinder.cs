using Parley.Annotate.Lexicons;
using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;
using Parley.Core;
using Parley.Quotes.Attribution;

namespace Parley.Quotes.Cues;

/// <summary>
/// Finds what attributes a quoted stretch inside its sentence, in the order news writes it: a reporting
/// verb just before the marks ("said:", "said, "), one just after ("...," he said / "...," said X, a ROLE),
/// a reporting verb earlier in the same clause (a partial inside reported speech), then an attribution
/// phrase ("according to X", "as per a report by AFP"). Reporting verbs and phrases are data
/// (data/lexicons/reporting-verbs.tsv, attribution-cues.tsv). Thread-safe.
/// </summary>
internal sealed class CueFinder
{
    private static readonly HashSet<string> NounMarkers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "their", "its", "these", "those", "our", "my", "your", "such", "per", "of", "in", "media", "news",
    };

    private static readonly HashSet<string> PassiveMarkers = new(StringComparer.Ordinal) { "is", "was", "are", "were", "be", "been", "being" };

    private static readonly HashSet<string> ClauseSubjects = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "he", "she", "they", "it", "we", "i", "there", "his", "her", "their", "its", "this", "these", "those", "you",
    };

    private readonly ReportingVerbs _verbs;
    private readonly AttributionCues _phrases;
    private readonly SpeakerResolver _speakers;

    public CueFinder(ReportingVerbs verbs, AttributionCues phrases, SpeakerResolver speakers)
    {
        _verbs = verbs;
        _phrases = phrases;
        _speakers = speakers;
    }

    /// <summary>The cue of the quoted tokens [<paramref name="open"/>, <paramref name="close"/>] (the marks) in <paramref name="sentence"/>, or null.</summary>
    public Cue? Find(ArticleWords words, Sentence sentence, int open, int close)
    {
        int start = sentence.FirstToken;
        int end = sentence.EndToken;

        // Just before: "X said: "..."", "X said, "..."", "X said "..."", "X told reporters: "..."".
        int before = open - 1;
        while (before >= start && words.Word(before) is ":" or "," or "that")
        {
            before--;
        }

        if (before >= start && VerbEndingAt(words, before, start) is { } justBefore
            && _speakers.Subject(words, ClauseStart(words, start, justBefore), justBefore) is { } beforeSpeaker)
        {
            return new Cue(beforeSpeaker, Span(words, justBefore, before + 1));
        }

        // Just after: "...," he said / "...," said Mr Straw / "...," Rabbi Hier, founder of ..., said.
        int after = close + 1;
        while (after < end && words.Word(after) is "," or "—" or "-")
        {
            after++;
        }

        if (after < end && !words.IsQuoted(after))
        {
            if (VerbStartingAt(words, after, end) is { } verbEnd
                && _speakers.Following(words, verbEnd, end) is { } following)
            {
                return new Cue(following, Span(words, after, verbEnd));
            }

            for (int v = after + 1; v < Math.Min(end, after + 25); v++)
            {
                if (words.IsQuoted(v) || words.Tokens[v].Kind == TokenKind.Terminal)
                {
                    break;
                }

                if (VerbStartingAt(words, v, end) is { } laterEnd)
                {
                    if (_speakers.Subject(words, after, v, preferFirst: true) is { } subject)
                    {
                        return new Cue(subject, Span(words, v, laterEnd));
                    }

                    break;
                }
            }
        }

        // Earlier in the same clause: "said that they "don't worry too much" about".
        for (int v = open - 1; v >= start; v--)
        {
            // Another quoted fragment of the same clause does not end it ("said they "A" and believe it will "B"").
            if (IsClauseBreak(words, v, open))
            {
                break;
            }

            if (VerbEndingAt(words, v, start) is { } verb && !IsBeforeInfinitive(words, v, open)
                && _speakers.Subject(words, ClauseStart(words, start, verb), verb) is { } speaker)
            {
                return new Cue(speaker, Span(words, verb, v + 1));
            }
        }

        return Phrase(words, start, end, open, close);
    }

    // "the rebels had agreed to free the men after "long talks"": a verb with an infinitive reports an act, not the
    // quoted words, so the search goes on to the verb that introduced the clause ("the minister told parliament that").
    private bool IsBeforeInfinitive(ArticleWords words, int verb, int open) =>
        verb + 2 < open && words.Word(verb + 1) == "to" && _verbs.TryGet(words.Word(verb), out ReportingVerb reporting)
        && reporting.Lemma is "agree" or "threaten" or "vow" or "urge" or "ask" or "demand" or "appeal" or "promise" or "pledge"
            or "refuse" or "decline" or "offer" or "continue" or "call on" or "claim";

    /// <summary>Whether a reporting verb ends at token <paramref name="last"/>; returns its first token.</summary>
    public int? VerbEndingAt(ArticleWords words, int last, int start)
    {
        if (words.Tokens[last].Kind != TokenKind.Word || words.IsQuoted(last))
        {
            return null;
        }

        if (last > start && _verbs.Contains(words.Word(last - 1) + " " + words.Word(last)))
        {
            return IsVerbUse(words, last - 1, start) ? last - 1 : null;
        }

        return _verbs.Contains(words.Word(last)) && IsVerbUse(words, last, start) ? last : null;
    }

    /// <summary>Whether a reporting verb starts at token <paramref name="first"/>; returns the token just past it.</summary>
    public int? VerbStartingAt(ArticleWords words, int first, int end)
    {
        if (words.Tokens[first].Kind != TokenKind.Word || words.IsQuoted(first))
        {
            return null;
        }

        if (first + 1 < end && _verbs.Contains(words.Word(first) + " " + words.Word(first + 1)))
        {
            return first + 2;
        }

        return _verbs.Contains(words.Word(first)) && IsVerbUse(words, first, 0) ? first + 1 : null;
    }

    // "the reports", "his comments" are nouns; "is said to have" is a passive that names no speaker.
    private static bool IsVerbUse(ArticleWords words, int verb, int start)
    {
        if (verb <= start)
        {
            return true;
        }

        string previous = words.Word(verb - 1);
        return !NounMarkers.Contains(previous) && !PassiveMarkers.Contains(previous);
    }

    /// <summary>Where the subject of a verb at <paramref name="verb"/> may start: after the last quotation or semicolon before it.</summary>
    public static int ClauseStart(ArticleWords words, int start, int verb)
    {
        for (int t = verb - 1; t > start; t--)
        {
            if (words.IsQuoted(t) || words.Word(t) == ";")
            {
                return t + 1;
            }
        }

        return start;
    }

    /// <summary>
    /// Whether token <paramref name="t"/> ends one clause and starts another with a new subject: a semicolon,
    /// or ", and|but|while" followed by a name, a pronoun or an article ("..., and Trump too had a "long ..."").
    /// </summary>
    public static bool IsClauseBreak(ArticleWords words, int t, int limit)
    {
        string word = words.Word(t);
        if (word == ";")
        {
            return true;
        }

        // "but the Tories say": "but" and "while" open a new clause even without a comma; "and" only after one.
        if (word is "but" or "while" or "whereas" && t + 1 < limit && t > 0 && words.Word(t - 1) != ",")
        {
            return words.IsCapitalized(t + 1) || ClauseSubjects.Contains(words.Word(t + 1));
        }

        if (word != "," || t + 2 >= limit || words.Word(t + 1) is not ("and" or "but" or "while" or "whereas" or "although" or "though"))
        {
            return false;
        }

        return words.IsCapitalized(t + 2) || ClauseSubjects.Contains(words.Word(t + 2));
    }

    private Cue? Phrase(ArticleWords words, int start, int end, int open, int close)
    {
        for (int t = start; t < end; t++)
        {
            if (words.IsQuoted(t))
            {
                continue;
            }

            foreach (AttributionCue cue in _phrases.All)
            {
                int n = cue.Words.Length;
                if (t + n > end || Enumerable.Range(0, n).Any(i => words.Word(t + i) != cue.Words[i]))
                {
                    continue;
                }

                Speaker? speaker = cue.IsSpeakerAfter
                    ? _speakers.Following(words, t + n, end)
                    : _speakers.Subject(words, ClauseStart(words, start, t), t);
                if (speaker is not null && (t + n <= open || t > close))
                {
                    return new Cue(speaker, Span(words, t, t + n));
                }
            }
        }

        return null;
    }

    private static TextSpan Span(ArticleWords words, int first, int end) =>
        TextSpan.FromBounds(words.Tokens[first].Span.Start, words.Tokens[end - 1].Span.End);
}
