using Parley.Core;

namespace Parley.Annotate.Time;

/// <summary>
/// Dates stated relative to the day of writing: "today", "yesterday", "last night", "on
/// Wednesday", "last Monday", "next week", "earlier this month", "three days ago", "in April",
/// "since 2019". Resolved against the publication date; left unresolved (date null) without one.
/// </summary>
internal static class RelativeDate
{
    public static int? Match(TokenCursor c, int i, DateOnly? anchor, ref TimeMention? mention)
    {
        return DayWords(c, i, anchor, ref mention)
            ?? Periods(c, i, anchor, ref mention)
            ?? Ago(c, i, anchor, ref mention)
            ?? Weekday(c, i, anchor, ref mention)
            ?? MonthAlone(c, i, anchor, ref mention)
            ?? YearAlone(c, i, ref mention);
    }

    private static int? DayWords(TokenCursor c, int i, DateOnly? anchor, ref TimeMention? mention)
    {
        (int length, int offset) = c.At(i) switch
        {
            var w when w.Equals("today", StringComparison.OrdinalIgnoreCase) || w.Equals("tonight", StringComparison.OrdinalIgnoreCase) => (1, 0),
            var w when w.Equals("yesterday", StringComparison.OrdinalIgnoreCase) => (1, -1),
            var w when w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) => (1, 1),
            _ when c.Is(i, "last") && c.Is(i + 1, "night") => (2, -1),
            _ when c.Is(i, "this") && c.IsAny(i + 1, "morning", "afternoon", "evening") => (2, 0),
            _ when c.IsAny(i, "earlier", "later") && c.Is(i + 1, "today") => (2, 0),
            _ => (0, 0),
        };
        if (length == 0)
        {
            return null;
        }

        FuzzyDate? date = anchor is { } on ? FuzzyDate.OnDay(on.AddDays(offset)) : null;
        mention = c.Mention(i, i + length, date, null, relative: true, future: offset > 0);
        return i + length;
    }

    private static int? Periods(TokenCursor c, int i, DateOnly? anchor, ref TimeMention? mention)
    {
        int j = c.IsAny(i, "earlier", "later") && c.Is(i + 1, "this") ? i + 1 : i;
        if (!c.IsAny(j, "last", "this", "next", "past") || !c.IsAny(j + 1, "week", "month", "year"))
        {
            return null;
        }

        int step = c.Is(j, "last") ? -1 : c.Is(j, "next") ? 1 : 0;
        FuzzyDate? date = null;
        if (anchor is { } on)
        {
            date = c.Is(j + 1, "week") ? FuzzyDate.WeekOf(on.AddDays(7 * step))
                : c.Is(j + 1, "month") ? FuzzyDate.InMonth(on.AddMonths(step).Year, on.AddMonths(step).Month)
                : FuzzyDate.InYear(on.Year + step);
        }

        mention = c.Mention(i, j + 2, date, null, relative: true, future: step > 0 || c.Is(i, "later"));
        return j + 2;
    }

    private static int? Ago(TokenCursor c, int i, DateOnly? anchor, ref TimeMention? mention)
    {
        int count = c.IntegerAt(i);
        if (count < 0 && TimeWords.Numbers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(c.At(i), out int word) && word > 0)
        {
            count = word;
        }

        if (count <= 0 || !TimeWords.Units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(c.At(i + 1), out char unit)
            || !c.Is(i + 2, "ago") || unit is 'm' or 'h')
        {
            return null;
        }

        FuzzyDate? date = anchor is { } on
            ? unit switch
            {
                'D' => FuzzyDate.OnDay(on.AddDays(-count)),
                'W' => FuzzyDate.WeekOf(on.AddDays(-7 * count)),
                'M' => FuzzyDate.InMonth(on.AddMonths(-count).Year, on.AddMonths(-count).Month),
                _ => FuzzyDate.InYear(on.Year - count),
            }
            : null;
        mention = c.Mention(i, i + 3, date, null, relative: true, future: false);
        return i + 3;
    }

    private static int? Weekday(TokenCursor c, int i, DateOnly? anchor, ref TimeMention? mention)
    {
        int j = c.IsAny(i, "last", "next", "this") ? i + 1 : i;
        if (c.WeekdayAt(j) is not { } day)
        {
            return null;
        }

        Tense tense = c.Is(i, "last") ? Tense.Past : c.Is(i, "next") ? Tense.Future : c.TenseAround(i, j + 1);
        // News reports the past: a weekday with no tense in reach is the one just gone.
        bool future = tense == Tense.Future;
        FuzzyDate? date = null;
        if (anchor is { } on)
        {
            int back = ((int)on.DayOfWeek - (int)day + 7) % 7;
            int ahead = ((int)day - (int)on.DayOfWeek + 7) % 7;
            // "last Monday" on a Monday is a week ago, "next Monday" on a Monday a week ahead.
            if (c.Is(i, "last") && back == 0)
            {
                back = 7;
            }

            if (c.Is(i, "next") && ahead == 0)
            {
                ahead = 7;
            }

            date = FuzzyDate.OnDay(future ? on.AddDays(ahead) : on.AddDays(-back));
        }

        mention = c.Mention(i, j + 1, date, null, relative: true, future);
        return j + 1;
    }

    private static int? MonthAlone(TokenCursor c, int i, DateOnly? anchor, ref TimeMention? mention)
    {
        int j = c.IsAny(i, "last", "next", "this", "early", "mid", "late") ? i + 1 : i;
        int month = c.MonthAt(j);
        if (month == 0)
        {
            return null;
        }

        // "May" and "March" are also a verb, a surname and a protest: only read with a time word before them.
        bool ambiguous = c.At(j).Equals("May", StringComparison.Ordinal) || c.At(j).Equals("March", StringComparison.Ordinal);
        bool cued = j > i || (c.Has(i - 1) && TimeWords.TimePrepositions.Contains(c.At(i - 1).ToString()));
        if (ambiguous && !cued)
        {
            return null;
        }

        // A month that modifies a noun ("Trump's April trip", "the June summit") dates that noun,
        // not the clause around it: take the nearest such month whatever the clause's tense.
        bool modifiesNoun = j == i && c.Has(j + 1) && c.KindAt(j + 1) == Tokens.TokenKind.Word && char.IsLower(c.At(j + 1)[0])
            && c.Has(i - 1) && (c.KindAt(i - 1) == Tokens.TokenKind.Possessive || c.IsAny(i - 1, "the", "his", "her", "their", "its", "a", "an"));
        Tense tense = c.Is(i, "last") ? Tense.Past : c.Is(i, "next") ? Tense.Future : modifiesNoun ? Tense.Unknown : c.TenseAround(i, j + 1);
        FuzzyDate? date = null;
        if (anchor is { } on)
        {
            int year = c.Is(i, "this") ? on.Year : ExplicitDate.YearFor(on, month, 1, tense);
            // Month-level nearness: the anchor's own month counts as this month either way.
            if (month == on.Month && !c.IsAny(i, "last", "next"))
            {
                year = on.Year;
            }

            date = FuzzyDate.InMonth(year, month);
        }

        bool future = date is { } d && anchor is { } a ? d.Start > a : tense == Tense.Future;
        mention = c.Mention(i, j + 1, date, null, relative: true, future);
        return j + 1;
    }

    private static int? YearAlone(TokenCursor c, int i, ref TimeMention? mention)
    {
        int year = c.IntegerAt(i);
        if (year is < 1900 or > 2100 || c.At(i).Length != 4)
        {
            return null;
        }

        bool cued = (c.Has(i - 1) && TimeWords.TimePrepositions.Contains(c.At(i - 1).ToString()))
            || (c.Has(i + 1) && c.KindAt(i + 1) == Tokens.TokenKind.Possessive);
        if (!cued)
        {
            return null;
        }

        mention = c.Mention(i, i + 1, FuzzyDate.InYear(year), null, relative: false, future: false);
        return i + 1;
    }
}
