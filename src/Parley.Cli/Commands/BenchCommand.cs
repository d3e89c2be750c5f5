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
            Description = "Timed passes over the pages per extractor, after one warm-up pass.",
            DefaultValueFactory = _ => 2,
        };
        var extraction = new Command("extraction", "Single-thread pages/s and memory of Parley's extractor and SmartReader on the same pages.")
        {
            folder, passes,
        };
        extraction.SetAction(parse => Run(parse.GetRequiredValue(folder), Math.Max(1, parse.GetValue(passes))));
        return new Command("bench", "Measure throughput and memory.") { extraction };
    }

    private static int Run(string folder, int passes)
    {
        if (!BenchmarkPage.IsBenchmarkFolder(folder))
        {
            Console.Error.WriteLine($"parley: skipped: '{folder}' is not the article-extraction benchmark (no ground-truth.json and html/ there)");
            return ExitCodes.Success;
        }

        IReadOnlyList<BenchmarkPage> pages = BenchmarkPage.LoadAll(folder);
        ThroughputResult parley = ThroughputBenchmark.Measure(BodyExtractor.Parley, pages, passes);
        ThroughputResult smartReader = ThroughputBenchmark.Measure(BodyExtractor.SmartReader, pages, passes);

        var table = new Table().Border(TableBorder.Rounded).AddColumn("extractor")
            .AddColumn(new TableColumn("pages/s").RightAligned()).AddColumn(new TableColumn("peak managed heap").RightAligned())
            .AddColumn(new TableColumn("allocated per page").RightAligned());
        foreach (ThroughputResult result in (ThroughputResult[])[parley, smartReader])
        {
            table.AddRow(result.Extractor, result.PagesPerSecond.ToString("F1", CultureInfo.InvariantCulture),
                Megabytes(result.PeakManagedBytes), Megabytes(result.AllocatedBytesPerPage));
        }

        double ratio = parley.PagesPerSecond / smartReader.PagesPerSecond;
        table.Caption(string.Create(CultureInfo.InvariantCulture,
            $"{pages.Count} pages × {passes} passes, one thread, after a warm-up pass. Parley / SmartReader = {ratio:F1}x. Process peak working set {Megabytes(ThroughputBenchmark.ProcessPeakWorkingSet())}."));
        AnsiConsole.Write(table);
        return ExitCodes.Success;
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MB");
}
