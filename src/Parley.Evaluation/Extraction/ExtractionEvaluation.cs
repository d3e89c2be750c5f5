using System.Diagnostics;

namespace Parley.Evaluation.Extraction;

/// <summary>One page's result in an evaluation run, kept for the "worst pages" listing.</summary>
public sealed record PageResult(BenchmarkPage Page, string Extracted, PageScore Score)
{
    /// <summary>Per-page F1, used only to rank pages from worst to best.</summary>
    public double F1 => Score.Precision + Score.Recall == 0 ? 0 : 2 * Score.Precision * Score.Recall / (Score.Precision + Score.Recall);
}

/// <summary>The result of running one extractor over the benchmark: corpus score, speed and every page.</summary>
public sealed record ExtractionReport(string Extractor, CorpusScore Score, double PagesPerSecond, IReadOnlyList<PageResult> Pages);

/// <summary>Runs an extractor over the benchmark pages on one thread and scores it the benchmark's way.</summary>
public static class ExtractionEvaluation
{
    /// <summary>Extracts every page (timed), then scores; pages/s counts extraction only, not scoring.</summary>
    public static ExtractionReport Run(BodyExtractor extractor, IReadOnlyList<BenchmarkPage> pages)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(pages);
        var extracted = new string[pages.Count];
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < pages.Count; i++)
        {
            extracted[i] = extractor.Extract(pages[i]);
        }

        clock.Stop();
        var results = new List<PageResult>(pages.Count);
        for (int i = 0; i < pages.Count; i++)
        {
            results.Add(new PageResult(pages[i], extracted[i], ShingleScorer.Score(pages[i].GoldBody, extracted[i])));
        }

        double perSecond = clock.Elapsed.TotalSeconds > 0 ? pages.Count / clock.Elapsed.TotalSeconds : 0;
        return new ExtractionReport(extractor.Name, CorpusScore.Of([.. results.Select(result => result.Score)]), perSecond, results);
    }
}
