using System.CommandLine;
using System.Globalization;
using Parley.Evaluation.Time;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval timex --spec FILE</c>: time expressions against the Recognizers-Text English spec.</summary>
public static class EvalTimexCommand
{
    /// <summary>Builds the <c>timex</c> subcommand of <c>parley eval</c>.</summary>
    public static Command Create()
    {
        var spec = new Option<string>("--spec") { Description = "A Recognizers-Text DateTimeModel.json spec (../shared/data/timex).", Required = true };
        var command = new Command("timex", "Recall of dates, date ranges and durations (span and value) and precision of time mentions.") { spec };
        command.SetAction(parse => Run(parse.GetRequiredValue(spec), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string spec, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(spec))
        {
            stderr.WriteLine($"parley: skipped: spec file '{spec}' is not present");
            return ExitCodes.Success;
        }

        TimexReport report = TimexEvaluation.Run(spec);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("kind").AddColumn(new TableColumn("gold").RightAligned())
            .AddColumn(new TableColumn("span found").RightAligned()).AddColumn(new TableColumn("value agrees").RightAligned());
        foreach (TimexKindScore kind in report.Kinds)
        {
            table.AddRow(kind.Kind, kind.Gold.ToString(CultureInfo.InvariantCulture), Percent(kind.Found, kind.Gold), Percent(kind.Resolved, kind.Gold));
        }

        Output.Terminal.For(stdout).Write(table);
        stdout.WriteLine($"{report.Cases} cases; precision of Parley's time mentions (overlapping a gold result of any type): {Percent(report.PredictedOverlappingGold, report.Predicted)} of {report.Predicted}");
        return ExitCodes.Success;
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
