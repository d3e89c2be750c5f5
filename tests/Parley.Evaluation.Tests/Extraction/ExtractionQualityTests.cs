using Parley.Evaluation.Extraction;
using Parley.TestKit;

namespace Parley.Evaluation.Tests.Extraction;

/// <summary>
/// The quality floor on real pages: Parley's extractor scored the benchmark's way on
/// ../shared/data/article-extraction-benchmark. Trafilatura scores 0.958 and SmartReader 0.950 on
/// these pages; the floor is 0.96 and lowering it needs a reason in review. No timing is asserted.
/// </summary>
public sealed class ExtractionQualityTests
{
    private const string Benchmark = "data/article-extraction-benchmark";
    private const double F1Floor = 0.96;

    [Fact]
    public void Parley_extractor_stays_above_the_f1_floor_on_the_benchmark()
    {
        string? folder = Fixture.SharedPath(Benchmark);
        if (folder is null || !BenchmarkPage.IsBenchmarkFolder(folder))
        {
            Assert.Skip(Fixture.SharedMissing(Benchmark));
        }

        IReadOnlyList<BenchmarkPage> pages = BenchmarkPage.LoadAll(folder);
        ExtractionReport report = ExtractionEvaluation.Run(BodyExtractor.Parley, pages);

        report.Score.F1.Should().BeGreaterThanOrEqualTo(F1Floor,
            $"precision {report.Score.Precision:F3}, recall {report.Score.Recall:F3} on {pages.Count} pages");
    }
}
