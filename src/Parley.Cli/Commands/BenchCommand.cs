using System.CommandLine;
using System.Globalization;
using Parley.Evaluation.Extraction;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley bench extraction DIR</c>: pages per second and memory of Parley's extractor and SmartReader.</summary>
public static class BenchCommand
{
    /// <summary>Builds the <c>bench</c> command and its <c>extraction</c> subcommand.</summary>
    public static Command Create()
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "The article-extraction benchmark folder (ground-truth.json and html/*.html.gz).",
        };
        var passes = new Option<int>("--passes")
        {
            Description = "Timed passes over the pages, the extractors interleaved page by page, after one warm-up pass per extractor.",
            DefaultValueFactory = _ => 3,
        };
        var extraction = new Command("extraction", "Single-thread pages/s and memory of Parley's extractor and SmartReader on the same pages.")
        {
            folder, passes,
        };
        extraction.SetAction(parse => Run(parse.GetRequiredValue(folder), Math.Max(1, parse.GetValue(passes))));
        var corpus = new Argument<string>("DIR") { Description = "A folder of articles (text, HTML, feeds), e.g. ../shared/data/news." };
        var stagePasses = new Option<int>("--passes") { Description = "Timed passes after one warm-up pass.", DefaultValueFactory = _ => 3 };
        var stages = new Command("stages", "Single-thread sentences/s of the recognition and event stages on a folder of articles, and the knowledge base's load time.")
        {
            corpus, stagePasses,
        };
        stages.SetAction(parse => RunStages(parse.GetRequiredValue(corpus), Math.Max(1, parse.GetValue(stagePasses)), parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return new Command("bench", "Measure throughput and memory.") { extraction, stages, BenchIngestCommand.CreateGenerate(), BenchIngestCommand.CreateIngest(), Analysis.BenchRarityCommand.Create() };
    }

    private static int Run(string folder, int passes)
    {
        if (!BenchmarkPage.IsBenchmarkFolder(folder))
        {
            Console.Error.WriteLine($"parley: skipped: '{folder}' is not the article-extraction benchmark (no ground-truth.json and html/ there)");
            return ExitCodes.Success;
        }

        IReadOnlyList<BenchmarkPage> pages = BenchmarkPage.LoadAll(folder);
        IReadOnlyList<ThroughputResult> results = ThroughputBenchmark.Compare([BodyExtractor.Parley, BodyExtractor.SmartReader], pages, passes);
        ThroughputResult parley = results[0];
        ThroughputResult smartReader = results[1];

        var table = new Table().Border(TableBorder.Rounded).AddColumn("extractor")
            .AddColumn(new TableColumn("pages/s (best pass)").RightAligned()).AddColumn(new TableColumn("pages/s (all passes)").RightAligned())
            .AddColumn(new TableColumn("peak managed heap").RightAligned()).AddColumn(new TableColumn("allocated per page").RightAligned());
        foreach (ThroughputResult result in results)
        {
            table.AddRow(result.Extractor, result.BestPagesPerSecond.ToString("F1", CultureInfo.InvariantCulture),
                result.MeanPagesPerSecond.ToString("F1", CultureInfo.InvariantCulture),
                Megabytes(result.PeakManagedBytes), Megabytes(result.AllocatedBytesPerPage));
        }

        table.AddRow("[bold]Parley / SmartReader[/]",
            Ratio(parley.BestPagesPerSecond, smartReader.BestPagesPerSecond), Ratio(parley.MeanPagesPerSecond, smartReader.MeanPagesPerSecond),
            Ratio(smartReader.PeakManagedBytes, parley.PeakManagedBytes) + " less", Ratio(smartReader.AllocatedBytesPerPage, parley.AllocatedBytesPerPage) + " less");
        table.Caption(string.Create(CultureInfo.InvariantCulture,
            $"{pages.Count} pages, {passes} timed passes, extractors interleaved page by page, one thread, after a warm-up pass (which measures the heap). Process peak working set {Megabytes(ThroughputBenchmark.ProcessPeakWorkingSet())}."));
        AnsiConsole.Write(table);
        return ExitCodes.Success;
    }

    private static string Ratio(double numerator, double denominator) =>
        denominator <= 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{numerator / denominator:F1}x");

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MB");

    private static int RunStages(string folder, int passes, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"parley: skipped: '{folder}' is not a folder of articles");
            return ExitCodes.Success;
        }

        Parley.Evaluation.Recognition.RecognitionBenchmarkResult result = Parley.Evaluation.Recognition.StageBenchmark.Run(folder, passes);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("stage").AddColumn(new TableColumn("articles").RightAligned())
            .AddColumn(new TableColumn("sentences").RightAligned()).AddColumn(new TableColumn("sentences/s (best)").RightAligned())
            .AddColumn(new TableColumn("sentences/s (all passes)").RightAligned()).AddColumn(new TableColumn("allocated/article").RightAligned());
        foreach (Parley.Evaluation.Recognition.StageThroughput stage in result.Stages)
        {
            table.AddRow(stage.Stage, stage.Articles.ToString(CultureInfo.InvariantCulture), stage.Sentences.ToString(CultureInfo.InvariantCulture),
                stage.BestSentencesPerSecond.ToString("N0", CultureInfo.InvariantCulture), stage.MeanSentencesPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                (stage.AllocatedBytesPerArticle / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " KB");
        }

        Output.Terminal.For(stdout).Write(table);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"knowledge base loaded in {result.KnowledgeLoad.TotalMilliseconds:F0} ms; peak working set {result.PeakWorkingSetBytes / 1048576.0:F0} MB; one thread"));
        return ExitCodes.Success;
    }
}
