using System.Globalization;
using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;
using Parley.Core;

namespace Parley.Annotate.Time;

/// <summary>
/// Finds dates and durations in a sentence and resolves relative dates against the article's own
/// publication date, never the clock: "On Wednesday" in a Friday 6 February 2026 article is
/// 2026-02-04 (the clause is past) and "on Monday" after "will" is the coming Monday; "last week"
/// is an ISO week, "earlier this month" a month, "Trump's April trip" the nearest April; "1.5 hours"
/// is PT1H30M. Stateless and thread-safe.
/// </summary>
public static class TimeExpressionRecognizer
{
    /// <summary>The time mentions of one sentence, left to right, without overlap.</summary>
    /// <param name="text">The article's clean text.</param>
    /// <param name="tokens">The article's tokens.</param>
    /// <param name="sentence">The sentence to search.</param>
    /// <param name="anchor">The publication date in the publication's own zone; null when unknown.</param>
    public static List<TimeMention> Recognize(string text, IReadOnlyList<Token> tokens, Sentence sentence, DateOnly? anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<TimeMention>();
        var cursor = new TokenCursor(text, tokens, sentence);
        for (int i = sentence.FirstToken; i < sentence.EndToken;)
        {
            TimeMention? mention = null;
            int end = ExplicitDate.Match(cursor, i, anchor, ref mention)
                ?? RelativeDate.Match(cursor, i, anchor, ref mention)
                ?? DurationPhrase.Match(cursor, i, ref mention)
                ?? -1;
            if (end > i && mention is not null)
            {
                found.Add(mention);
                i = end;
            }
            else
            {
                i++;
            }
        }

        return found;
    }
}

/// <summary>Read access to the tokens of one sentence, by index, with the comparisons the grammar needs.</summary>
internal readonly struct TokenCursor(string text, IReadOnlyList<Token> tokens, Sentence sentence)
{
    public string Text { get; } = text;

    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public Sentence Sentence { get; } = sentence;

    public bool Has(int i) => i >= Sentence.FirstToken && i < Sentence.EndToken;

    public ReadOnlySpan<char> At(int i) => Has(i) ? Tokens[i].In(Text) : [];

    public TokenKind KindAt(int i) => Tokens[i].Kind;

    public bool Is(int i, string word) => Has(i) && At(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int i, params ReadOnlySpan<string> words)
    {
        foreach (string word in words)
        {
            if (Is(i, word))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsCapitalized(int i) => Has(i) && Tokens[i].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[i].Span.Start]);

    /// <summary>The month named at <paramref name="i"/> ("Feb", "Feb.", "February"), or 0.</summary>
    public int MonthAt(int i)
    {
        if (!IsCapitalized(i))
        {
            return 0;
        }

        ReadOnlySpan<char> word = At(i).TrimEnd('.');
        return TimeWords.Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out int month) ? month : 0;
    }

    /// <summary>The weekday named at <paramref name="i"/>, when capitalized.</summary>
    public DayOfWeek? WeekdayAt(int i) =>
        IsCapitalized(i) && TimeWords.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(At(i), out DayOfWeek day) ? day : null;

    /// <summary>An integer at <paramref name="i"/> ("4", "4th", "2026"), or -1.</summary>
    public int IntegerAt(int i)
    {
        if (!Has(i) || Tokens[i].Kind != TokenKind.Number)
        {
            return -1;
        }

        ReadOnlySpan<char> digits = At(i);
        if (digits.EndsWith("st", StringComparison.Ordinal) || digits.EndsWith("nd", StringComparison.Ordinal)
            || digits.EndsWith("rd", StringComparison.Ordinal) || digits.EndsWith("th", StringComparison.Ordinal))
        {
            digits = digits[..^2];
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : -1;
    }

    public TimeMention Mention(int first, int end, FuzzyDate? date, IsoDuration? duration, bool relative, bool future)
    {
        var span = TextSpan.FromBounds(Tokens[first].Span.Start, Tokens[end - 1].Span.End);
        return new TimeMention(span, span.Of(Text), date, duration, relative, future);
    }

    public Tense TenseAround(int first, int end) =>
        TenseDetector.Around(Text, Tokens, first, end, Sentence.FirstToken, Sentence.EndToken);
}
