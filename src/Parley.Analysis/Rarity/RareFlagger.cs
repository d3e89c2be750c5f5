using System.Globalization;
using System.Text;
using Parley.Ledger;

namespace Parley.Analysis.Rarity;

/// <summary>
/// Marks events whose pattern is rare (<c>events.rare</c>): an event is rare when one of its rarity answers with
/// history to go on has a rate (<see cref="RarityAnswer.Rate"/>) below the threshold. Events with no history at all
/// are not marked: nothing is known about them yet.
/// </summary>
public static class RareFlagger
{
    /// <summary>The default threshold: the pattern happened on fewer than 5 % of its chances.</summary>
    public const double DefaultThreshold = 0.05;

    /// <summary>Asks the rarity questions of each event, marks the rare ones and returns their ids.</summary>
    public static IReadOnlyList<string> Flag(ISqlSource ledger, RarityAnalyzer analyzer, IEnumerable<string> eventIds, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(eventIds);
        var rare = eventIds.Where(id => analyzer.ForEvent(id) is { } answers && answers.Any(a => a.Rate is { } rate && rate < threshold)).ToList();
        if (rare.Count > 0)
        {
            var placeholders = new StringBuilder();
            for (int i = 1; i <= rare.Count; i++)
            {
                placeholders.Append(i == 1 ? "" : ", ").Append('$').Append(i.ToString(CultureInfo.InvariantCulture));
            }

            ledger.Execute($"UPDATE events SET rare = TRUE WHERE event_id IN ({placeholders})", [.. rare]);
        }

        return rare;
    }

    /// <summary>The ids of day-dated events on or after <paramref name="since"/>: the candidates a run of ingest or import added.</summary>
    public static IReadOnlyList<string> DatedSince(ISqlSource ledger, DateOnly since)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return ledger.Query("SELECT event_id FROM events WHERE date_precision = 'day' AND date_start >= $1 ORDER BY event_id", [since], r => r.GetString(0));
    }
}
