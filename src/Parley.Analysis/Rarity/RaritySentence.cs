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
        DateOnly? last, Coverage coverage, bool small, string scope, string pattern)
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
        text.Append(coverage.First is { } first && coverage.Last is { } end
            ? $"{Count(coverage.Events)} events for {name} between {Day(first)} and {Day(end)}, on {Count(coverage.CoveredWindows)} distinct windows"
            : $"no dated events for {name}");
        text.Append(pattern is "multi-counterpart" or "counterpart-set" ? $", {Count(coverage.Contacts)} recorded contacts." : ".");
        if (small)
        {
            text.Append($" Small sample: fewer than {RarityAnswer.SmallSampleEvents} events, so treat the figure as a hint, not a rate.");
        }

        return text.ToString();
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Number(double x) => x.ToString(x >= 100 ? "N0" : "0.##", CultureInfo.InvariantCulture);

    private static string Probability(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.###", CultureInfo.InvariantCulture);
}
