using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Analysis;
using Parley.Analysis.Charts;
using Parley.Cli.Output;
using Spectre.Console;

namespace Parley.Cli.Commands.Analysis;

/// <summary><c>parley timeline --actor A [--with B] [--by week|month] [--chart STEM]</c>: an actor's events by type over time.</summary>
public static class TimelineCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Func<string, string?> environment)
    {
        var actor = new Option<string>("--actor") { Description = "The actor (id).", Required = true };
        var with = new Option<string?>("--with") { Description = "Only events shared with this counterpart (id)." };
        var by = new Option<string>("--by") { Description = "week or month.", DefaultValueFactory = _ => "month" };
        by.AcceptOnlyFromAmong("week", "month");
        var since = new Option<string?>("--since") { Description = "From this day (yyyy-mm-dd)." };
        var until = new Option<string?>("--until") { Description = "Up to this day (yyyy-mm-dd)." };
        var chart = new Option<string?>("--chart") { Description = "Also draw the chart to STEM.png and STEM.svg." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var db = AnalysisLedger.CreateOption();
        var command = new Command("timeline", "Count an actor's events by type per week or month, as a table and a chart.")
        {
            actor, with, by, since, until, chart, format, db,
        };
        command.SetAction(parse =>
        {
            TextWriter stdout = parse.InvocationConfiguration.Output;
            TextWriter stderr = parse.InvocationConfiguration.Error;
            if (!ActorFilter.TryDate(parse.GetValue(since), "--since", stderr, out DateOnly? from) || !ActorFilter.TryDate(parse.GetValue(until), "--until", stderr, out DateOnly? to))
            {
                return ExitCodes.Usage;
            }

            if (AnalysisLedger.Open(parse.GetValue(db), environment, stderr) is not { } ledger)
            {
                return ExitCodes.Failure;
            }

            using (ledger.Owner)
            {
                Timeline timeline = TimelineQuery.Run(ledger.Source, parse.GetRequiredValue(actor), parse.GetValue(with), parse.GetRequiredValue(by), from, to);
                if (parse.GetRequiredValue(format) == "json")
                {
                    stdout.WriteLine(JsonSerializer.Serialize(timeline, RarityCommand.Json));
                }
                else
                {
                    Table(timeline, stdout);
                }

                if (parse.GetValue(chart) is { } stem && !timeline.Points.IsEmpty)
                {
                    ChartFiles files = ChartWriter.Timeline(timeline, stem);
                    stderr.WriteLine($"parley: chart written to {files.Png} and {files.Svg}");
                }

                return ExitCodes.Success;
            }
        });
        return command;
    }

    private static void Table(Timeline timeline, TextWriter stdout)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn(timeline.By);
        foreach (string type in timeline.Types)
        {
            table.AddColumn(new TableColumn(type).RightAligned());
        }

        table.AddColumn(new TableColumn("total").RightAligned());
        foreach (DateOnly period in timeline.Periods)
        {
            var counts = timeline.Points.Where(p => p.Period == period).ToDictionary(p => p.Type, p => p.Count);
            var cells = new List<string> { period.ToString(timeline.By == "month" ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture) };
            cells.AddRange(timeline.Types.Select(t => counts.TryGetValue(t, out int n) ? n.ToString(CultureInfo.InvariantCulture) : ""));
            cells.Add(counts.Values.Sum().ToString(CultureInfo.InvariantCulture));
            table.AddRow([.. cells]);
        }

        string title = timeline.WithName is null ? timeline.ActorName : $"{timeline.ActorName} with {timeline.WithName}";
        table.Title(Markup.Escape(title));
        Terminal.For(stdout).Write(table);
    }
}
