using System.CommandLine;
using System.Globalization;
using Parley.Evaluation.Extraction;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval extraction --benchmark DIR [--worst N] [--compare] [--dump DIR]</c>: score article extraction the benchmark's way.</summary>
public static class EvalCommand
{
    /// <summary>Builds the <c>eval</c> command and its <c>extraction</c> subcommand.</summary>
    public static Command Create()
    {
        var benchmark = new Option<string>("--benchmark")
        {
            Description = "The article-extraction benchmark folder (ground-truth.json and html/*.html.gz).",
            Required = true,
        };
        var worst = new Option<int>("--worst")
        {
            Description = "Also list the N pages Parley scores worst on, with what it missed and added.",
            DefaultValueFactory = _ => 0,
        };
        var compare = new Option<bool>("--compare")
        {
            Description = "Also score SmartReader, the comparison point, on the same pages.",
        };
        var dump = new Option<string?>("--dump")
        {
            Description = "Write each page's extracted and gold body to this folder (<id>.extracted.txt, <id>.gold.txt) for diffing.",
        };
        var extraction = new Command("extraction", "Precision, recall, F1 (with bootstrap sd) and exact-match accuracy of article-body extraction.")
        {
            benchmark, worst, compare, dump,
        };
        extraction.SetAction(parse => Run(parse.GetRequiredValue(benchmark), parse.GetValue(worst), parse.GetValue(compare), parse.GetValue(dump)));
        return new Command("eval", "Score Parley against gold data and benchmarks.") { extraction, EvalEventsCommand.Create(), EvalQuotesCommand.Create(), EvalTimexCommand.Create() };
    }

    private static int Run(string folder, int worst, bool compare, string? dump)
    {
        if (!BenchmarkPage.IsBenchmarkFolder(folder))
        {
            Console.Error.WriteLine($"parley: skipped: '{folder}' is not the article-extraction benchmark (no ground-truth.json and html/ there)");
            return ExitCodes.Success;
        }

        IReadOnlyList<BenchmarkPage> pages = BenchmarkPage.LoadAll(folder);
        List<ExtractionReport> reports = [ExtractionEvaluation.Run(BodyExtractor.Parley, pages)];
        if (compare)
        {
            reports.Add(ExtractionEvaluation.Run(BodyExtractor.SmartReader, pages));
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("extractor")
            .AddColumn(new TableColumn("F1").RightAligned()).AddColumn(new TableColumn("precision").RightAligned())
            .AddColumn(new TableColumn("recall").RightAligned()).AddColumn(new TableColumn("accuracy").RightAligned())
            .AddColumn(new TableColumn("pages/s").RightAligned());
        foreach (ExtractionReport report in reports)
        {
            CorpusScore score = report.Score;
            table.AddRow(report.Extractor, WithSd(score.F1, score.F1Sd), WithSd(score.Precision, score.PrecisionSd),
                WithSd(score.Recall, score.RecallSd), WithSd(score.Accuracy, score.AccuracySd),
                report.PagesPerSecond.ToString("F1", CultureInfo.InvariantCulture));
        }

        table.Caption($"{pages.Count} pages; ± is the sd over {CorpusScore.Resamples} bootstrap resamples; pages/s is one thread, first pass (cold)");
        AnsiConsole.Write(table);
        if (worst > 0)
        {
            WriteWorst(reports[0], worst);
        }

        if (dump is not null)
        {
            Dump(reports[0], dump);
        }

        return ExitCodes.Success;
    }

    private static string WithSd(double value, double sd) =>
        string.Create(CultureInfo.InvariantCulture, $"{value:F3} ± {sd:F3}");

    private static void WriteWorst(ExtractionReport report, int count)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("page").AddColumn("url")
            .AddColumn(new TableColumn("P").RightAligned()).AddColumn(new TableColumn("R").RightAligned())
            .AddColumn(new TableColumn("words").RightAligned()).AddColumn(new TableColumn("gold words").RightAligned());
        foreach (PageResult page in report.Pages.OrderBy(page => page.F1).Take(count))
        {
            table.AddRow(
                page.Page.Id[..12],
                Markup.Escape(page.Page.Url),
                page.Score.Precision.ToString("F2", CultureInfo.InvariantCulture),
                page.Score.Recall.ToString("F2", CultureInfo.InvariantCulture),
                ShingleScorer.Tokenize(page.Extracted).Count.ToString(CultureInfo.InvariantCulture),
                ShingleScorer.Tokenize(page.Page.GoldBody).Count.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
    }

    private static void Dump(ExtractionReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (PageResult page in report.Pages)
        {
            File.WriteAllText(Path.Combine(folder, page.Page.Id + ".extracted.txt"), page.Extracted);
            File.WriteAllText(Path.Combine(folder, page.Page.Id + ".gold.txt"), page.Page.GoldBody);
        }
    }

}
