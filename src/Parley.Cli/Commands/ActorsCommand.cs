using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Cli.Output;
using Parley.Knowledge;
using Parley.Ledger;
using Parley.Ledger.Exports;
using Parley.Ledger.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley actors resolve NAME [--on DATE] [--format json|table]</c> and
/// <c>parley actors list [--country ISO3] [--on DATE]</c>: ask the knowledge base who a name meant on a date.
/// With no subcommand, <c>parley actors [--search T] [--kind K] [--country C] [--format table|json|csv] [--db]</c>
/// lists the actors the ledger has seen, with their event and quote counts.
/// Both load the user's folder too when given <c>--knowledge FOLDER</c> or <c>PARLEY_KNOWLEDGE</c>.
/// </summary>
public static class ActorsCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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

        var search = new Option<string?>("--search") { Description = "Ledger actors whose name or id contains this text." };
        var kind = new Option<string?>("--kind") { Description = "person, government, country, organization, igo, media or group." };
        var ledgerCountry = new Option<string?>("--country") { Description = "Ledger actors of this country (ISO3, or a name: \"India\")." };
        var ledgerFormat = QueryFormat.Create();
        var limit = new Option<int>("--limit") { Description = "At most this many actors.", DefaultValueFactory = _ => 100 };
        var db = LedgerOption.Create();
        var actors = new Command("actors", "List the ledger's actors (with filters), or look actors up in the knowledge base (resolve, list).")
        {
            resolve, list, search, kind, ledgerCountry, ledgerFormat, limit, db,
        };
        actors.SetAction(parse => ListLedger(new ActorQuery(parse.GetValue(search), parse.GetValue(kind), CountryFilter(parse.GetValue(ledgerCountry)),
                Math.Max(1, parse.GetValue(limit))), parse.GetRequiredValue(ledgerFormat), LedgerOption.Choose(parse.GetValue(db), environment),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return actors;
    }

    // A country filter may be typed as a name; the ledger stores ISO3 codes.
    private static string? CountryFilter(string? text)
    {
        if (text is null || (text.Length == 3 && text.All(char.IsAsciiLetterUpper)))
        {
            return text;
        }

        KnowledgeBase? knowledge = KnowledgeFolder.TryLoad(null, TextWriter.Null, out _);
        return knowledge?.CountriesNamed(text) is [Country only] ? only.Code.Value : text;
    }

    private static int ListLedger(ActorQuery query, string format, string spec, TextWriter stdout, TextWriter stderr)
    {
        using ILedger? ledger = LedgerAccess.OpenExisting(spec, stderr, out int failure);
        if (ledger is null)
        {
            return failure;
        }

        try
        {
            IReadOnlyList<LedgerActor> actors = ledger.Actors(query);
            switch (format)
            {
                case "json":
                    stdout.WriteLine(JsonSerializer.Serialize(actors.Select(actor => new Dictionary<string, object?>
                    {
                        ["actor_id"] = actor.Id, ["name"] = actor.Name, ["kind"] = actor.Kind, ["country"] = actor.Country, ["listed"] = actor.Listed,
                        ["event_count"] = actor.EventCount, ["quote_count"] = actor.QuoteCount,
                    }), JsonOptions));
                    break;
                case "csv":
                    CsvExport.Write(stdout, actors.Select(actor => new ActorRow
                    {
                        ActorId = actor.Id, Name = actor.Name, Kind = actor.Kind, Country = actor.Country, Listed = actor.Listed,
                        EventCount = actor.EventCount, QuoteCount = actor.QuoteCount,
                    }));
                    break;
                default:
                    LedgerTables.WriteActors(Terminal.For(stdout), actors);
                    break;
            }

            return ExitCodes.Success;
        }
        catch (LedgerException error)
        {
            stderr.WriteLine($"parley: {error.Message}");
            return ExitCodes.Failure;
        }
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
