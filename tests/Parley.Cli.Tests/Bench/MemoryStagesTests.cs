using Parley.Cli.Commands;

namespace Parley.Cli.Tests.Bench;

public sealed class MemoryStagesTests
{
    private const long Megabyte = 1 << 20;

    [Fact]
    public void Samples_are_filed_under_the_tenth_of_the_corpus_read_when_they_were_taken()
    {
        // A run of 1,000 articles whose memory climbs through the first 300 and is flat after, but for one high at 950.
        var samples = new List<(long, long)>();
        for (long read = 0; read < 1000; read += 10)
        {
            samples.Add((read, Math.Min(read, 300) * Megabyte / 10));
        }

        samples.Add((950, 90 * Megabyte));
        samples.Add((1000, 30 * Megabyte)); // the closing sample, after the last article

        IReadOnlyList<MemoryStage> stages = MemoryStages.Split(samples, 1000, 10);

        stages.Should().HaveCount(10);
        stages.Select(stage => (stage.FromArticles, stage.ToArticles)).Should().Equal((0, 100), (100, 200), (200, 300), (300, 400), (400, 500),
            (500, 600), (600, 700), (700, 800), (800, 900), (900, 1000));
        stages[0].Median.Should().Be(4 * Megabyte, "the ten samples 0–90 MB/10 have 40/10 as their lower median");
        stages[0].Highest.Should().Be(9 * Megabyte);
        stages[3].Median.Should().Be(30 * Megabyte);
        stages[9].Samples.Should().Be(12, "ten samples, the high and the closing sample");
        stages[9].Median.Should().Be(30 * Megabyte, "one high does not move the median");
        stages[9].Highest.Should().Be(90 * Megabyte);
    }

    [Fact]
    public void A_stretch_without_samples_says_so_and_a_corpus_shorter_than_the_stages_still_splits()
    {
        IReadOnlyList<MemoryStage> stages = MemoryStages.Split([(0, 5 * Megabyte), (3, 7 * Megabyte)], 3, 10);

        stages.Should().HaveCount(10);
        stages.Sum(stage => stage.Samples).Should().Be(2);
        stages[0].Highest.Should().Be(5 * Megabyte);
        stages[^1].Highest.Should().Be(7 * Megabyte);
        stages.Where(stage => stage.Samples == 0).Should().OnlyContain(stage => stage.Median == 0 && stage.Highest == 0);

        FluentActions.Invoking(() => MemoryStages.Split([], 10, 0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
