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
            Description = "Timed passes over the pages per extractor, alternating between extractors, after one warm-up pass.",
            DefaultValueFactory = _ => 3,
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
            $"{pages.Count} pages, {passes} timed passes each (alternating), one thread, after a warm-up pass. Process peak working set {Megabytes(ThroughputBenchmark.ProcessPeakWorkingSet())}."));
        AnsiConsole.Write(table);
        return ExitCodes.Success;
    }

    private static string Ratio(double numerator, double denominator) =>
        denominator <= 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{numerator / denominator:F1}x");

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MB");
}
