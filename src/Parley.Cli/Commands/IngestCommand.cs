using System.CommandLine;
using System.Text;
using System.Globalization;
using Parley.Analysis.Rarity;
using Parley.Core;
using Parley.Ingest.Sources;
using Parley.Ledger;
using Parley.Ledger.Ingest;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley ingest PATH... [--db] [--published] [--encoding] [--knowledge] [--workers N] [--batch N] [--flag-rare [--rare-threshold P]]</c>:
/// read, analyse and store articles in the ledger, skipping those already stored; rejections are stored for <c>parley rejections</c>;
/// with <c>--flag-rare</c>, the events this run created or merged are asked the rarity questions and the rare ones marked.
/// </summary>
public static class IngestCommand
{
    /// <summary>Builds the command over the process's environment and the real store.</summary>
    public static Command Create(Func<string, string?> environment) => Create(environment, LedgerAccess.Open);

    /// <summary>Builds the command opening ledgers with <paramref name="open"/> (tests pass their own).</summary>
    internal static Command Create(Func<string, string?> environment, Func<string, ILedger> open)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders (read recursively), .gz files, RSS/Atom feeds, JSON Lines files, or - for stdin.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (string token in result.Tokens.Select(t => t.Value).Where(t => t.StartsWith('-') && t != "-"))
            {
                result.AddError($"unknown option '{token}' (see parley ingest --help)");
            }
        });
        Option<string?> db = LedgerOption.Create();
        var published = new Option<string?>("--published") { Description = "Publication time to assume for every input, ISO 8601; wins over what the text says." };
        var encoding = new Option<string?>("--encoding") { Description = "Encoding of inputs that are not UTF-8 and do not declare one (latin1, windows-1252, ...)." };
        Option<string?> knowledge = KnowledgeFolder.CreateOption();
        var workers = new Option<int>("--workers") { Description = "Analysis threads (default: one per processor).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch") { Description = "Articles per transaction.", DefaultValueFactory = _ => IngestOptions.DefaultBatchSize };
        var flagRare = new Option<bool>("--flag-rare") { Description = "After the run, mark the events it created or merged whose pattern is rare (see parley events --rare)." };
        var threshold = new Option<double>("--rare-threshold")
        {
            Description = "With --flag-rare: an event is rare when a pattern of it happened on fewer than this share of its chances.",
            DefaultValueFactory = _ => RareFlagger.DefaultThreshold,
        };
        var command = new Command("ingest", "Read articles, analyse them and store articles, events, quotes and rejections in the ledger.")
        {
            paths, db, published, encoding, knowledge, workers, batch, flagRare, threshold,
        };
        command.SetAction(parse =>
        {
            TextWriter stderr = parse.InvocationConfiguration.Error;
            if (parse.GetValue(workers) < 1 || parse.GetValue(batch) < 1)
            {
                stderr.WriteLine("parley: --workers and --batch must be at least 1");
                return ExitCodes.Usage;
            }

            double rareBelow = parse.GetValue(threshold);
            if (rareBelow is <= 0 or > 1)
            {
                stderr.WriteLine("parley: --rare-threshold must be above 0 and at most 1 (e.g. 0.05)");
                return ExitCodes.Usage;
            }

            if (!TryReadHints(parse.GetValue(published), parse.GetValue(encoding), stderr, out SourceReader? reader))
            {
                return ExitCodes.Usage;
            }

            string[] inputs = parse.GetRequiredValue(paths);
            return Run(LedgerOption.Choose(parse.GetValue(db), environment), open, "ingest", reader!.Read(inputs, Console.OpenStandardInput),
                KnowledgeFolder.Choose(parse.GetValue(knowledge), environment), new IngestOptions(parse.GetValue(workers), parse.GetValue(batch)), stderr,
                parse.GetValue(flagRare) ? rareBelow : null);
        });
        return command;
    }

    /// <summary>Opens the ledger and ensures its schema; on failure prints one line naming it and returns null.</summary>
    internal static ILedger? TryOpen(string database, Func<string, ILedger> open, TextWriter stderr)
    {
        ILedger? ledger = null;
        try
        {
            ledger = open(database);
            ledger.EnsureSchema();
            return ledger;
        }
        catch (Exception error) when (LedgerAccess.IsStoreError(error))
        {
            ledger?.Dispose();
            stderr.WriteLine($"parley: cannot open the ledger {database}: {error.Message.ReplaceLineEndings(" ")}");
            return null;
        }
    }

    /// <summary>Loads the knowledge, opens the ledger and ingests; returns the exit code.</summary>
    internal static int Run(string database, Func<string, ILedger> open, string commandName, IEnumerable<SourceItem> sources, string? knowledgeFolder,
        IngestOptions options, TextWriter stderr, double? flagRareBelow = null)
    {
        if (KnowledgeFolder.TryLoad(knowledgeFolder, stderr, out int failure) is not { } knowledge)
        {
            return failure;
        }

        using ILedger? ledger = TryOpen(database, open, stderr);
        if (ledger is null)
        {
            return ExitCodes.Failure;
        }

        IngestSummary? summary = IngestRun.Execute(ledger, database, commandName, sources, knowledge, options, stderr, out long runId);
        if (summary is null)
        {
            return ExitCodes.Failure;
        }

        IngestRun.WriteSummary(summary, stderr);
        if (flagRareBelow is { } below && !FlagRare(ledger, runId, below, stderr))
        {
            return ExitCodes.Failure;
        }

        IngestProgress counts = summary.Counts;
        return counts.Read == 0 ? ExitCodes.Failure
            : counts.Rejected == 0 ? ExitCodes.Success
            : counts.Accepted + counts.Duplicates == 0 ? ExitCodes.Failure
            : ExitCodes.SomeRejected;
    }

    /// <summary>
    /// Asks the rarity questions of every event this run created or merged (each has a mention with the run's id), after
    /// the whole run so that events of one batch count as history for the next; marks the rare ones and says how many.
    /// </summary>
    private static bool FlagRare(ILedger ledger, long runId, double below, TextWriter stderr)
    {
        if (ledger is not ISqlSource sql)
        {
            stderr.WriteLine("parley: --flag-rare needs a ledger that answers SQL (DuckDB or PostgreSQL)");
            return false;
        }

        try
        {
            var touched = sql.Query("SELECT DISTINCT event_id FROM event_mentions WHERE run_id = $1 ORDER BY event_id", [runId], r => r.GetString(0));
            var rare = RareFlagger.Flag(sql, new RarityAnalyzer(sql, ContactRules.Default), touched, below);
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rare: {rare.Count} of {touched.Count} events of this run marked rare (a pattern on under {below:P1} of its chances); list them with parley events --rare"));
            return true;
        }
        catch (Exception error) when (LedgerAccess.IsStoreError(error))
        {
            stderr.WriteLine($"parley: marking rare events failed: {error.Message.ReplaceLineEndings(" ")}");
            return false;
        }
    }

    private static bool TryReadHints(string? publishedText, string? encodingName, TextWriter stderr, out SourceReader? reader)
    {
        reader = null;
        NewsTime? published = null;
        if (publishedText is not null)
        {
            if (!NewsTime.TryParseIso(publishedText, out NewsTime parsed))
            {
                stderr.WriteLine($"parley: --published '{publishedText}' is not an ISO 8601 date or time (e.g. 2026-02-06T15:28+05:30)");
                return false;
            }

            published = parsed;
        }

        Encoding? declared = null;
        if (encodingName is not null && (declared = TextDecoder.Named(encodingName)) is null)
        {
            stderr.WriteLine($"parley: --encoding '{encodingName}' is not an encoding .NET knows (try utf-8, latin1, windows-1252)");
            return false;
        }

        reader = new SourceReader(hints: new SourceHints(Published: published), declaredEncoding: declared);
        return true;
    }
}
