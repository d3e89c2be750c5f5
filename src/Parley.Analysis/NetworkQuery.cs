using System.Collections.Immutable;
using Parley.Analysis.Rarity;
using Parley.Ledger;

namespace Parley.Analysis;

/// <summary>Two actors who share events, with how many (the edge weight) and their names.</summary>
public sealed record NetworkEdge(string Source, string SourceName, string Target, string TargetName, int Weight);

/// <summary>The contact network: undirected, weighted edges between actors, heaviest first.</summary>
public sealed record Network(ImmutableArray<NetworkEdge> Edges)
{
    /// <summary>Every actor on an edge with its name and total weight, heaviest first.</summary>
    public ImmutableArray<(string Id, string Name, int Weight)> Nodes =>
    [
        .. Edges.SelectMany(e => new[] { (e.Source, e.SourceName, e.Weight), (e.Target, e.TargetName, e.Weight) })
            .GroupBy(n => n.Item1)
            .Select(g => (g.Key, g.First().Item2, g.Sum(n => n.Item3)))
            .OrderByDescending(n => n.Item3).ThenBy(n => n.Item1, StringComparer.Ordinal),
    ];
}

/// <summary>Who is in contact with whom, counted in SQL: events shared by each unordered pair of actors.</summary>
public static class NetworkQuery
{
    /// <summary>The heaviest <paramref name="limit"/> edges among events dated within the range, of the type and touching the actor, when given.</summary>
    public static Network Run(ISqlSource source, DateOnly? since = null, DateOnly? until = null, string? type = null, int limit = 100, string? actor = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parameters = new List<object?> { since ?? DateOnly.MinValue, until ?? new DateOnly(9999, 12, 31), limit };
        string typeFilter = "";
        if (type is not null)
        {
            parameters.Add(type);
            typeFilter = "AND e.type = $4";
        }

        if (actor is not null)
        {
            parameters.Add(actor);
            typeFilter += $" AND (a.actor_id = ${parameters.Count} OR b.actor_id = ${parameters.Count})";
        }

        string sql = $"""
            WITH pairs AS (
                SELECT a.actor_id AS source, b.actor_id AS target, COUNT(DISTINCT e.event_id) AS weight
                FROM events e
                JOIN event_actors a ON a.event_id = e.event_id
                JOIN event_actors b ON b.event_id = e.event_id AND a.actor_id < b.actor_id
                WHERE e.date_start >= $1 AND e.date_start <= $2 {typeFilter}
                GROUP BY 1, 2
                ORDER BY 3 DESC, 1, 2
                LIMIT $3)
            SELECT p.source, COALESCE(sa.name, p.source), p.target, COALESCE(ta.name, p.target), p.weight
            FROM pairs p
            LEFT JOIN actors sa ON sa.actor_id = p.source
            LEFT JOIN actors ta ON ta.actor_id = p.target
            ORDER BY 5 DESC, 1, 3
            """;
        var edges = source.Query(sql, parameters, r => new NetworkEdge(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), RarityAnalyzer.ToInt(r.GetValue(4))));
        return new Network([.. edges]);
    }
}
