using System.Globalization;
using System.Text;

namespace Parley.Analysis.Rarity;

/// <summary>
/// The one plain sentence of a rarity answer: what was counted, over what, against what expectation, when it last
/// happened, and how much history the figure stands on, saying so when that history is small.
/// </summary>
internal static class RaritySentence
{
    public static string Compose(string description, string name, DateOnly? before, int observed, double expected, double? lift, double tail,
        DateOnly? last, Coverage coverage, bool small, string scope, string pattern, string windowUnit)
    {
        var text = new StringBuilder();
        text.Append(description).Append(": ").Append(scope);
        text.Append(before is { } b ? $" before {Day(b)}" : "").Append("; ");
        if (pattern == "dyad-silence")
        {
            text.Append(expected > 0 || observed > 0
                ? $"a gap this long has probability {Probability(tail)} at their usual pace"
                : "nothing to compare it with");
        }
        else
        {
            text.Append($"{Number(expected)} expected if contacts were independent");
            text.Append(lift is { } l ? $" (lift {Number(l)}, P(≥{observed}) = {Probability(tail)})" : " (no expectation to compare with)");
        }

        text.Append(last is { } d ? $"; last on {Day(d)}." : "; never before on record.");
        text.Append(" Coverage: ");
        // The silence question stands on the pair's contact days, the others on all of the actor's dated events.
        bool pair = pattern == "dyad-silence";
        string unit = pattern is "multi-counterpart" or "counterpart-set" ? windowUnit : "day";
        text.Append((coverage.First, coverage.Last) switch
        {
            ({ } first, { } end) when pair => $"{Plural(coverage.CoveredWindows, "earlier contact day")} between them, from {Day(first)} to {Day(end)}",
            ({ } first, { } end) => $"{Plural(coverage.Events, "dated event")} for {name} between {Day(first)} and {Day(end)}, on {Plural(coverage.CoveredWindows, "distinct " + unit)}",
            _ when pair => "no earlier dated contact between them in the ledger",
            _ => $"no dated events for {name}",
        });
        text.Append(pattern is "multi-counterpart" or "counterpart-set" ? $", {Plural(coverage.Contacts, "recorded contact")}." : ".");
        if (before is { } asked && coverage.Last is { } stop && asked.DayNumber - stop.DayNumber > 365)
        {
            // Days without events are not counted as chances, so a long hole only narrows the history; the reader must know it is there.
            double years = (asked.DayNumber - stop.DayNumber) / 365.25;
            text.Append($" The record stops {years.ToString("0.#", CultureInfo.InvariantCulture)} years before {Day(asked)}: nothing after {Day(stop)} is in the ledger to compare with.");
        }

        if (small)
        {
            text.Append(pair
                ? $" Small sample: {Plural(coverage.Events, "contact day")} between them, so treat the figure as a hint, not a rate."
                : $" Small sample: {Plural(coverage.Events, "event")}, fewer than {RarityAnswer.SmallSampleEvents}, so treat the figure as a hint, not a rate.");
        }

        return text.ToString();
    }

    private static string Plural(long n, string noun) => $"{Count(n)} {noun}{(n == 1 ? "" : "s")}";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Number(double x) => x.ToString(x >= 100 ? "N0" : "0.##", CultureInfo.InvariantCulture);

    private static string Probability(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.###", CultureInfo.InvariantCulture);
}
