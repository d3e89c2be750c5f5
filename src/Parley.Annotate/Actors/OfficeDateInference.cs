using System.Collections.Frozen;
using Parley.Annotate.Sentences;
using Parley.Annotate.Time;
using Parley.Annotate.Tokens;
using Parley.Knowledge;
using Parley.Knowledge.Text;

namespace Parley.Annotate.Actors;

/// <summary>
/// The day to resolve offices on when an article carries no publication date (BBC archive texts,
/// scraped pages): inferred from the text itself, never the clock. Two kinds of evidence:
/// <list type="bullet">
/// <item>explicit dates the text reports in the past ("in 1989", "March 2005"; not "by 2010" or
/// "will ... in 2008"): the article was written no earlier than the latest of them;</item>
/// <item>titles printed before known names ("President Bush", "Foreign Secretary Jack Straw"):
/// the article was written while that person held an office of that title.</item>
/// </list>
/// The day chosen agrees with the most titles; among such days, the one nearest after the latest
/// explicit date (that date itself when it agrees), else the start of the latest agreeing period.
/// See docs/recognition.md ("Articles without a date").
/// </summary>
internal sealed class OfficeDateInference
{
    // A year after these is a target or limit, not something that has happened ("by 2010").
    private static readonly FrozenSet<string> TargetWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "by", "until", "till", "before", "beyond", "through");

    private readonly KnowledgeBase _knowledge;

    // An office's title without its polity ("President of the United States" -> "president").
    private readonly FrozenDictionary<string, string> _heads;

    public OfficeDateInference(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        _heads = knowledge.Offices.ToFrozenDictionary(office => office.Id.Value, office => Head(office.Title), StringComparer.Ordinal);
    }

    /// <summary>The office head of a title: the words before its last " of " ("Secretary of State of the United States" -> "secretary of state").</summary>
    internal static string Head(string title)
    {
        int of = title.LastIndexOf(" of ", StringComparison.Ordinal);
        return NameKey.Of(of > 0 ? title[..of] : title);
    }

    /// <summary>The inferred day, or null when the text gives no evidence at all.</summary>
    /// <param name="text">The clean text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences (a date's tense is read within its own).</param>
    /// <param name="times">Its time mentions (resolved without an anchor).</param>
    /// <param name="names">Known names found in it: their folded key and first token.</param>
    public DateOnly? Infer(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<TimeMention> times,
        IEnumerable<(string Key, int FirstToken)> names)
    {
        DateOnly? floor = LatestReportedDate(text, tokens, sentences, times);
        var titled = new List<List<(DateOnly Start, DateOnly End)>>();
        foreach ((string key, int first) in names)
        {
            if (TitledPeriods(text, tokens, key, first) is { Count: > 0 } periods)
            {
                titled.Add(periods);
            }
        }

        if (titled.Count == 0)
        {
            return floor;
        }

        // The agreement count only changes at a period's bounds: score each bound (and the floor).
        var points = titled.SelectMany(periods => periods.SelectMany(period => new[] { period.Start, period.End }))
            .Where(point => point != DateOnly.MaxValue).ToHashSet();
        if (floor is { } f)
        {
            points.Add(f);
        }

        var scored = points.Order().Select(point => (Point: point, Score: titled.Count(periods => periods.Any(p => p.Start <= point && point < p.End))))
            .ToList();
        int best = scored.Max(entry => entry.Score);
        var agreeing = scored.Where(entry => entry.Score == best).Select(entry => entry.Point).ToList();
        if (floor is { } low)
        {
            // The day itself when it agrees; else the first agreeing day after it; else the last one before it.
            return agreeing.Where(point => point >= low).Select(point => (DateOnly?)point).FirstOrDefault() ?? agreeing[^1];
        }

        return agreeing[^1];
    }

    // The latest date the text reports as past: explicit (not relative), not future, not a target.
    private static DateOnly? LatestReportedDate(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<TimeMention> times)
    {
        DateOnly? latest = null;
        foreach (TimeMention time in times)
        {
            if (time.Date is not { } date || time.IsRelative || time.IsFuture || IsTarget(text, tokens, time)
                || IsPlanned(text, tokens, sentences, time))
            {
                continue;
            }

            // The middle of a month or year: "in 2005" says little about which part of it.
            DateOnly day = date.Start.AddDays((date.End.DayNumber - date.Start.DayNumber) / 2);
            if (latest is null || day > latest)
            {
                latest = day;
            }
        }

        return latest;
    }

    // "will report in 2008": an explicit year keeps no tense of its own, so the clause's is read here.
    private static bool IsPlanned(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, TimeMention time)
    {
        foreach (Sentence sentence in sentences)
        {
            if (sentence.Span.Contains(time.Span))
            {
                int first = FirstTokenAt(tokens, time.Span.Start);
                int end = FirstTokenAt(tokens, time.Span.End - 1) + 1;
                return TenseDetector.Around(text, tokens, first, end, sentence.FirstToken, sentence.EndToken) == Tense.Future;
            }
        }

        return false;
    }

    private static bool IsTarget(string text, IReadOnlyList<Token> tokens, TimeMention time)
    {
        int index = FirstTokenAt(tokens, time.Span.Start);
        return index > 0 && TargetWords.Contains(tokens[index - 1].In(text).ToString());
    }

    private static int FirstTokenAt(IReadOnlyList<Token> tokens, int offset)
    {
        int low = 0;
        int high = tokens.Count - 1;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (tokens[middle].Span.End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // The periods in which some person of this name held an office whose title stands right before
    // the name ("President Bush"; a first name the knowledge base lacks may stand between: "Chancellor
    // Gerhard Schroeder"). Empty when no title stands there, or it is "former ...".
    private List<(DateOnly Start, DateOnly End)> TitledPeriods(string text, IReadOnlyList<Token> tokens, string key, int first)
    {
        var periods = new List<(DateOnly, DateOnly)>();
        List<Person> people = [.. _knowledge.ActorsNamed(key).Where(actor => actor.Kind == "person")
            .Select(actor => _knowledge.PersonById(new PersonId(actor.Id))).OfType<Person>()];
        if (people.Count == 0)
        {
            return periods;
        }

        foreach (int end in new[] { first, first - 1 })
        {
            if (end < first && (end < 1 || !PersonPatterns.IsCapitalizedWord(text, tokens[end])))
            {
                break;
            }

            for (int length = 1; length <= 4 && end - length >= 0; length++)
            {
                int start = end - length;
                if (tokens[start].Kind != TokenKind.Word)
                {
                    break;
                }

                string words = NameKey.Of(string.Join(' ', Enumerable.Range(start, length).Select(t => tokens[t].In(text).ToString())));
                bool former = start > 0 && tokens[start - 1].In(text) is "former" or "Former" or "ex" or "Ex";
                foreach (Person person in people)
                {
                    foreach (Tenure tenure in _knowledge.TenuresOf(person.Id))
                    {
                        if (_heads.TryGetValue(tenure.Office.Value, out string? head) && head == words && !former)
                        {
                            periods.Add((tenure.Start, tenure.End ?? DateOnly.MaxValue));
                        }
                    }
                }

                if (periods.Count > 0)
                {
                    return periods;
                }
            }
        }

        return periods;
    }
}
