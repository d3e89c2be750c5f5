using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Cli.Output;
using Parley.Ledger;
using Parley.Ledger.Exports;
using Parley.Ledger.Store;

namespace Parley.Cli.Commands;

/// <summary><c>parley quotes [--speaker A] [--search T] [--since D] [--until D] [--limit N] [--format table|json|csv] [--db]</c>: who said what.</summary>
public static class QuotesCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds the command.</summary>
    public static Command Create(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var speaker = new Option<string?>("--speaker") { Description = "The speaker: an id (xi-jinping) or a name (\"Xi Jinping\")." };
        var search = new Option<string?>("--search") { Description = "Words containing this text." };
        var since = new Option<string?>("--since") { Description = "Printed by articles published on or after this day (yyyy-mm-dd)." };
        var until = new Option<string?>("--until") { Description = "Printed by articles published on or before this day (yyyy-mm-dd)." };
        var limit = new Option<int>("--limit") { Description = "At most this many quotes.", DefaultValueFactory = _ => 100 };
        var format = QueryFormat.Create();
        var db = LedgerOption.Create();
        var knowledge = KnowledgeFolder.CreateOption();
        var command = new Command("quotes", "List the ledger's quotes.") { speaker, search, since, until, limit, format, db, knowledge };
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

            var query = new QuoteQuery(ActorFilter.Resolve(parse.GetValue(speaker), knowledgeBase), parse.GetValue(search), from, to, Math.Max(1, parse.GetValue(limit)));
            using ILedger? ledger = LedgerAccess.OpenExisting(LedgerOption.Choose(parse.GetValue(db), environment), stderr, out failure);
            if (ledger is null)
            {
                return failure;
            }

            try
            {
                IReadOnlyList<LedgerQuote> quotes = ledger.Quotes(query);
                Write(quotes, parse.GetRequiredValue(format), stdout);
                return ExitCodes.Success;
            }
            catch (LedgerException error)
            {
                stderr.WriteLine($"parley: {error.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static void Write(IReadOnlyList<LedgerQuote> quotes, string format, TextWriter stdout)
    {
        switch (format)
        {
            case "json":
                stdout.WriteLine(JsonSerializer.Serialize(quotes.Select(quote => new Dictionary<string, object?>
                {
                    ["quote_id"] = quote.Id, ["speaker_id"] = quote.SpeakerId, ["speaker_name"] = quote.SpeakerName,
                    ["speaker_description"] = quote.SpeakerDescription, ["kind"] = quote.Kind, ["words"] = quote.Words, ["source_count"] = quote.SourceCount,
                }), Json));
                break;
            case "csv":
                CsvExport.WriteQuotes(quotes, stdout);
                break;
            default:
                LedgerTables.WriteQuotes(Terminal.For(stdout), quotes);
                break;
        }
    }
}
