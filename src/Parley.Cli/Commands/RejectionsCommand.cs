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
/// those still on disk again (after a fix, or with --encoding) and mark the ones that now read as retried: a rejected file
/// whole, a rejected record of a JSON Lines file or feed (<c>FILE#N</c>) alone.
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
        var retry = new Option<bool>("--retry") { Description = "Read the rejected files and records (FILE#N) still on disk again; ingest those that now read and mark them retried." };
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

        // A source is a file path, or a record inside a file ("FILE#N": a JSON Lines line, a feed item). A file still on
        // disk is read again whole; a record is read again alone, so the file's other records are not read twice.
        string[] sources = [.. stored.Select(r => r.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        string[] files = [.. sources.Where(File.Exists)];
        var wholeFiles = files.ToHashSet(StringComparer.Ordinal);
        var records = new SortedDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var readWithFile = new List<string>();
        foreach (string source in sources.Where(s => !wholeFiles.Contains(s)))
        {
            if (SourceReader.TryParseRecord(source, out string file, out _) && File.Exists(file))
            {
                if (wholeFiles.Contains(file))
                {
                    readWithFile.Add(source);
                }
                else
                {
                    (records.TryGetValue(file, out HashSet<string>? named) ? named : records[file] = new(StringComparer.Ordinal)).Add(source);
                }
            }
        }

        int candidates = files.Length + readWithFile.Count + records.Values.Sum(named => named.Count);
        int gone = sources.Length - candidates;
        if (gone > 0)
        {
            stderr.WriteLine($"parley: {gone} rejected source(s) are no longer on disk and stay as they are");
        }

        if (candidates == 0)
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
        var documents = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<SourceItem> items = reader.Read(files)
            .Concat(records.SelectMany(pair => reader.ReadRecords(pair.Key, pair.Value)))
            .Select(item =>
            {
                // The pipeline's one reader thread enumerates this; the set is read only after the run.
                if (item.Document is { } document)
                {
                    documents.Add(document.Source);
                }

                return item;
            });
        IngestSummary? summary = IngestRun.Execute(writer, database, "rejections --retry", items, knowledge,
            new IngestOptions(Environment.ProcessorCount), stderr);
        if (summary is null)
        {
            return ExitCodes.Failure;
        }

        // A file now reads when nothing rejected names it; a record when it was read as a document and not rejected later
        // (one no longer in its file was not read at all, and stays as it is).
        string[] nowRead =
        [
            .. files.Where(source => !summary.RejectedSources.Contains(source)),
            .. readWithFile.Concat(records.Values.SelectMany(named => named))
                .Where(source => documents.Contains(source) && !summary.RejectedSources.Contains(source)),
        ];
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
        stderr.WriteLine($"parley: {nowRead.Length} of {candidates} source(s) now read and are marked retried");
        return nowRead.Length == candidates ? ExitCodes.Success : nowRead.Length == 0 ? ExitCodes.Failure : ExitCodes.SomeRejected;
    }
}
