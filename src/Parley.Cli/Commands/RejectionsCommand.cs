using System.CommandLine;
using System.Text.Json;
using Parley.Cli.Output;
using Parley.Ingest.Sources;
using Parley.Ledger;
using Parley.Ledger.Ingest;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley rejections [--db] [--all] [--format table|json] [--retry]</c>: list the inputs the ledger could not read, or read
/// those still on disk again (after a fix, or with --encoding) and mark the ones that now read as retried.
/// </summary>
public static class RejectionsCommand
{
    /// <summary>Builds the command over the process's environment and the real store.</summary>
    public static Command Create(Func<string, string?> environment) => Create(environment, LedgerAccess.Open);

    /// <summary>Builds the command opening ledgers with <paramref name="open"/>.</summary>
    internal static Command Create(Func<string, string?> environment, Func<string, ILedger> open)
    {
        Option<string?> db = LedgerOption.Create();
        var all = new Option<bool>("--all") { Description = "Also list rejections already retried." };
        var format = new Option<string>("--format") { Description = "table or json (JSON Lines).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var retry = new Option<bool>("--retry") { Description = "Read the rejected sources still on disk again; ingest those that now read and mark them retried." };
        var encoding = new Option<string?>("--encoding") { Description = "With --retry: encoding to assume for inputs that are not UTF-8." };
        Option<string?> knowledge = KnowledgeFolder.CreateOption();
        var command = new Command("rejections", "List the inputs the ledger could not read, or retry them.") { db, all, format, retry, encoding, knowledge };
        command.SetAction(parse =>
        {
            string database = LedgerOption.Choose(parse.GetValue(db), environment);
            TextWriter stdout = parse.InvocationConfiguration.Output;
            TextWriter stderr = parse.InvocationConfiguration.Error;
            return parse.GetValue(retry)
                ? Retry(database, open, parse.GetValue(encoding), KnowledgeFolder.Choose(parse.GetValue(knowledge), environment), stderr)
                : List(database, open, parse.GetValue(all), parse.GetRequiredValue(format), stdout, stderr);
        });
        return command;
    }

    private static int List(string database, Func<string, ILedger> open, bool all, string format, TextWriter stdout, TextWriter stderr)
    {
        using ILedger? ledger = IngestCommand.TryOpen(database, open, stderr);
        if (ledger is null)
        {
            return ExitCodes.Failure;
        }

        IReadOnlyList<StoredRejection> rejections = ledger.Rejections(all);
        if (format == "json")
        {
            foreach (StoredRejection r in rejections)
            {
                stdout.WriteLine(JsonSerializer.Serialize(new { source = r.Source, code = r.Code, reason = r.Reason, run = r.RunId, retried = r.Retried }));
            }

            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("source").AddColumn("code").AddColumn("reason").AddColumn(new TableColumn("run").RightAligned());
        if (all)
        {
            table.AddColumn("retried");
        }

        foreach (StoredRejection r in rejections)
        {
            string[] cells = [Markup.Escape(r.Source), r.Code, Markup.Escape(r.Reason), r.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            table.AddRow(all ? [.. cells, r.Retried ? "yes" : "no"] : cells);
        }

        table.Caption($"{rejections.Count} rejection(s){(all ? "" : " not yet retried")}");
        Terminal.For(stdout).Write(table);
        return ExitCodes.Success;
    }

    private static int Retry(string database, Func<string, ILedger> open, string? encodingName, string? knowledgeFolder, TextWriter stderr)
    {
        IReadOnlyList<StoredRejection> stored;
        using (ILedger? ledger = IngestCommand.TryOpen(database, open, stderr))
        {
            if (ledger is null)
            {
                return ExitCodes.Failure;
            }

            stored = ledger.Rejections(includeRetried: false);
        }

        // A source is a file path; one still on disk can be read again, others (stdin, a file since deleted) cannot.
        string[] onDisk = [.. stored.Select(r => r.Source).Distinct(StringComparer.Ordinal).Where(File.Exists).Order(StringComparer.Ordinal)];
        int gone = stored.Select(r => r.Source).Distinct(StringComparer.Ordinal).Count() - onDisk.Length;
        if (gone > 0)
        {
            stderr.WriteLine($"parley: {gone} rejected source(s) are no longer on disk and stay as they are");
        }

        if (onDisk.Length == 0)
        {
            stderr.WriteLine("parley: nothing to retry");
            return ExitCodes.Success;
        }

        System.Text.Encoding? declared = null;
        if (encodingName is not null && (declared = TextDecoder.Named(encodingName)) is null)
        {
            stderr.WriteLine($"parley: --encoding '{encodingName}' is not an encoding .NET knows (try utf-8, latin1, windows-1252)");
            return ExitCodes.Usage;
        }

        if (KnowledgeFolder.TryLoad(knowledgeFolder, stderr, out int failure) is not { } knowledge)
        {
            return failure;
        }

        using ILedger? writer = IngestCommand.TryOpen(database, open, stderr);
        if (writer is null)
        {
            return ExitCodes.Failure;
        }

        var reader = new SourceReader(declaredEncoding: declared);
        IngestSummary? summary = IngestRun.Execute(writer, database, "rejections --retry", reader.Read(onDisk), knowledge,
            new IngestOptions(Environment.ProcessorCount), stderr);
        if (summary is null)
        {
            return ExitCodes.Failure;
        }

        string[] nowRead = [.. onDisk.Where(source => !summary.RejectedSources.Contains(source))];
        try
        {
            writer.MarkRetried(nowRead);
        }
        catch (Exception error) when (LedgerAccess.IsStoreError(error))
        {
            stderr.WriteLine($"parley: the ledger {database} failed while marking retried sources: {error.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failure;
        }

        IngestRun.WriteSummary(summary, stderr);
        stderr.WriteLine($"parley: {nowRead.Length} of {onDisk.Length} source(s) now read and are marked retried");
        return nowRead.Length == onDisk.Length ? ExitCodes.Success : nowRead.Length == 0 ? ExitCodes.Failure : ExitCodes.SomeRejected;
    }
}
