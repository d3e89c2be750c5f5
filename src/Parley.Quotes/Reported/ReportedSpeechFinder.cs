using Parley.Annotate.Lexicons;
using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;
using Parley.Core;
using Parley.Quotes.Attribution;
using Parley.Quotes.Cues;

namespace Parley.Quotes.Reported;

/// <summary>An indirect quote found in a sentence: the speaker, the reporting verb and the reported clause.</summary>
internal sealed record ReportedSpeech(Speaker Speaker, TextSpan Verb, TextSpan Clause);

/// <summary>
/// Finds reported speech without quotation marks: a reporting verb, optionally an object or a short
/// phrase ("told reporters", "posted on X"), then "that" and a clause; or "said" straight before a
/// clause that opens with a subject ("The Tories said they were glad ..."). The clause runs to the end
/// of the sentence or to a new coordinated clause with its own subject (", and Trump too had ..."), a
/// relative clause hung on the end, a dash and a conjunction, or ", adding ...". A clause after the verb
/// without "that" may hold quoted words unless it is mostly quotation; a "that"-clause with quoted words is
/// left to its partial quotes (docs/evaluation.md explains the line). A clause whose speaker is nobody in
/// particular ("analysts believe that") is not recorded. Thread-safe.
/// </summary>
internal sealed class ReportedSpeechFinder
{
    // Verbs that take a clause without "that" in news English ("he said the talks were useful").
    private static readonly HashSet<string> ZeroThatLemmas = new(StringComparer.Ordinal)
    {
        "say", "add", "insist", "claim", "argue", "admit", "acknowledge", "warn", "tell", "believe", "suggest", "predict", "stress", "confirm", "deny",
    };

    // Common irregular past tenses, read as a clause's finite verb like a regular "-ed" ("the vote laid to rest ...").
    private static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal)
    {
        "laid", "meant", "made", "took", "gave", "came", "went", "found", "left", "held", "kept", "thought", "felt", "put", "set", "cut",
        "paid", "sent", "won", "lost", "built", "brought", "bought", "sought", "fell", "rose", "grew", "knew", "saw", "began", "led",
    };

    private static readonly HashSet<string> ClauseSubjects = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "it", "we", "i", "there", "the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "no", "some",
        "all", "many", "both", "any", "such", "other", "more", "most",
    };

    private readonly ReportingVerbs _verbs;
    private readonly CueFinder _cues;
    private readonly SpeakerResolver _speakers;

    public ReportedSpeechFinder(ReportingVerbs verbs, CueFinder cues, SpeakerResolver speakers)
    {
        _verbs = verbs;
        _cues = cues;
        _speakers = speakers;
    }

    /// <summary>The reported speech in <paramref name="sentence"/>, in text order.</summary>
    public IEnumerable<ReportedSpeech> Find(ArticleWords words, Sentence sentence)
    {
        int start = sentence.FirstToken;
        int end = sentence.EndToken;
        for (int v = start + 1; v < end; v++)
        {
            if (_cues.VerbStartingAt(words, v, end) is not { } verbEnd || IsBeforeQuote(words, verbEnd, end))
            {
                continue;
            }

            int? clause = ClauseAfter(words, v, verbEnd, end);
            if (clause is not { } first)
            {
                continue;
            }

            int last = ClauseEnd(words, first, end);
            while (last > first && words.Tokens[last - 1].Kind is TokenKind.Punctuation)
            {
                last--;
            }

            if (last - first < 3 || !MayHoldQuotes(words, first, last))
            {
                continue;
            }

            if ((RelativeSubject(words, start, v) ?? _speakers.Subject(words, CueFinder.ClauseStart(words, start, v), v)
                ?? CoordinatedSubject(words, start, v)) is { } speaker)
            {
                yield return new ReportedSpeech(speaker,
                    TextSpan.FromBounds(words.Tokens[v].Span.Start, words.Tokens[verbEnd - 1].Span.End),
                    TextSpan.FromBounds(words.Tokens[first].Span.Start, words.Tokens[last - 1].Span.End));
                v = last;
            }
        }
    }

    /// <summary>
    /// Reported speech with the attribution after it: "The problems were inseparable from poverty, he added."
    /// or "..., said Mr Straw." The clause is everything before the last comma; the sentence holds no quotation marks.
    /// </summary>
    public ReportedSpeech? FindPostposed(ArticleWords words, Sentence sentence)
    {
        int start = sentence.FirstToken;
        int end = sentence.EndToken;
        // The sentence splitter may leave the next quotation's opening mark at the end of this sentence.
        while (end > start && words.Tokens[end - 1].Kind == TokenKind.Quote)
        {
            end--;
        }

        int last = end > start && words.Tokens[end - 1].Kind == TokenKind.Terminal ? end - 1 : end;
        if (end - start < 6 || Enumerable.Range(start, end - start).Any(t => words.IsQuoted(t)))
        {
            return null;
        }

        int comma = last - 1;
        while (comma > start && words.Word(comma) != ",")
        {
            comma--;
        }

        if (comma - start < 4 || last - comma - 1 is < 2 or > 9)
        {
            return null;
        }

        Speaker? speaker = null;
        int verb = -1;
        int verbEnd = -1;
        // "..., saying the UN should lead" is a participle that opens another clause, not an attribution.
        bool accordingTo = words.Word(comma + 1) == "according" && comma + 3 < last && words.Word(comma + 2) == "to";
        if (!accordingTo && (words.Word(comma + 1).EndsWith("ing", StringComparison.Ordinal) || words.Word(last - 1).EndsWith("ing", StringComparison.Ordinal)))
        {
            return null;
        }

        if (_cues.VerbStartingAt(words, comma + 1, last) is { } leading && !TakesObject(words, comma + 1))
        {
            (verb, verbEnd) = (comma + 1, leading);
            speaker = _speakers.Following(words, leading, last);
        }
        else if (accordingTo)
        {
            // "..., according to the Red Cross.": the attribution phrase names the source after it.
            (verb, verbEnd) = (comma + 1, comma + 3);
            speaker = _speakers.Following(words, comma + 3, last);
        }
        else if (TrailingVerb(words, comma + 1, last) is { } trailing && !TakesObject(words, trailing.Verb))
        {
            (verb, verbEnd) = trailing;
            speaker = _speakers.Subject(words, comma + 1, verb, preferFirst: true);
        }

        int clauseStart = start;
        while (clauseStart < comma && words.Tokens[clauseStart].Kind == TokenKind.Punctuation)
        {
            clauseStart++;
        }

        return speaker is null ? null : new ReportedSpeech(speaker,
            TextSpan.FromBounds(words.Tokens[verb].Span.Start, words.Tokens[verbEnd - 1].Span.End),
            TextSpan.FromBounds(words.Tokens[clauseStart].Span.Start, words.Tokens[comma - 1].Span.End));
    }

    // A reported clause may hold quoted words when it follows its verb without "that" and the reporter's own words
    // carry it ("the minister said the plan would be "deeply unwise""); a clause that is mostly quotation is left to its
    // partial quote ("said it "regrets any move to delay the vote""), and a "that"-clause with quoted words is read as the
    // reporter's paraphrase framing the speaker's words, recorded only as partial quotes (the seed's convention:
    // "said that they "don't worry too much"").
    private static bool MayHoldQuotes(ArticleWords words, int first, int last)
    {
        if (!Enumerable.Range(first, last - first).Any(t => words.IsQuoted(t)))
        {
            return true;
        }

        // Words only: the marks themselves do not make a clause "mostly quotation".
        int[] inClause = [.. Enumerable.Range(first, last - first).Where(t => words.Tokens[t].Kind != TokenKind.Quote)];
        int quoted = inClause.Count(t => words.IsQuoted(t));
        return first > 0 && words.Word(first - 1) != "that" && !words.IsQuoted(first) && quoted * 2 <= inClause.Length;
    }

    // "The minister admitted ..., but said the two sides were ...": a verb coordinated with an earlier reporting verb
    // of the sentence shares that verb's subject.
    private Speaker? CoordinatedSubject(ArticleWords words, int start, int verb)
    {
        int before = verb - 1;
        while (before > start && words.Word(before) is "," or "also" or "later" or "then")
        {
            before--;
        }

        if (before <= start || words.Word(before) is not ("and" or "but"))
        {
            return null;
        }

        for (int v = start + 1; v < before; v++)
        {
            if (_cues.VerbStartingAt(words, v, before) is not null
                && _speakers.Subject(words, CueFinder.ClauseStart(words, start, v), v) is { } speaker)
            {
                return speaker;
            }
        }

        return null;
    }

    // "Ms Berg, who has called the plan "a gamble", has already said ...": the subject
    // before a relative clause, even when the relative clause holds quotation marks.
    private Speaker? RelativeSubject(ArticleWords words, int start, int verb)
    {
        int comma = start;
        while (comma < verb && words.Word(comma) != ",")
        {
            comma++;
        }

        if (comma + 1 >= verb || comma - start is < 1 or > 4 || words.Word(comma + 1) is not ("who" or "which"))
        {
            return null;
        }

        int close = verb - 1;
        while (close > comma && words.Word(close) is "has" or "have" or "had" or "already" or "also" or "later")
        {
            close--;
        }

        return words.Word(close) == "," && close > comma + 2 ? _speakers.Subject(words, start, comma + 1) : null;
    }

    // "..., welcomed the minister's announcement": verbs of praise and blame take an object, not the words before them.
    private bool TakesObject(ArticleWords words, int verb) =>
        _verbs.TryGet(words.Word(verb), out ReportingVerb reporting) && reporting.Stance is "agrees" or "criticizes" && reporting.Lemma != "agree";

    // The reporting verb that ends an attribution, or is followed only by a short adverbial: "the ministry said",
    // "the Culture Ministry said in a statement", "a spokesman said on Tuesday".
    private (int Verb, int End)? TrailingVerb(ArticleWords words, int first, int last)
    {
        if (_cues.VerbEndingAt(words, last - 1, first) is { } atEnd)
        {
            return (atEnd, last);
        }

        for (int p = last - 1; p > first && p >= last - 4; p--)
        {
            if (words.Word(p) is "in" or "on" or "at" or "during" or "after" or "late" or "earlier" or "last" or "this"
                && _cues.VerbEndingAt(words, p - 1, first) is { } verb)
            {
                return (verb, p);
            }
        }

        return null;
    }

    // "said: "..."" and "said, "..."" introduce a quotation, not reported speech.
    private static bool IsBeforeQuote(ArticleWords words, int after, int end) =>
        after < end && (words.IsQuoted(after) || (words.Word(after) is ":" or "," && after + 1 < end && words.IsQuoted(after + 1)));

    private int? ClauseAfter(ArticleWords words, int verb, int verbEnd, int end)
    {
        // "stated that", "told reporters that", "posted on X that", "said on Monday that"; not "agreed to set up a body that",
        // where "that" opens a relative clause of the infinitive's object.
        for (int t = verbEnd; t < Math.Min(end, verbEnd + 6) && !(t == verbEnd && words.Word(t) == "to"); t++)
        {
            if (words.Word(t) == "that")
            {
                return t + 1 < end ? t + 1 : null;
            }

            if (words.Tokens[t].Kind is not (TokenKind.Word or TokenKind.Number) || words.IsQuoted(t))
            {
                break;
            }
        }

        if (!_verbs.TryGet(words.Word(verb), out ReportingVerb reporting) || !ZeroThatLemmas.Contains(reporting.Lemma) || verbEnd >= end)
        {
            return null;
        }

        // "said the talks were useful": only when a subject and, soon after, a finite verb follow.
        int first = verbEnd;
        if (reporting.Lemma == "tell")
        {
            return ClauseAfterListener(words, verbEnd, end);
        }

        bool opensWithSubject = ClauseSubjects.Contains(words.Word(first))
            || (words.Tokens[first].Kind is TokenKind.Word or TokenKind.Number && !IsSentenceAdverb(words, first)
                && !_verbs.Contains(words.Word(first)) && !words.Word(first).EndsWith("ly", StringComparison.Ordinal));
        return opensWithSubject && HasFiniteVerbSoon(words, first, end) ? first : null;
    }

    // "told MPs the tax was ...", "told the BBC's morning show the plan would ...": after a short listener
    // (words and possessives only) the clause opens with an article or a pronoun and has a finite verb soon.
    private static int? ClauseAfterListener(ArticleWords words, int listener, int end)
    {
        for (int t = listener + 1; t < Math.Min(end, listener + 8); t++)
        {
            if (words.Tokens[t].Kind is not (TokenKind.Word or TokenKind.Possessive) || words.IsQuoted(t))
            {
                return null;
            }

            if (words.Word(t) is "the" or "he" or "she" or "they" or "it" or "there" or "we" or "i" or "his" or "her" or "its" or "their"
                && words.Tokens[t - 1].Kind == TokenKind.Word && !IsSentenceAdverb(words, t - 1) && HasFiniteVerbSoon(words, t, end, window: 12))
            {
                return t;
            }
        }

        return null;
    }

    // Words after "said" that do not open a clause: prepositions and time adverbs ("said on Monday", "said in a statement").
    private static bool IsSentenceAdverb(ArticleWords words, int t) => words.Word(t) is "on" or "in" or "at" or "last" or "this" or "to" or "by"
        or "for" or "with" or "from" or "about" or "after" or "before" or "during" or "of" or "yesterday" or "today" or "earlier" or "later"
        or "previously" or "recently" or "also" or "not" or "so" or "as" or "was" or "is" or "are" or "were" or "be" or "would" or "will" or "had" or "has" or "and" or "or"
        or "but" or "if" or "when" or "what" or "how" or "why" or "whether" or "nothing" or "goodbye" or "sorry" or "yes" or "no";

    // A finite verb soon after the subject: an auxiliary; a personal pronoun straight after "said" is a subject
    // whatever follows ("he looks forward to ...").
    private static bool HasFiniteVerbSoon(ArticleWords words, int first, int end, int window = 8)
    {
        if (words.Word(first) is "he" or "she" or "they" or "we" or "i" && first + 1 < end && words.Tokens[first + 1].Kind == TokenKind.Word)
        {
            return true;
        }

        for (int t = first; t < Math.Min(end, first + window); t++)
        {
            if (words.Word(t) is "is" or "was" or "were" or "are" or "had" or "has" or "have" or "would" or "will" or "could" or "should"
                or "can" or "must" or "might" or "may" or "did" or "does" or "do")
            {
                return true;
            }
        }

        // "the court backed the appeal", "the two sides hoped to avoid": a past tense straight after a short noun phrase
        // that opens with an article or a name (not "said the agreed text", where the -ed word follows the article).
        for (int t = first + 1; t < Math.Min(end - 1, first + 5); t++)
        {
            string word = words.Word(t);
            if (words.Tokens[t].Kind != TokenKind.Word || words.IsQuoted(t) || word is "and" && t == first + 1)
            {
                return false;
            }

            if ((word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(word)) && words.Tokens[t - 1].Kind == TokenKind.Word
                && words.Word(t - 1) is not ("the" or "a" or "an" or "and" or "or" or "been" or "be" or "being")
                && words.Tokens[t + 1].Kind == TokenKind.Word && !words.IsCapitalized(t))
            {
                return t >= first + 2 || words.IsCapitalized(first) || words.Word(first) is "the";
            }
        }

        return false;
    }

    private int ClauseEnd(ArticleWords words, int first, int end)
    {
        int last = first;
        while (last < end)
        {
            if (words.Tokens[last].Kind == TokenKind.Terminal || CueFinder.IsClauseBreak(words, last, end))
            {
                break;
            }

            // "... peace plan and said his bid ...": a second reporting verb starts a second report.
            if (words.Word(last) is "and" or "but" && last + 1 < end && _cues.VerbStartingAt(words, last + 1, end) is not null)
            {
                break;
            }

            // "..., which it expects to ...", "..., while the opposition objected ...", "..., also known as ...": a
            // relative or contrasting clause hung on the end is the reporter's addition, not the reported words.
            if (words.Word(last) == "," && last + 1 < end && last > first
                && (words.Word(last + 1) is "which" or "who" or "whom" or "whose" or "while" or "whereas"
                    || (last + 2 < end && words.Word(last + 1) == "also" && words.Word(last + 2) == "known")))
            {
                break;
            }

            // "... binding - but the minister said", "... delays - though he admitted": a dash and a conjunction open the reporter's clause.
            if (words.Word(last) is "-" or "—" or "–" && last > first && last + 1 < end
                && words.Word(last + 1) is "but" or "though" or "although" or "while" or "and" or "which" or "who")
            {
                break;
            }

            // "..., adding it was ...", "..., saying he hoped ...": a participle of a reporting verb opens the next report.
            if (words.Word(last) == "," && last > first && last + 1 < end && words.Word(last + 1).EndsWith("ing", StringComparison.Ordinal)
                && _verbs.Contains(words.Word(last + 1)))
            {
                break;
            }

            // "said Europe needed to act but praised the plan": a second predicate of the speaker, not reported words.
            if (words.Word(last) == "but" && last > first && last + 1 < end && !words.IsCapitalized(last + 1)
                && words.Word(last + 1).EndsWith("ed", StringComparison.Ordinal))
            {
                break;
            }

            // "..., he said." / "..., according to officials": the attribution is not part of the clause.
            if (words.Word(last) == "," && last + 1 < end && words.Word(last + 1) is "according" or "he" or "she" or "they" or "as" or "officials" or "said")
            {
                break;
            }

            last++;
        }

        return last;
    }
}
