using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Parley.Cli.Output;
using Parley.Knowledge;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley actors resolve NAME [--on DATE] [--format json|table]</c> and
/// <c>parley actors list [--country ISO3] [--on DATE]</c>: ask the knowledge base who a name meant on a date.
/// Both load the user's folder too when given <c>--knowledge FOLDER</c> or <c>PARLEY_KNOWLEDGE</c>.
/// </summary>
public static class ActorsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var name = new Argument<string>("NAME") { Description = "A name as news writes it: \"Putin\", \"Kremlin\", \"Erdogan\", \"AFP\"." };
        var on = OnOption();
        var knowledge = KnowledgeFolder.CreateOption();
        var format = new Option<string>("--format") { Description = "json or table.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table");
        var resolve = new Command("resolve", "Resolve a name to the actors it can mean on a date, best first, with the offices held that day.")
        {
            name, on, format, knowledge,
        };
        resolve.SetAction(parse => Resolve(parse.GetRequiredValue(name), parse.GetValue(on), parse.GetRequiredValue(format),
            KnowledgeFolder.Choose(parse.GetValue(knowledge), environment), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));

        var country = new Option<string?>("--country") { Description = "Only offices of this country (ISO3) or organization code." };
        var listOn = OnOption();
        var listKnowledge = KnowledgeFolder.CreateOption();
        var list = new Command("list", "List who held each head-of-state, head-of-government, foreign-minister and organization-head office on a date.")
        {
            country, listOn, listKnowledge,
        };
        list.SetAction(parse => List(parse.GetValue(country), parse.GetValue(listOn), KnowledgeFolder.Choose(parse.GetValue(listKnowledge), environment),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));

        return new Command("actors", "Look up actors in the knowledge base.") { resolve, list };
    }

    private static Option<string?> OnOption() =>
        new("--on") { Description = "The date to resolve as of, yyyy-mm-dd (default: today, UTC)." };

    private static int Resolve(string name, string? onText, string format, string? folder, TextWriter stdout, TextWriter stderr)
    {
        if (!TryDate(onText, stderr, out DateOnly on))
        {
            return ExitCodes.Usage;
        }

        if (KnowledgeFolder.TryLoad(folder, stderr, out int failure) is not { } knowledge)
        {
            return failure;
        }

        ImmutableArray<ActorMatch> matches = new ActorResolver(knowledge).Resolve(name, on);
        if (matches.IsEmpty)
        {
            stderr.WriteLine($"parley: no actor is known as '{name}' on {on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            return ExitCodes.Failure;
        }

        if (format == "table")
        {
            ActorTable.Write(Terminal.For(stdout), matches);
        }
        else
        {
            stdout.WriteLine(ActorJson.Write(matches));
        }

        return ExitCodes.Success;
    }

    private static int List(string? polity, string? onText, string? folder, TextWriter stdout, TextWriter stderr)
    {
        if (!TryDate(onText, stderr, out DateOnly on))
        {
            return ExitCodes.Usage;
        }

        if (KnowledgeFolder.TryLoad(folder, stderr, out int failure) is not { } knowledge)
        {
            return failure;
        }

        if (polity is not null && knowledge.CountryByCode(polity) is null && knowledge.OrganizationByCode(polity) is null)
        {
            stderr.WriteLine($"parley: --country '{polity}' is not a country (ISO3) or organization code the knowledge base knows");
            return ExitCodes.Usage;
        }

        var rows = new List<(Office Office, Person Holder)>();
        foreach (Office office in knowledge.Offices)
        {
            if (polity is not null && !string.Equals(office.Polity, polity, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(knowledge.CountryByCode(polity)?.Code.Value, office.Polity, StringComparison.Ordinal))
            {
                continue;
            }

            rows.AddRange(knowledge.Tenures.Where(tenure => tenure.Office == office.Id && tenure.HoldsOn(on))
                .Select(tenure => (office, knowledge.PersonById(tenure.Person)!)));
        }

        ActorTable.WriteHolders(Terminal.For(stdout), rows);
        return ExitCodes.Success;
    }

    private static bool TryDate(string? text, TextWriter stderr, out DateOnly date)
    {
        if (text is null)
        {
            date = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        stderr.WriteLine($"parley: --on '{text}' is not a date yyyy-mm-dd (e.g. 2026-02-04)");
        return false;
    }
}
