using Parley.Evaluation;
using System.CommandLine;
using System.Globalization;
using Parley.Evaluation.Events;
using Parley.Knowledge;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval events --gold FILE [--worst N] [--min-confidence C]</c>: event precision, recall and F1 against gold annotations.</summary>
public static class EvalEventsCommand
{
    /// <summary>Builds the <c>events</c> subcommand of <c>parley eval</c>.</summary>
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "A gold file in the format of ../shared/seed/gold.json, or JSON Lines of them.", Required = true };
        var worst = new Option<int>("--worst") { Description = "Also list the N articles with the most missed and extra events.", DefaultValueFactory = _ => 0 };
        var minimum = new Option<double>("--min-confidence") { Description = "Count only events with at least this confidence as predictions.", DefaultValueFactory = _ => 0.5 };
        var command = new Command("events", "Event precision, recall and F1 against gold annotations (matching rules: docs/evaluation.md).") { gold, worst, minimum };
        command.SetAction(parse => Run(parse.GetRequiredValue(gold), parse.GetValue(worst), parse.GetValue(minimum), parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string goldFile, int worst, double minimum, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(goldFile))
        {
            stderr.WriteLine($"parley: skipped: gold file '{goldFile}' is not present");
            return ExitCodes.Success;
        }

        IReadOnlyList<GoldArticle> gold = GoldArticle.Load(goldFile);
        EventReport report = new EventEvaluation(KnowledgeLoader.LoadShipped()) { MinimumConfidence = minimum }.Run(gold);
        IAnsiConsole console = Output.Terminal.For(stdout);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("type").AddColumn(new TableColumn("gold").RightAligned())
            .AddColumn(new TableColumn("found").RightAligned()).AddColumn(new TableColumn("matched").RightAligned())
            .AddColumn(new TableColumn("precision").RightAligned()).AddColumn(new TableColumn("recall").RightAligned()).AddColumn(new TableColumn("F1").RightAligned());
        foreach ((string type, MatchCounts score) in report.ByType.OrderByDescending(entry => entry.Value.Gold))
        {
            AddRow(table, type, score);
        }

        AddRow(table, "[bold]all[/]", report.Overall);
        console.Write(table);
        int m = Math.Max(1, report.Matched);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{gold.Count} articles ({report.Unreadable} unreadable); on the {report.Matched} matched events: date {report.SameDate * 100.0 / m:F0}%, mode {report.SameMode * 100.0 / m:F0}%, medium {report.SameMedium * 100.0 / m:F0}%, status {report.SameStatus * 100.0 / m:F0}% agree"));
        MatchCounts dyads = report.CountryLevel;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"country level (a gold actor with a country also matches a participant of that country, as CAMEO/ICEWS code dyads): matched {dyads.Matched}, precision {dyads.Precision:F3}, recall {dyads.Recall:F3}, F1 {dyads.F1:F3}"));
        foreach (ArticleEventResult article in report.Articles.OrderByDescending(a => a.Missed.Count + a.Extra.Count).Take(worst))
        {
            stdout.WriteLine($"\n{article.Source}: gold {article.Gold}, found {article.Predicted}, matched {article.Matched}");
            foreach (string miss in article.Missed)
            {
                stdout.WriteLine($"  missed: {miss}");
            }

            foreach (string extra in article.Extra)
            {
                stdout.WriteLine($"  extra:  {extra}");
            }
        }

        return ExitCodes.Success;
    }

    private static void AddRow(Table table, string type, MatchCounts score) => table.AddRow(type,
        score.Gold.ToString(CultureInfo.InvariantCulture), score.Predicted.ToString(CultureInfo.InvariantCulture),
        score.Matched.ToString(CultureInfo.InvariantCulture), score.Precision.ToString("F3", CultureInfo.InvariantCulture),
        score.Recall.ToString("F3", CultureInfo.InvariantCulture), score.F1.ToString("F3", CultureInfo.InvariantCulture));
}
