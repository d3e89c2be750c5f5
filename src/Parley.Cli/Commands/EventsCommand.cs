using System.CommandLine;
using Parley.Cli.Output;
using Parley.Ledger;
using Parley.Ledger.Exports;
using Parley.Ledger.Store;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley events [--actor A] [--with B] [--type T] [--mode M] [--status S] [--since D] [--until D] [--search TEXT]
/// [--origin O] [--rare] [--evidence] [--limit N] [--format table|json|csv] [--db]</c>: the ledger's events, newest first.
/// </summary>
public static class EventsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var actor = new Option<string?>("--actor") { Description = "Events with this actor on either side: an id (CHN, xi-jinping) or a name (\"Xi Jinping\", \"China\")." };
        var with = new Option<string?>("--with") { Description = "...and this actor on the other side." };
        var type = new Option<string?>("--type") { Description = "PLOVER type: CONSULT, ACCUSE, ..." };
        var mode = new Option<string?>("--mode") { Description = "PLOVER mode: phone, visit, ..." };
        var status = new Option<string?>("--status") { Description = "occurred, planned, negated or hypothetical." };
        var since = new Option<string?>("--since") { Description = "Dated on or after this day (yyyy-mm-dd)." };
        var until = new Option<string?>("--until") { Description = "Dated on or before this day (yyyy-mm-dd)." };
        var search = new Option<string?>("--search") { Description = "Evidence containing this text." };
        var origin = new Option<string?>("--origin") { Description = "parley, icews or gdelt." };
        var rare = new Option<bool>("--rare") { Description = "Only events marked rare." };
        var evidence = new Option<bool>("--evidence") { Description = "Print each event's mentions with their evidence." };
        var limit = new Option<int>("--limit") { Description = "At most this many events.", DefaultValueFactory = _ => 100 };
        var format = QueryFormat.Create();
        var db = LedgerOption.Create();
        var knowledge = KnowledgeFolder.CreateOption();
        var command = new Command("events", "List the ledger's events, newest first.")
        {
            actor, with, type, mode, status, since, until, search, origin, rare, evidence, limit, format, db, knowledge,
        };
        command.SetAction(parse =>
        {
            TextWriter stdout = parse.InvocationConfiguration.Output;
            TextWriter stderr = parse.InvocationConfiguration.Error;
            if (!ActorFilter.TryDate(parse.GetValue(since), "--since", stderr, out DateOnly? from) || !ActorFilter.TryDate(parse.GetValue(until), "--until", stderr, out DateOnly? to))
            {
                return ExitCodes.Usage;
            }

            if (KnowledgeFolder.TryLoad(KnowledgeFolder.Choose(parse.GetValue(knowledge), environment), stderr, out int failure) is not { } knowledgeBase)
            {
                return failure;
            }

            var query = new EventQuery(ActorFilter.Resolve(parse.GetValue(actor), knowledgeBase), ActorFilter.Resolve(parse.GetValue(with), knowledgeBase),
                parse.GetValue(type)?.ToUpperInvariant(), parse.GetValue(mode), parse.GetValue(status), from, to, parse.GetValue(search),
                parse.GetValue(origin), parse.GetValue(rare), Math.Max(1, parse.GetValue(limit)));
            return Run(query, parse.GetValue(evidence), parse.GetRequiredValue(format), LedgerOption.Choose(parse.GetValue(db), environment), stdout, stderr);
        });
        return command;
    }

    private static int Run(EventQuery query, bool withEvidence, string format, string spec, TextWriter stdout, TextWriter stderr)
    {
        using ILedger? ledger = LedgerAccess.OpenExisting(spec, stderr, out int failure);
        if (ledger is null)
        {
            return failure;
        }

        try
        {
            ExportSet set = ExportSet.Read(ledger, query, withArticles: withEvidence);
            switch (format)
            {
                case "json":
                    JsonlExport.WriteArray(set, stdout);
                    break;
                case "csv":
                    CsvExport.WriteEvents(set, stdout);
                    break;
                default:
                    LedgerTables.WriteEvents(Terminal.For(stdout), set, withEvidence);
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
}

/// <summary>The <c>--format table|json|csv</c> option the query commands share.</summary>
internal static class QueryFormat
{
    /// <summary>A fresh option, table by default.</summary>
    public static Option<string> Create()
    {
        var format = new Option<string>("--format") { Description = "table, json or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        return format;
    }
}
