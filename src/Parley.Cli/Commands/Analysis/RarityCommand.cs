using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Analysis.Rarity;
using Parley.Cli.Output;
using Spectre.Console;

namespace Parley.Cli.Commands.Analysis;

/// <summary>
/// <c>parley rarity</c>: how often did this happen before? For a stored event (<c>--event ID</c>) or a pattern of an
/// actor: contact with <c>--min</c> distinct counterparts in a window, with a set of counterparts (<c>--with</c>,
/// repeatable), an event type between two actors (<c>--with B --type T</c>), or a contact after a silence
/// (<c>--with B --silence --on DATE</c>). <c>--mark-since DATE</c> marks the rare events from that date in the ledger.
/// </summary>
public static class RarityCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Func<string, string?> environment)
    {
        var eventId = new Option<string?>("--event") { Description = "A stored event id: ask every question that fits it." };
        var actor = new Option<string?>("--actor") { Description = "The actor (id) the pattern is about; with --event, the side to take." };
        var with = new Option<string[]>("--with") { Description = "A counterpart (repeatable): all of them within one window, or one with --type/--silence." };
        var min = new Option<int>("--min") { Description = "Distinct counterparts within one window.", DefaultValueFactory = _ => 2 };
        var type = new Option<string?>("--type") { Description = "An event type (PLOVER) between --actor and one --with." };
        var silence = new Option<bool>("--silence") { Description = "The contact of --actor and one --with on --on, after their silence." };
        var on = new Option<string?>("--on") { Description = "The day of the contact for --silence (yyyy-mm-dd)." };
        var before = new Option<string?>("--before") { Description = "Count only history before this day (yyyy-mm-dd; default all)." };
        var types = new Option<string>("--types") { Description = "Event types that count as contact, comma-separated.", DefaultValueFactory = _ => "CONSULT" };
        var window = new Option<int>("--window") { Description = "Days that count as together.", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var markSince = new Option<string?>("--mark-since") { Description = "Mark rare the day-dated events from this day (events.rare) and list them." };
        var threshold = new Option<double>("--threshold") { Description = "A pattern seen on fewer than this share of its chances is rare.", DefaultValueFactory = _ => RareFlagger.DefaultThreshold };
        var db = AnalysisLedger.CreateOption();
        var command = new Command("rarity", "How often did this happen before: observed, expected if independent, lift, tail probability, last time, coverage.")
        {
            eventId, actor, with, min, type, silence, on, before, types, window, format, markSince, threshold, db,
        };
        command.SetAction(parse =>
        {
            TextWriter stdout = parse.InvocationConfiguration.Output;
            TextWriter stderr = parse.InvocationConfiguration.Error;
            if (!ActorFilter.TryDate(parse.GetValue(before), "--before", stderr, out DateOnly? beforeDay) || !ActorFilter.TryDate(parse.GetValue(on), "--on", stderr, out DateOnly? onDay)
                || !ActorFilter.TryDate(parse.GetValue(markSince), "--mark-since", stderr, out DateOnly? markDay))
            {
                return ExitCodes.Usage;
            }

            var rules = new ContactRules([.. parse.GetRequiredValue(types).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                parse.GetValue(window));
            if (rules.Types.IsEmpty || rules.WindowDays < 1)
            {
                stderr.WriteLine("parley: --types needs at least one type and --window at least one day");
                return ExitCodes.Usage;
            }

            var question = new Question(parse.GetValue(eventId), parse.GetValue(actor), parse.GetValue(with) ?? [], parse.GetValue(min), parse.GetValue(type),
                parse.GetValue(silence), onDay, beforeDay, markDay, parse.GetValue(threshold));
            if (Problem(question) is { } problem)
            {
                stderr.WriteLine($"parley: {problem}");
                return ExitCodes.Usage;
            }

            if (AnalysisLedger.Open(parse.GetValue(db), environment, stderr) is not { } ledger)
            {
                return ExitCodes.Failure;
            }

            using (ledger.Owner)
            {
                return Run(question, new RarityAnalyzer(ledger.Source, rules), ledger.Source, parse.GetRequiredValue(format), stdout, stderr);
            }
        });
        return command;
    }

    private sealed record Question(string? EventId, string? Actor, string[] With, int Min, string? Type, bool Silence, DateOnly? On, DateOnly? Before,
        DateOnly? MarkSince, double Threshold);

    private static string? Problem(Question q) => q switch
    {
        { MarkSince: not null } => null,
        { EventId: not null } => null,
        { Actor: null } => "give --event ID, or --actor A with the pattern to count (see parley rarity --help)",
        { Type: not null, With.Length: not 1 } => "--type counts events between --actor and exactly one --with",
        { Silence: true, With.Length: not 1 } => "--silence needs exactly one --with",
        { Silence: true, On: null } => "--silence needs --on DATE, the day of the contact",
        { Min: < 1 } => "--min must be at least 1",
        _ => null,
    };

    private static int Run(Question q, RarityAnalyzer analyzer, Parley.Ledger.ISqlSource ledger, string format, TextWriter stdout, TextWriter stderr)
    {
        if (q.MarkSince is { } since)
        {
            IReadOnlyList<string> rare = RareFlagger.Flag(ledger, analyzer, RareFlagger.DatedSince(ledger, since), q.Threshold);
            stdout.WriteLine($"{rare.Count.ToString(CultureInfo.InvariantCulture)} events marked rare");
            foreach (string rareId in rare)
            {
                stdout.WriteLine(rareId);
            }

            return ExitCodes.Success;
        }

        IReadOnlyList<RarityAnswer> answers;
        if (q.EventId is { } id)
        {
            if (analyzer.ForEvent(id, q.Actor) is not { } found)
            {
                stderr.WriteLine($"parley: no event '{id}' in the ledger");
                return ExitCodes.Failure;
            }

            answers = found;
        }
        else
        {
            string actor = q.Actor!;
            answers =
            [
                q switch
                {
                    { Type: { } type } => analyzer.DyadType(actor, q.With[0], type, q.Before),
                    { Silence: true } => analyzer.DyadSilence(actor, q.With[0], q.On!.Value),
                    { With.Length: > 0 } => analyzer.CounterpartSet(actor, q.With, q.Before),
                    _ => analyzer.MultiCounterpart(actor, q.Min, q.Before),
                },
            ];
        }

        if (format == "json")
        {
            stdout.WriteLine(JsonSerializer.Serialize(answers, Json));
        }
        else
        {
            Table(answers, stdout);
        }

        return ExitCodes.Success;
    }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static void Table(IReadOnlyList<RarityAnswer> answers, TextWriter stdout)
    {
        IAnsiConsole console = Terminal.For(stdout);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("pattern").AddColumn(new TableColumn("observed").RightAligned())
            .AddColumn(new TableColumn("of").RightAligned()).AddColumn(new TableColumn("expected").RightAligned()).AddColumn(new TableColumn("lift").RightAligned())
            .AddColumn(new TableColumn("P(≥obs)").RightAligned()).AddColumn("last before").AddColumn("coverage").AddColumn(new TableColumn("events").RightAligned())
            .AddColumn("sample");
        foreach (RarityAnswer a in answers)
        {
            string coverage = a.Coverage.First is { } f && a.Coverage.Last is { } l ? $"{Day(f)} – {Day(l)}, {a.Coverage.CoveredWindows} windows" : "none";
            table.AddRow(Markup.Escape(a.Description), Num(a.Observed), Num(a.Trials), a.Expected.ToString("0.##", CultureInfo.InvariantCulture),
                a.Lift is { } lift ? lift.ToString("0.##", CultureInfo.InvariantCulture) : "—", a.TailProbability.ToString("0.###", CultureInfo.InvariantCulture),
                a.LastBefore is { } d ? Day(d) : "never", Markup.Escape(coverage), Num(a.Coverage.Events), a.SmallSample ? "small" : "ok");
        }

        console.Write(table);
        foreach (RarityAnswer a in answers)
        {
            stdout.WriteLine();
            stdout.WriteLine(a.Sentence);
        }
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Num(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
