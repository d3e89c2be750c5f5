using Parley.Annotate.Tokens;
using Parley.Core;

namespace Parley.Annotate.Time;

/// <summary>
/// Dates written out: "February 4", "Feb. 4, 2026", "Wednesday, February 4", "4 February 2026",
/// "4th of February", "March 2026", "early March 2026", "2026-02-04", "2026-W05", "25/12/2025".
/// A day and month without a year take the year that puts them nearest the publication date in
/// the direction the clause's tense points.
/// </summary>
internal static class ExplicitDate
{
    public static int? Match(TokenCursor c, int i, DateOnly? anchor, ref TimeMention? mention)
    {
        return IsoForms(c, i, ref mention)
            ?? MonthFirst(c, i, anchor, ref mention)
            ?? DayFirst(c, i, anchor, ref mention)
            ?? Numeric(c, i, ref mention);
    }

    private static bool IsYear(int value) => value is >= 1900 and <= 2100;

    // Tokens written without spaces between them ("2026-02-04" is five tokens).
    private static bool Adjacent(TokenCursor c, int first, int last)
    {
        for (int k = first; k < last; k++)
        {
            if (!c.Has(k + 1) || c.Tokens[k].Span.End != c.Tokens[k + 1].Span.Start)
            {
                return false;
            }
        }

        return true;
    }

    private static int? IsoForms(TokenCursor c, int i, ref TimeMention? mention)
    {
        int year = c.IntegerAt(i);
        if (!IsYear(year) || !c.Is(i + 1, "-") || !Adjacent(c, i, i + 2))
        {
            return null;
        }

        int month = c.IntegerAt(i + 2);
        if (month is >= 1 and <= 12 && c.Is(i + 3, "-") && Adjacent(c, i, i + 4) && c.IntegerAt(i + 4) is var day and >= 1
            && day <= DateTime.DaysInMonth(year, month))
        {
            mention = c.Mention(i, i + 5, FuzzyDate.OnDay(new DateOnly(year, month, day)), null, relative: false, future: false);
            return i + 5;
        }

        // ISO week: "2026-W05"
        ReadOnlySpan<char> week = c.At(i + 2);
        if (week.Length is 2 or 3 && week[0] is 'W' && int.TryParse(week[1..], out int number) && number is >= 1 and <= 53
            && number <= System.Globalization.ISOWeek.GetWeeksInYear(year))
        {
            DateOnly monday = DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(year, number, DayOfWeek.Monday));
            mention = c.Mention(i, i + 3, FuzzyDate.WeekOf(monday), null, relative: false, future: false);
            return i + 3;
        }

        return null;
    }

    private static int? MonthFirst(TokenCursor c, int i, DateOnly? anchor, ref TimeMention? mention)
    {
        int j = i;
        if (c.WeekdayAt(j) is not null)
        {
            j += c.Is(j + 1, ",") ? 2 : 1;
        }

        if (c.IsAny(j, "early", "mid", "late", "mid-") && c.MonthAt(j + 1) > 0)
        {
            j++;
        }

        int month = c.MonthAt(j);
        if (month == 0)
        {
            return null;
        }

        int day = c.IntegerAt(j + 1);
        if (day is >= 1 and <= 31 && c.KindAt(j + 1) == TokenKind.Number && c.At(j + 1).Length <= 4)
        {
            int end = j + 2;
            int year = YearAfter(c, ref end);
            return Finish(c, i, end, year, month, day, anchor, ref mention);
        }

        int afterMonth = j + 1;
        int onlyYear = YearAfter(c, ref afterMonth);
        if (onlyYear > 0 && j == i || (onlyYear > 0 && c.IsAny(i, "early", "mid", "late", "mid-")))
        {
            mention = c.Mention(i, afterMonth, FuzzyDate.InMonth(onlyYear, month), null, relative: false, future: false);
            return afterMonth;
        }

        return null; // a weekday or a month alone is relative: RelativeDate reads it
    }

    private static int? DayFirst(TokenCursor c, int i, DateOnly? anchor, ref TimeMention? mention)
    {
        int day = c.IntegerAt(i);
        if (day is < 1 or > 31 || c.At(i).Length > 4)
        {
            return null;
        }

        int j = c.Is(i + 1, "of") ? i + 2 : i + 1;
        int month = c.MonthAt(j);
        if (month == 0)
        {
            return null;
        }

        int end = j + 1;
        int year = YearAfter(c, ref end);
        return Finish(c, i, end, year, month, day, anchor, ref mention);
    }

    private static int? Numeric(TokenCursor c, int i, ref TimeMention? mention)
    {
        // 25/12/2025 or 12/25/2025: read only when one side cannot be a month, never guessed otherwise.
        int a = c.IntegerAt(i);
        if (a < 1 || !c.Is(i + 1, "/") || !c.Is(i + 3, "/") || !Adjacent(c, i, i + 4))
        {
            return null;
        }

        int b = c.IntegerAt(i + 2);
        int year = c.IntegerAt(i + 4);
        if (!IsYear(year) || b < 1)
        {
            return null;
        }

        (int day, int month) = a > 12 && b <= 12 ? (a, b) : b > 12 && a <= 12 ? (b, a) : (0, 0);
        if (day == 0 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        mention = c.Mention(i, i + 5, FuzzyDate.OnDay(new DateOnly(year, month, day)), null, relative: false, future: false);
        return i + 5;
    }

    private static int YearAfter(TokenCursor c, ref int end)
    {
        int k = c.Is(end, ",") ? end + 1 : end;
        int year = c.IntegerAt(k);
        if (IsYear(year) && c.At(k).Length == 4)
        {
            end = k + 1;
            return year;
        }

        return -1;
    }

    private static int? Finish(TokenCursor c, int first, int end, int year, int month, int day, DateOnly? anchor, ref TimeMention? mention)
    {
        if (year > 0)
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            mention = c.Mention(first, end, FuzzyDate.OnDay(new DateOnly(year, month, day)), null, relative: false, future: false);
            return end;
        }

        Tense tense = c.TenseAround(first, end);
        FuzzyDate? date = null;
        if (anchor is { } on)
        {
            int chosen = YearFor(on, month, day, tense);
            if (day > DateTime.DaysInMonth(chosen, month))
            {
                return null;
            }

            date = FuzzyDate.OnDay(new DateOnly(chosen, month, day));
        }

        mention = c.Mention(first, end, date, null, relative: true, future: tense == Tense.Future);
        return end;
    }

    /// <summary>The year that puts day/month nearest the anchor, looking back for a past clause and ahead for a future one.</summary>
    internal static int YearFor(DateOnly anchor, int month, int day, Tense tense)
    {
        int sameYear = anchor.Year;
        var candidate = new DateOnly(sameYear, month, Math.Min(day, DateTime.DaysInMonth(sameYear, month)));
        return tense switch
        {
            Tense.Past => candidate <= anchor ? sameYear : sameYear - 1,
            Tense.Future => candidate >= anchor ? sameYear : sameYear + 1,
            _ => Math.Abs(candidate.DayNumber - anchor.DayNumber) <= 182 ? sameYear : candidate < anchor ? sameYear + 1 : sameYear - 1,
        };
    }
}
