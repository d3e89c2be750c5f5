using System.Collections.Immutable;
using Parley.Analysis.Rarity;
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

/// <summary>Counts an actor's dated events by type over weeks or months, in SQL (one GROUP BY over the actor's rows).</summary>
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
            pair = "JOIN event_actors b ON b.event_id = a.event_id AND b.actor_id = $4";
        }

        // `by` is one of two constants checked above, never user text in the SQL.
        string sql = $"""
            SELECT CAST(date_trunc('{by}', e.date_start) AS DATE) AS period, e.type, COUNT(DISTINCT e.event_id)
            FROM event_actors a
            JOIN events e ON e.event_id = a.event_id
            {pair}
            WHERE a.actor_id = $1 AND e.date_start IS NOT NULL AND e.date_start >= $2 AND e.date_start <= $3
            GROUP BY 1, 2
            ORDER BY 1, 2
            """;
        var points = source.Query(sql, parameters, r => new TimelinePoint(RarityAnalyzer.ToDate(r.GetValue(0))!.Value, r.GetString(1), RarityAnalyzer.ToInt(r.GetValue(2))));
        var names = new RarityAnalyzer(source, ContactRules.Default);
        return new Timeline(actor, names.NameOf(actor), with, with is null ? null : names.NameOf(with), by, [.. points]);
    }
}
