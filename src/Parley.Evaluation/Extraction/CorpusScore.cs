namespace Parley.Evaluation.Extraction;

/// <summary>
/// Corpus figures of the benchmark: precision is the mean of per-page precision over pages where the
/// extractor returned something (TP + FP &gt; 0), recall the mean over pages with gold text (TP + FN &gt; 0),
/// F1 the harmonic mean of those two means, accuracy the share of exact token matches. Each comes with
/// the standard deviation over bootstrap resamples of the pages.
/// </summary>
public sealed record CorpusScore(
    double Precision,
    double Recall,
    double F1,
    double Accuracy,
    double PrecisionSd,
    double RecallSd,
    double F1Sd,
    double AccuracySd,
    int Pages)
{
    /// <summary>Bootstrap resamples, as upstream.</summary>
    public const int Resamples = 1000;

    /// <summary>The fixed seed of the resampling, so a run's error bars can be reproduced.</summary>
    public const int Seed = 20200114;

    /// <summary>Scores a corpus of page scores, with bootstrap standard deviations.</summary>
    public static CorpusScore Of(IReadOnlyList<PageScore> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        (double precision, double recall, double f1, double accuracy) = Means(pages);
        if (pages.Count == 0)
        {
            return new CorpusScore(0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        var random = new Random(Seed);
        double[] precisions = new double[Resamples];
        double[] recalls = new double[Resamples];
        double[] f1s = new double[Resamples];
        double[] accuracies = new double[Resamples];
        var sample = new PageScore[pages.Count];
        for (int r = 0; r < Resamples; r++)
        {
            for (int i = 0; i < sample.Length; i++)
            {
                sample[i] = pages[random.Next(pages.Count)];
            }

            (precisions[r], recalls[r], f1s[r], accuracies[r]) = Means(sample);
        }

        return new CorpusScore(precision, recall, f1, accuracy, Sd(precisions), Sd(recalls), Sd(f1s), Sd(accuracies), pages.Count);
    }

    /// <summary>Step 6 and 7 of the method: the means with their exclusions, F1 of the means, and accuracy.</summary>
    internal static (double Precision, double Recall, double F1, double Accuracy) Means(IReadOnlyList<PageScore> pages)
    {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        foreach (PageScore page in pages)
        {
            if (page.TruePositive + page.FalsePositive > 0)
            {
                precisionSum += page.Precision;
                precisionPages++;
            }

            if (page.TruePositive + page.FalseNegative > 0)
            {
                recallSum += page.Recall;
                recallPages++;
            }

            if (page.IsExactMatch)
            {
                exact++;
            }
        }

        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, pages.Count == 0 ? 0 : (double)exact / pages.Count);
    }

    private static double Sd(double[] values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(value => (value - mean) * (value - mean)) / values.Length);
    }
}
