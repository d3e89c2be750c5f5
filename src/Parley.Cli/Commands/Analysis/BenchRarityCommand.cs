using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Analysis;
using Parley.Analysis.Rarity;
using Parley.Analysis.Sql;
using Parley.Cli.Output;
using Spectre.Console;

namespace Parley.Cli.Commands.Analysis;

/// <summary>
/// <c>parley bench rarity [--events N] [--db PATH]</c>: generates a synthetic ledger of N events in DuckDB (or reuses
/// the one at PATH) and times each rarity question and a timeline, warm, over several runs.
/// </summary>
public static class BenchRarityCommand
{
    /// <summary>Builds the <c>rarity</c> subcommand of <c>bench</c>.</summary>
    public static Command Create()
    {
        var events = new Option<long>("--events") { Description = "Events to generate.", DefaultValueFactory = _ => 10_000_000 };
        var actors = new Option<int>("--actors") { Description = "Actors to spread them over.", DefaultValueFactory = _ => 2_000 };
        var runs = new Option<int>("--runs") { Description = "Timed runs per question after one warm-up.", DefaultValueFactory = _ => 5 };
        var db = new Option<string?>("--db") { Description = "A DuckDB file to reuse (generated there when missing); default a temporary file, deleted after." };
        var command = new Command("rarity", "Time rarity answers and a timeline on a generated ledger (10 million events by default).") { events, actors, runs, db };
        command.SetAction(parse => Run(parse.GetValue(events), parse.GetValue(actors), Math.Max(1, parse.GetValue(runs)), parse.GetValue(db),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(long events, int actors, int runs, string? dbPath, TextWriter stdout, TextWriter stderr)
    {
        string path = dbPath ?? Path.Combine(Path.GetTempPath(), $"parley-bench-{Guid.NewGuid():N}.duckdb");
        try
        {
            using var db = new DuckDbSource(path);
            long stored = BenchLedger.EventCount(db);
            if (stored == 0)
            {
                stderr.WriteLine($"parley: generating {events.ToString("N0", CultureInfo.InvariantCulture)} events among {actors.ToString("N0", CultureInfo.InvariantCulture)} actors in {path} …");
                var generation = Stopwatch.StartNew();
                BenchLedger.Generate(db, events, actors);
                stderr.WriteLine($"parley: generated in {generation.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
                stored = BenchLedger.EventCount(db);
            }

            // The derived tables are built once after a write; its cost is reported apart from the warm questions.
            var derive = Stopwatch.StartNew();
            ContactRows.Refresh refresh = ContactRows.Ensure(db);
            stderr.WriteLine($"parley: contact_rows and actor_days {refresh switch { ContactRows.Refresh.Rebuilt => "built", ContactRows.Refresh.Incremental => "updated", _ => "up to date" }} in {derive.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
            var analyzer = new RarityAnalyzer(db, ContactRules.Default);
            var on = new DateOnly(2025, 12, 31);
            (string Name, double Limit, Action Ask)[] questions =
            [
                ("rarity: ≥2 counterparts in a day", 100, () => analyzer.MultiCounterpart(BenchLedger.Actor, 2, on)),
                ("rarity: with a set of counterparts", 100, () => analyzer.CounterpartSet(BenchLedger.Actor, [BenchLedger.Counterpart, "a5"], on)),
                ("rarity: dyad after silence", 100, () => analyzer.DyadSilence(BenchLedger.Actor, BenchLedger.Counterpart, on)),
                ("rarity: event type in a dyad", 100, () => analyzer.DyadType(BenchLedger.Actor, BenchLedger.Counterpart, "CONSULT", on)),
                ("timeline by month", 200, () => TimelineQuery.Run(db, BenchLedger.Actor, null, "month")),
            ];
            var table = new Table().Border(TableBorder.Rounded).AddColumn("question").AddColumn(new TableColumn("median ms").RightAligned())
                .AddColumn(new TableColumn("best ms").RightAligned()).AddColumn(new TableColumn("target ms").RightAligned()).AddColumn("met");
            foreach ((string name, double limit, Action ask) in questions)
            {
                ask();
                var times = new List<double>();
                for (int i = 0; i < runs; i++)
                {
                    var watch = Stopwatch.StartNew();
                    ask();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                double median = times[times.Count / 2];
                table.AddRow(name, median.ToString("F1", CultureInfo.InvariantCulture), times[0].ToString("F1", CultureInfo.InvariantCulture),
                    limit.ToString("F0", CultureInfo.InvariantCulture), median < limit ? "yes" : "NO");
            }

            table.Title($"{stored.ToString("N0", CultureInfo.InvariantCulture)} events, actor {BenchLedger.Actor}, {runs.ToString(CultureInfo.InvariantCulture)} warm runs each");
            Terminal.For(stdout).Write(table);
            return ExitCodes.Success;
        }
        finally
        {
            if (dbPath is null)
            {
                File.Delete(path);
                File.Delete(path + ".wal");
            }
        }
    }
}
