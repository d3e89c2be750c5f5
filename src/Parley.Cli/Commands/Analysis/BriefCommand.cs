using System.CommandLine;
using Parley.Analysis.Brief;
using Parley.Analysis.Rarity;

namespace Parley.Cli.Commands.Analysis;

/// <summary><c>parley brief --actor A [--since D] [--out FILE]</c>: an analyst's note in Markdown, with its charts beside it.</summary>
public static class BriefCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Func<string, string?> environment)
    {
        var actor = new Option<string>("--actor") { Description = "The actor (id).", Required = true };
        var since = new Option<string?>("--since") { Description = "Events from this day (yyyy-mm-dd)." };
        var output = new Option<string?>("--out") { Description = "The Markdown file (default brief-ACTOR.md); charts are written next to it." };
        var db = AnalysisLedger.CreateOption();
        var command = new Command("brief", "Write a Markdown brief on an actor: key events with evidence, quotes, rarity notes and charts.")
        {
            actor, since, output, db,
        };
        command.SetAction(parse =>
        {
            TextWriter stderr = parse.InvocationConfiguration.Error;
            if (!ActorFilter.TryDate(parse.GetValue(since), "--since", stderr, out DateOnly? from))
            {
                return ExitCodes.Usage;
            }

            if (AnalysisLedger.Open(parse.GetValue(db), environment, stderr) is not { } ledger)
            {
                return ExitCodes.Failure;
            }

            using (ledger.Owner)
            {
                string who = parse.GetRequiredValue(actor);
                string path = parse.GetValue(output) ?? $"brief-{who}.md";
                new BriefWriter(ledger.Source, ContactRules.Default).Write(who, from, path);
                parse.InvocationConfiguration.Output.WriteLine(path);
                return ExitCodes.Success;
            }
        });
        return command;
    }
}
