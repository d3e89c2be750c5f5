using FsCheck.Xunit;
using Parley.Evaluation.Extraction;

namespace Parley.Evaluation.Tests.Extraction;

public sealed class ShingleScorerTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Identical_texts_score_one_and_match_exactly()
    {
        PageScore score = ShingleScorer.Score("Talks resume in Oslo next week.", "Talks resume in Oslo next week");
        score.TruePositive.Should().BeApproximately(1, Tolerance);
        score.Precision.Should().Be(1);
        score.Recall.Should().Be(1);
        score.IsExactMatch.Should().BeTrue("punctuation and line breaks are separators, not tokens");
    }

    [Fact]
    public void A_missing_tail_costs_recall_only()
    {
        // gold shingles: (a b c d), (b c d e); extracted: (a b c d) → TP 1, FP 0, FN 1, normalised by 2.
        PageScore score = ShingleScorer.Score("a b c d e", "a b c d");
        score.TruePositive.Should().BeApproximately(0.5, Tolerance);
        score.FalsePositive.Should().Be(0);
        score.FalseNegative.Should().BeApproximately(0.5, Tolerance);
        score.Precision.Should().Be(1);
        score.Recall.Should().BeApproximately(0.5, Tolerance);
    }

    [Fact]
    public void A_repeated_paragraph_counts_as_false_positives()
    {
        // extracted shingles: (a b c d) ×2, (b c d a), (c d a b), (d a b c) → TP 1, FP 4, FN 0; normalised by 5.
        PageScore score = ShingleScorer.Score("a b c d", "a b c d a b c d");
        score.TruePositive.Should().BeApproximately(0.2, Tolerance);
        score.FalsePositive.Should().BeApproximately(0.8, Tolerance);
        score.FalseNegative.Should().Be(0);
        score.Precision.Should().BeApproximately(0.2, Tolerance);
        score.Recall.Should().Be(1);
    }

    [Fact]
    public void Short_texts_are_one_shingle_and_case_matters()
    {
        PageScore score = ShingleScorer.Score("Hello, world!", "hello world");
        score.TruePositive.Should().Be(0);
        score.FalsePositive.Should().BeApproximately(0.5, Tolerance);
        score.FalseNegative.Should().BeApproximately(0.5, Tolerance);
        score.Precision.Should().Be(0);
        score.Recall.Should().Be(0);
        score.IsExactMatch.Should().BeFalse();
    }

    [Fact]
    public void An_empty_extraction_has_no_precision_denominator()
    {
        PageScore score = ShingleScorer.Score("a b c d", "");
        (score.TruePositive + score.FalsePositive).Should().Be(0);
        score.FalseNegative.Should().Be(1);
        score.Recall.Should().Be(0);
    }

    [Fact]
    public void Two_empty_texts_give_zeros_and_an_exact_match()
    {
        PageScore score = ShingleScorer.Score("", " \n ");
        score.Should().Be(new PageScore(0, 0, 0, IsExactMatch: true));
    }

    [Theory]
    // Glued words are one token: the reason a missing paragraph break costs shingles.
    [InlineData("end.</p><p>Next", new[] { "end", "p", "p", "Next" })]
    [InlineData("endNext", new[] { "endNext" })]
    // Underscore and digits are word characters, as in Python's \w.
    [InlineData("snake_case 2026", new[] { "snake_case", "2026" })]
    // A combining accent (Mn) is a separator, as Python's \w does not match it.
    [InlineData("cafe\u0301 noir", new[] { "cafe", "noir" })]
    // Letters outside the Basic Multilingual Plane are letters.
    [InlineData("\U0001D400bc def", new[] { "\U0001D400bc", "def" })]
    public void Tokenizes_like_the_benchmark(string text, string[] tokens) =>
        ShingleScorer.Tokenize(text).Should().Equal(tokens);

    [Property]
    public bool Normalised_counts_sum_to_one_or_zero(string gold, string extracted)
    {
        PageScore score = ShingleScorer.Score(gold ?? "", extracted ?? "");
        double sum = score.TruePositive + score.FalsePositive + score.FalseNegative;
        return sum == 0 || Math.Abs(sum - 1) < Tolerance;
    }
}
