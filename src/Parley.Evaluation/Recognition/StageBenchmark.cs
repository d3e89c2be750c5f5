using System.Diagnostics;
using Parley.Annotate;
using Parley.Core;
using Parley.Events;
using Parley.Ingest;
using Parley.Ingest.Sources;
using Parley.Knowledge;
using Parley.Quotes;

namespace Parley.Evaluation.Recognition;

/// <summary>Throughput of one stage over a corpus: sentences per second on one thread, best pass and all passes.</summary>
public sealed record StageThroughput(string Stage, int Articles, int Sentences, double BestSentencesPerSecond, double MeanSentencesPerSecond, long AllocatedBytesPerArticle);

/// <summary>What the recognition benchmark measured: the knowledge base's load time and each stage's throughput.</summary>
public sealed record RecognitionBenchmarkResult(TimeSpan KnowledgeLoad, IReadOnlyList<StageThroughput> Stages, long PeakWorkingSetBytes);

/// <summary>
/// Measures the recognition stage (tokens, sentences, times, actors, references), the event and
/// quote stages on one thread over a folder of real articles: the articles are read once, untimed, then
/// each stage runs over all of them for a warm-up pass and <c>passes</c> timed passes.
/// </summary>
public static class StageBenchmark
{
    /// <summary>Runs the benchmark over every readable article under <paramref name="folder"/>.</summary>
    public static RecognitionBenchmarkResult Run(string folder, int passes)
    {
        var clock = Stopwatch.StartNew();
        KnowledgeBase knowledge = KnowledgeLoader.LoadShipped();
        TimeSpan load = clock.Elapsed;
        List<Article> articles = [.. new SourceReader().Read([folder])
            .Where(item => item.Document is not null)
            .Select(item => ArticleReader.Read(item.Document!).Article)
            .OfType<Article>()];
        var annotator = new Annotator(knowledge);
        var extractor = new EventExtractor(knowledge);
        List<AnnotatedArticle> annotated = [.. articles.Select(annotator.Annotate)];
        int sentences = annotated.Sum(article => article.Sentences.Length);
        StageThroughput recognition = Measure("recognition (annotate)", articles.Count, sentences, passes, () =>
        {
            foreach (Article article in articles)
            {
                annotator.Annotate(article);
            }
        });
        StageThroughput events = Measure("events", articles.Count, sentences, passes, () =>
        {
            foreach (AnnotatedArticle article in annotated)
            {
                extractor.Extract(article);
            }
        });
        var quoteExtractor = new QuoteExtractor(knowledge);
        StageThroughput quotes = Measure("quotes", articles.Count, sentences, passes, () =>
        {
            foreach (AnnotatedArticle article in annotated)
            {
                quoteExtractor.Extract(article);
            }
        });
        StageThroughput eventsAndQuotes = Measure("events + quotes", articles.Count, sentences, passes, () =>
        {
            foreach (AnnotatedArticle article in annotated)
            {
                extractor.Extract(article);
                quoteExtractor.Extract(article);
            }
        });
        return new RecognitionBenchmarkResult(load, [recognition, events, quotes, eventsAndQuotes], Process.GetCurrentProcess().PeakWorkingSet64);
    }

    private static StageThroughput Measure(string stage, int articles, int sentences, int passes, Action pass)
    {
        pass(); // warm-up: JIT and caches
        var rates = new List<double>();
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < passes; i++)
        {
            var clock = Stopwatch.StartNew();
            pass();
            rates.Add(sentences / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
        }

        long perArticle = (GC.GetAllocatedBytesForCurrentThread() - allocated) / Math.Max(1, passes * articles);
        return new StageThroughput(stage, articles, sentences, rates.Max(), passes / rates.Sum(rate => 1 / rate), perArticle);
    }
}
