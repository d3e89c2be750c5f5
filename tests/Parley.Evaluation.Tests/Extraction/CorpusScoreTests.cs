using Parley.Evaluation.Extraction;

namespace Parley.Evaluation.Tests.Extraction;

public sealed class CorpusScoreTests
{
    private const double Tolerance = 1e-9;

    // Page A: P 1, R 0.5. Page B: P 0.2, R 1. Page C: nothing extracted (left out of precision), R 0.
    private static readonly PageScore PageA = new(0.5, 0, 0.5, false);
    private static readonly PageScore PageB = new(0.2, 0.8, 0, false);
    private static readonly PageScore PageC = new(0, 0, 1, false);
    private static readonly PageScore Exact = new(1, 0, 0, true);

    [Fact]
    public void F1_is_the_harmonic_mean_of_the_mean_precision_and_mean_recall()
    {
        CorpusScore score = CorpusScore.Of([PageA, PageB]);
        score.Precision.Should().BeApproximately(0.6, Tolerance);
        score.Recall.Should().BeApproximately(0.75, Tolerance);
        score.F1.Should().BeApproximately(2 * 0.6 * 0.75 / 1.35, Tolerance);
    }

    [Fact]
    public void Pages_with_nothing_extracted_are_left_out_of_precision_but_not_recall()
    {
        CorpusScore score = CorpusScore.Of([PageA, PageB, PageC]);
        score.Precision.Should().BeApproximately(0.6, Tolerance);
        score.Recall.Should().BeApproximately(0.5, Tolerance);
    }

    [Fact]
    public void Accuracy_is_the_share_of_exact_token_matches()
    {
        CorpusScore.Of([PageA, Exact, Exact, PageC]).Accuracy.Should().BeApproximately(0.5, Tolerance);
    }

    [Fact]
    public void Bootstrap_is_reproducible_and_zero_when_every_page_is_the_same()
    {
        CorpusScore.Of([PageA, PageB, PageC, Exact]).Should().Be(CorpusScore.Of([PageA, PageB, PageC, Exact]));
        CorpusScore same = CorpusScore.Of([Exact, Exact, Exact]);
        same.F1Sd.Should().Be(0);
        same.AccuracySd.Should().Be(0);
    }

    [Fact]
    public void Bootstrap_spread_is_positive_when_pages_differ()
    {
        CorpusScore score = CorpusScore.Of([PageA, PageB, PageC, Exact, PageA, Exact]);
        score.RecallSd.Should().BePositive();
        score.AccuracySd.Should().BePositive();
    }
}
