using System.Collections.Frozen;

namespace Parley.Annotate.Time;

/// <summary>
/// The closed vocabulary of English time expressions: month and weekday names, number words, units
/// and the words that mark a sentence as looking forward or back. Grammar, not knowledge of the
/// world, so it lives with the code that parses it.
/// </summary>
internal static class TimeWords
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["eighteen"] = 18,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["forty-five"] = 45, ["fifty"] = 50, ["sixty"] = 60, ["ninety"] = 90,
        ["hundred"] = 100, ["several"] = 0, ["few"] = 0,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Duration units in minutes (hours and below) or as calendar units (days and above).</summary>
    public static readonly FrozenDictionary<string, char> Units = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase)
    {
        ["minute"] = 'm', ["minutes"] = 'm', ["min"] = 'm', ["mins"] = 'm', ["hour"] = 'h', ["hours"] = 'h', ["hr"] = 'h', ["hrs"] = 'h',
        ["day"] = 'D', ["days"] = 'D', ["week"] = 'W', ["weeks"] = 'W', ["month"] = 'M', ["months"] = 'M', ["year"] = 'Y', ["years"] = 'Y',
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that put a clause in the future (or a plan).</summary>
    public static readonly FrozenSet<string> FutureMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "'ll", "shall", "would", "next", "upcoming", "due", "scheduled", "expected", "plans", "planned", "plan", "planning",
        "set", "going", "intends", "intend", "later", "forthcoming", "coming");

    /// <summary>Irregular past forms common in news; regular ones end in -ed.</summary>
    public static readonly FrozenSet<string> PastMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "told", "met", "held", "spoke", "made", "took", "gave", "went", "came", "saw", "sent", "began", "led", "won",
        "lost", "left", "was", "were", "had", "did", "became", "fell", "rose", "struck", "wrote", "ran", "paid", "flew", "hit",
        "last", "ago", "earlier", "previously", "already", "got", "put", "kept", "brought", "bought", "sought", "thought", "stood");

    /// <summary>Prepositions after which a bare year or month is a time ("in 2019", "since May").</summary>
    public static readonly FrozenSet<string> TimePrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "since", "by", "until", "till", "during", "from", "of", "early", "late", "mid", "before", "after", "through", "throughout", "last", "next", "this");
}
