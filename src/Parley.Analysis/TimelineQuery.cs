using System.Collections.Immutable;
using Parley.Analysis.Rarity;
using Parley.Analysis.Sql;
using Parley.Ledger;

namespace Parley.Analysis;

/// <summary>Events of one type in one period (the first day of its week or month).</summary>
public sealed record TimelinePoint(DateOnly Period, string Type, int Count);

/// <summary>An actor's events counted by type and period, optionally only those with one counterpart.</summary>
public sealed record Timeline(string Actor, string ActorName, string? With, string? WithName, string By, ImmutableArray<TimelinePoint> Points)
{
    /// <summary>The event types present, most frequent first.</summary>
    public ImmutableArray<string> Types => [.. Points.GroupBy(p => p.Type).OrderByDescending(g => g.Sum(p => p.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];

    /// <summary>The periods present, in order.</summary>
    public ImmutableArray<DateOnly> Periods => [.. Points.Select(p => p.Period).Distinct().Order()];
}

/// <summary>Counts an actor's dated events by type over weeks or months, in SQL (one GROUP BY over the actor's rows of the tables of <see cref="ContactRows"/>).</summary>
public static class TimelineQuery
{
    /// <summary>The timeline of <paramref name="actor"/> (with <paramref name="with"/> on the other side when given), by "week" or "month".</summary>
    public static Timeline Run(ISqlSource source, string actor, string? with, string by, DateOnly? since = null, DateOnly? until = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (by is not ("week" or "month"))
        {
            throw new ArgumentException("a timeline counts by week or by month", nameof(by));
        }

        var parameters = new List<object?> { actor, since ?? DateOnly.MinValue, until ?? new DateOnly(9999, 12, 31) };
        string pair = "";
        if (with is not null)
        {
            parameters.Add(with);
            pair = "AND counterpart = $4";
        }

        // `by` is one of two constants checked above, never user text in the SQL. Both tables hold dated events only;
        // without a counterpart the per-day counts of actor_types add up, with one the dyad's rows are counted.
        ContactRows.Ensure(source);
        string sql = with is null
            ? $"""
              SELECT CAST(date_trunc('{by}', day) AS DATE) AS period, type, SUM(events)
              FROM actor_types
              WHERE actor_id = $1 AND day >= $2 AND day <= $3
              GROUP BY 1, 2
              ORDER BY 1, 2
              """
            : $"""
              SELECT CAST(date_trunc('{by}', day) AS DATE) AS period, type, COUNT(DISTINCT event_id)
              FROM contact_rows
              WHERE actor_id = $1 AND day >= $2 AND day <= $3 {pair}
              GROUP BY 1, 2
              ORDER BY 1, 2
              """;
        var points = source.Query(sql, parameters, r => new TimelinePoint(RarityAnalyzer.ToDate(r.GetValue(0))!.Value, r.GetString(1), RarityAnalyzer.ToInt(r.GetValue(2))));
        var names = new RarityAnalyzer(source, ContactRules.Default);
        return new Timeline(actor, names.NameOf(actor), with, with is null ? null : names.NameOf(with), by, [.. points]);
    }
}
