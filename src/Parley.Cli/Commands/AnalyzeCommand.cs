using System.CommandLine;
using System.Text;
using Parley.Cli.Output;
using Parley.Annotate;
using System.Collections.Immutable;
using Parley.Core;
using Parley.Events;
using Parley.Ingest;
using Parley.Ingest.Sources;
using Parley.Quotes;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley analyze PATH... [--published TIME] [--format json|jsonl|table]</c>: read articles and print what Parley finds.</summary>
public static class AnalyzeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders (read recursively), .gz files, RSS/Atom feeds, JSON Lines files, or - for stdin.",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = new Option<string?>("--published")
        {
            Description = "Publication time to assume for every input, ISO 8601 (2026-02-06T15:28+05:30); wins over what the text says.",
        };
        var format = new Option<string>("--format")
        {
            Description = "json (one object; JSON Lines when there are several), jsonl, or table.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "table");
        // An unknown option would otherwise be taken for a path and "rejected" like a missing file.
        paths.Validators.Add(result =>
        {
            foreach (string token in result.Tokens.Select(t => t.Value).Where(t => t.StartsWith('-') && t != "-"))
            {
                result.AddError($"unknown option '{token}' (see parley analyze --help)");
            }
        });
        var encoding = new Option<string?>("--encoding")
        {
            Description = "Encoding of inputs that are not UTF-8 and do not declare one (latin1, windows-1252, ...).",
        };

        var knowledge = KnowledgeFolder.CreateOption();
        var explain = new Option<bool>("--explain") { Description = "Show, for each event, the trigger row that fired and the words it fired on." };
        var command = new Command("analyze", "Read articles and print the clean article, actors, events and quotes as JSON or a table.")
        {
            paths, published, format, encoding, knowledge, explain,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(paths), parse.GetValue(published), parse.GetRequiredValue(format), parse.GetValue(encoding),
            KnowledgeFolder.Choose(parse.GetValue(knowledge), Environment.GetEnvironmentVariable), parse.GetValue(explain),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, string? publishedText, string format, string? encodingName, string? knowledgeFolder, bool explain, TextWriter stdout, TextWriter stderr)
    {
        NewsTime? published = null;
        if (publishedText is not null)
        {
            if (!NewsTime.TryParseIso(publishedText, out NewsTime parsed))
            {
                stderr.WriteLine($"parley: --published '{publishedText}' is not an ISO 8601 date or time (e.g. 2026-02-06T15:28+05:30)");
                return ExitCodes.Usage;
            }

            published = parsed;
        }

        Encoding? declared = null;
        if (encodingName is not null && (declared = TextDecoder.Named(encodingName)) is null)
        {
            stderr.WriteLine($"parley: --encoding '{encodingName}' is not an encoding .NET knows (try utf-8, latin1, windows-1252)");
            return ExitCodes.Usage;
        }

        if (KnowledgeFolder.TryLoad(knowledgeFolder, stderr, out int failure) is not { } knowledge)
        {
            return failure;
        }

        var annotator = new Annotator(knowledge);
        var extractor = new EventExtractor(knowledge);
        var quoteExtractor = new QuoteExtractor(knowledge);
        var sources = new SourceReader(hints: new SourceHints(Published: published), declaredEncoding: declared);
        IEnumerable<ReadOutcome> outcomes = sources.Read(paths, Console.OpenStandardInput)
            .Select(item => item.Rejection is { } rejection ? ReadOutcome.Rejected(rejection) : ArticleReader.Read(item.Document!));

        int accepted = 0;
        int rejected = 0;
        var forTable = new List<(string, Article, int, int, int)>();
        // "json" prints one indented object for one input and JSON Lines for several: hold the first back until we know.
        (string Source, AnnotatedArticle Article, ImmutableArray<EventRecord> Events, IReadOnlyList<QuoteRecord> Quotes)? held = null;
        foreach (ReadOutcome outcome in outcomes)
        {
            if (outcome.Rejection is { } rejection)
            {
                rejected++;
                stderr.WriteLine($"parley: rejected {rejection}");
                continue;
            }

            accepted++;
            Article article = outcome.Article!;
            AnnotatedArticle annotated = annotator.Annotate(article);
            ImmutableArray<EventRecord> events = extractor.Extract(annotated);
            IReadOnlyList<QuoteRecord> quotes = quoteExtractor.Extract(annotated);
            switch (format)
            {
                case "table":
                    forTable.Add((outcome.Source, article, annotated.Actors.Count(actor => actor.IsListed), events.Count(e => e.Confidence >= 0.5), quotes.Count));
                    break;
                case "jsonl":
                    stdout.WriteLine(AnalysisJson.Write(outcome.Source, annotated, events, quotes, indented: false, explain));
                    break;
                default:
                    if (held is { } first)
                    {
                        stdout.WriteLine(AnalysisJson.Write(first.Source, first.Article, first.Events, first.Quotes, indented: false, explain));
                        held = null;
                    }

                    if (accepted == 1)
                    {
                        held = (outcome.Source, annotated, events, quotes);
                    }
                    else
                    {
                        stdout.WriteLine(AnalysisJson.Write(outcome.Source, annotated, events, quotes, indented: false, explain));
                    }

                    break;
            }
        }

        if (held is { } only)
        {
            stdout.WriteLine(AnalysisJson.Write(only.Source, only.Article, only.Events, only.Quotes, indented: true, explain));
        }

        if (format == "table")
        {
            AnalysisTable.Write(Terminal.For(stdout), forTable);
        }

        if (rejected > 0)
        {
            stderr.WriteLine($"parley: {accepted} read, {rejected} rejected");
        }

        return rejected == 0 ? ExitCodes.Success : accepted == 0 ? ExitCodes.Failure : ExitCodes.SomeRejected;
    }
}
