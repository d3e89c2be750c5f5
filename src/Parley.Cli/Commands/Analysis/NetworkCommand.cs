using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Analysis;
using Parley.Analysis.Charts;
using Parley.Cli.Output;
using Spectre.Console;

namespace Parley.Cli.Commands.Analysis;

/// <summary><c>parley network [--since --until --type --actor] [--graphml FILE] [--chart STEM]</c>: who is in contact with whom.</summary>
public static class NetworkCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Func<string, string?> environment)
    {
        var since = new Option<string?>("--since") { Description = "Events from this day (yyyy-mm-dd)." };
        var until = new Option<string?>("--until") { Description = "Events up to this day (yyyy-mm-dd)." };
        var type = new Option<string?>("--type") { Description = "Only events of this type (PLOVER)." };
        var actor = new Option<string?>("--actor") { Description = "Only the edges of this actor (id)." };
        var limit = new Option<int>("--limit") { Description = "The heaviest edges kept.", DefaultValueFactory = _ => 100 };
        var graphml = new Option<string?>("--graphml") { Description = "Also write the network as GraphML to FILE." };
        var chart = new Option<string?>("--chart") { Description = "Also draw the network to STEM.png and STEM.svg." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var db = AnalysisLedger.CreateOption();
        var command = new Command("network", "Who is in contact with whom, weighted by shared events, as a table, GraphML and a chart.")
        {
            since, until, type, actor, limit, graphml, chart, format, db,
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
                Network network = NetworkQuery.Run(ledger.Source, from, to, parse.GetValue(type), Math.Max(1, parse.GetValue(limit)), parse.GetValue(actor));
                if (parse.GetRequiredValue(format) == "json")
                {
                    stdout.WriteLine(JsonSerializer.Serialize(network.Edges, RarityCommand.Json));
                }
                else
                {
                    var table = new Table().Border(TableBorder.Rounded).AddColumn("actor").AddColumn("counterpart").AddColumn(new TableColumn("events").RightAligned());
                    foreach (NetworkEdge edge in network.Edges)
                    {
                        table.AddRow(Markup.Escape(edge.SourceName), Markup.Escape(edge.TargetName), edge.Weight.ToString(CultureInfo.InvariantCulture));
                    }

                    Terminal.For(stdout).Write(table);
                }

                if (parse.GetValue(graphml) is { } file)
                {
                    GraphMlWriter.Write(network).Save(file);
                    stderr.WriteLine($"parley: GraphML written to {file}");
                }

                if (parse.GetValue(chart) is { } stem && !network.Edges.IsEmpty)
                {
                    ChartFiles files = ChartWriter.Network(network, stem, "Contacts by shared events");
                    stderr.WriteLine($"parley: chart written to {files.Png} and {files.Svg}");
                }

                return ExitCodes.Success;
            }
        });
        return command;
    }
}
