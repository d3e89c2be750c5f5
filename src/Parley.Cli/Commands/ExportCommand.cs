using System.CommandLine;
using Parley.Knowledge;
using Parley.Ledger;
using Parley.Ledger.Exports;
using Parley.Ledger.Store;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley export --format jsonl|csv|parquet|gdelt|plover [--since D] [--until D] [--actor A] [--type T] [--table T] [--db] OUT</c>:
/// writes the ledger's events for other tools. OUT is a file, or <c>-</c> for stdout with the text formats.
/// </summary>
public static class ExportCommand
{
    private static readonly string[] Formats = ["jsonl", "csv", "parquet", "gdelt", "plover"];

    /// <summary>Builds the command.</summary>
    public static Command Create(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var output = new Argument<string>("OUT") { Description = "The file to write, or - for stdout (not with parquet)." };
        var format = new Option<string>("--format") { Description = "jsonl, csv, parquet, gdelt (GDELT 2.0 Events TSV) or plover (POLECAT-style JSON lines).", Required = true };
        format.AcceptOnlyFromAmong(Formats);
        var table = new Option<string>("--table") { Description = "With csv: events, mentions or quotes.", DefaultValueFactory = _ => "events" };
        table.AcceptOnlyFromAmong("events", "mentions", "quotes");
        var since = new Option<string?>("--since") { Description = "Only events dated on or after this day (yyyy-mm-dd)." };
        var until = new Option<string?>("--until") { Description = "Only events dated on or before this day (yyyy-mm-dd)." };
        var actor = new Option<string?>("--actor") { Description = "Only events with this actor on either side: an id (CHN, xi-jinping) or a name (\"Xi Jinping\")." };
        var type = new Option<string?>("--type") { Description = "Only events of this PLOVER type (CONSULT, ...)." };
        var db = LedgerOption.Create();
        var knowledge = KnowledgeFolder.CreateOption();
        var command = new Command("export", "Export the ledger's events as JSON Lines, CSV, Parquet, GDELT-style TSV or PLOVER JSON.")
        {
            output, format, table, since, until, actor, type, db, knowledge,
        };
        command.SetAction(parse => Run(new Request(parse.GetRequiredValue(output), parse.GetRequiredValue(format), parse.GetRequiredValue(table),
                parse.GetValue(since), parse.GetValue(until), parse.GetValue(actor), parse.GetValue(type)),
            LedgerOption.Choose(parse.GetValue(db), environment), KnowledgeFolder.Choose(parse.GetValue(knowledge), environment),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private sealed record Request(string Output, string Format, string Table, string? Since, string? Until, string? Actor, string? Type);

    private static int Run(Request request, string spec, string? folder, TextWriter stdout, TextWriter stderr)
    {
        if (request.Output == "-" && request.Format == "parquet")
        {
            stderr.WriteLine("parley: parquet is binary; give a file path instead of -");
            return ExitCodes.Usage;
        }

        if (!ActorFilter.TryDate(request.Since, "--since", stderr, out DateOnly? since) || !ActorFilter.TryDate(request.Until, "--until", stderr, out DateOnly? until))
        {
            return ExitCodes.Usage;
        }

        if (KnowledgeFolder.TryLoad(folder, stderr, out int failure) is not { } knowledge)
        {
            return failure;
        }

        using ILedger? ledger = LedgerAccess.OpenExisting(spec, stderr, out failure);
        if (ledger is null)
        {
            return failure;
        }

        try
        {
            var query = new EventQuery(Actor: ActorFilter.Resolve(request.Actor, knowledge), Type: request.Type?.ToUpperInvariant(),
                Since: since, Until: until, Limit: int.MaxValue);
            ExportSet set = ExportSet.Read(ledger, query);
            int written = set.Events.Count;
            if (request.Format == "parquet")
            {
                using FileStream file = File.Create(request.Output);
                ParquetExport.WriteAsync(set, file).GetAwaiter().GetResult();
            }
            else
            {
                written = WriteText(request, set, ledger, knowledge, request.Output == "-" ? stdout : null);
            }

            if (request.Output != "-")
            {
                stderr.WriteLine($"parley: wrote {written} {(request.Format == "csv" ? request.Table : "events")} to {request.Output}");
            }

            return ExitCodes.Success;
        }
        catch (LedgerException error)
        {
            stderr.WriteLine($"parley: {error.Message}");
            return ExitCodes.Failure;
        }
        catch (IOException error)
        {
            stderr.WriteLine($"parley: writing {request.Output}: {error.Message}");
            return ExitCodes.Failure;
        }
    }

    // Returns how many rows were written.
    private static int WriteText(Request request, ExportSet set, ILedger ledger, KnowledgeBase knowledge, TextWriter? stdout)
    {
        int written = set.Events.Count;
        using StreamWriter? file = stdout is null ? new StreamWriter(request.Output, append: false, new System.Text.UTF8Encoding(false)) : null;
        TextWriter output = stdout ?? file!;
        switch (request.Format)
        {
            case "jsonl":
                JsonlExport.Write(set, output);
                break;
            case "plover":
                PloverExport.Write(set, output, LedgerAccess.ParleyVersion);
                break;
            case "gdelt":
                new GdeltExport(knowledge, CameoWeights.Shipped).Write(set, output);
                break;
            case "csv" when request.Table == "mentions":
                CsvExport.WriteMentions(set, output);
                written = set.Events.Sum(item => set.Mentions[item.Id].Count());
                break;
            case "csv" when request.Table == "quotes":
                IReadOnlyList<LedgerQuote> quotes = Quotes(request, ledger, knowledge);
                CsvExport.WriteQuotes(quotes, output);
                written = quotes.Count;
                break;
            default:
                CsvExport.WriteEvents(set, output);
                break;
        }

        output.Flush();
        return written;
    }

    private static IReadOnlyList<LedgerQuote> Quotes(Request request, ILedger ledger, KnowledgeBase knowledge) =>
        ledger.Quotes(new QuoteQuery(Speaker: ActorFilter.Resolve(request.Actor, knowledge), Limit: int.MaxValue));
}
