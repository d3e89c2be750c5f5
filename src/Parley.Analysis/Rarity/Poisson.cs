namespace Parley.Analysis.Rarity;

/// <summary>The Poisson probabilities the rarity model needs, computed in log space so large means do not overflow.</summary>
public static class Poisson
{
    /// <summary>P(X = k) for X ~ Poisson(<paramref name="mean"/>).</summary>
    public static double Probability(int k, double mean)
    {
        if (k < 0)
        {
            return 0;
        }

        if (mean <= 0)
        {
            return k == 0 ? 1 : 0;
        }

        return Math.Exp((k * Math.Log(mean)) - mean - LogFactorial(k));
    }

    /// <summary>P(X ≥ k) for X ~ Poisson(<paramref name="mean"/>): the tail probability of seeing at least k.</summary>
    public static double AtLeast(int k, double mean)
    {
        if (k <= 0)
        {
            return 1;
        }

        if (mean <= 0)
        {
            return 0;
        }

        // 1 − P(X < k), summed from the small terms; clamped against rounding. Each term comes from the one before
        // (log P(i) = log P(i − 1) + log mean − log i): a fresh log factorial per term made a count of thousands
        // (an actor's days at ten million events) cost tens of millions of logarithms.
        double logMean = Math.Log(mean);
        double logP = -mean;
        double below = 0;
        for (int i = 0; i < k; i++)
        {
            if (i > 0)
            {
                logP += logMean - Math.Log(i);
            }

            below += Math.Exp(logP);
        }

        double tail = 1 - below;
        // When the tail is tiny the subtraction loses it; sum the upper terms instead.
        if (tail < 1e-6)
        {
            tail = 0;
            logP = (k * logMean) - mean - LogFactorial(k);
            for (int i = k; i < k + 1000; i++)
            {
                if (i > k)
                {
                    logP += logMean - Math.Log(i);
                }

                double p = Math.Exp(logP);
                tail += p;
                if (p < tail * 1e-16)
                {
                    break;
                }
            }
        }

        return Math.Clamp(tail, 0, 1);
    }

    private static double LogFactorial(int k)
    {
        double sum = 0;
        for (int i = 2; i <= k; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }
}
