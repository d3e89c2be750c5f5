namespace Parley.Evaluation;

/// <summary>Match counts for scoring against gold (events, quotes): matched, predicted and gold totals, and the ratios.</summary>
public sealed record MatchCounts(int Matched, int Predicted, int Gold)
{
    /// <summary>Matched / predicted; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    /// <summary>Matched / gold; 0 when the gold has none.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The sum of two counts.</summary>
    public MatchCounts Add(MatchCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new MatchCounts(Matched + other.Matched, Predicted + other.Predicted, Gold + other.Gold);
    }
}
