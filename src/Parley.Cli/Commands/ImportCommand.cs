using System.CommandLine;
using Parley.Ledger;
using Parley.Ledger.Imports;
using Parley.Ledger.Store;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley import icews|gdelt FILE [--db]</c>: writes another dataset's events into the ledger with their
/// provenance (origin and record id), skipping records already imported. Bad lines are named on stderr and
/// counted; the rest of the file goes on (exit 2 when any line was bad).
/// </summary>
public static class ImportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new Command("import", "Import event data from other datasets (ICEWS, GDELT 2.0) into the ledger.")
        {
            Format("icews", "An ICEWS coded event data file (tab-separated, with its header line).", environment),
            Format("gdelt", "A GDELT 2.0 Events export (61 tab-separated columns), or a table with a header row naming GDELT's columns.", environment),
        };
    }

    private static Command Format(string origin, string description, Func<string, string?> environment)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The file to import." };
        var db = LedgerOption.Create();
        var knowledge = KnowledgeFolder.CreateOption();
        var command = new Command(origin, description) { file, db, knowledge };
        command.SetAction(parse => Run(origin, parse.GetRequiredValue(file), LedgerOption.Choose(parse.GetValue(db), environment),
            KnowledgeFolder.Choose(parse.GetValue(knowledge), environment), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string origin, FileInfo file, string spec, string? folder, TextWriter stdout, TextWriter stderr)
    {
        if (!file.Exists)
        {
            stderr.WriteLine($"parley: {file.FullName} does not exist");
            return ExitCodes.Failure;
        }

        if (KnowledgeFolder.TryLoad(folder, stderr, out int failure) is not { } knowledgeBase)
        {
            return failure;
        }

        using ILedger? ledger = LedgerAccess.OpenForWriting(spec, stderr, out failure);
        if (ledger is null)
        {
            return failure;
        }

        var actors = new ImportedActorResolver(knowledgeBase);
        long run = ledger.StartRun($"import {origin}", LedgerAccess.ParleyVersion, folder is null ? "shipped" : "shipped+" + folder, TimeProvider.System.GetUtcNow());
        string status = "failed";
        try
        {
            using var reader = new StreamReader(file.FullName);
            string name = file.ToString();
            IEnumerable<ImportLine> lines = origin == "icews"
                ? new IcewsReader(CameoTable.Shipped, actors).Read(reader, name)
                : new GdeltReader(CameoTable.Shipped, actors).Read(reader, name);
            ImportSummary summary = new EventImporter(ledger).Import(lines, run, problem => stderr.WriteLine($"parley: {problem}"));
            status = "completed";
            stdout.WriteLine($"{name}: {summary.Read} read, {summary.Imported} imported, {summary.AlreadyImported} already imported, {summary.BadLines} bad lines");
            return summary.BadLines > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
        }
        catch (LedgerException error)
        {
            stderr.WriteLine($"parley: importing {file}: {error.Message}");
            return ExitCodes.Failure;
        }
        catch (IOException error)
        {
            stderr.WriteLine($"parley: reading {file}: {error.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            ledger.FinishRun(run, status, TimeProvider.System.GetUtcNow());
        }
    }
}
