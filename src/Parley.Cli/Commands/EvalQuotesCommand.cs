using Parley.Evaluation;
using System.CommandLine;
using System.Globalization;
using Parley.Evaluation.Gold;
using Parley.Evaluation.Quotes;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval quotes --gold FILE [--worst N]</c>: precision, recall and F1 of quote extraction against gold annotations.</summary>
public static class EvalQuotesCommand
{
    /// <summary>Builds the <c>quotes</c> subcommand of <c>eval</c>.</summary>
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "A gold file in the format of ../shared/seed/gold.json, or JSON Lines of them; sources are paths relative to it.",
            Required = true,
        };
        var worst = new Option<int>("--worst")
        {
            Description = "Also list the N articles with the most misses, with the quotes missed and added.",
            DefaultValueFactory = _ => 0,
        };
        var knowledge = KnowledgeFolder.CreateOption();
        var command = new Command("quotes", "Precision, recall and F1 of quotes (words and speaker must agree; see docs/evaluation.md).")
        {
            gold, worst, knowledge,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(gold), parse.GetValue(worst),
            KnowledgeFolder.Choose(parse.GetValue(knowledge), Environment.GetEnvironmentVariable),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string goldPath, int worst, string? knowledgeFolder, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(goldPath))
        {
            stderr.WriteLine($"parley: skipped: gold file '{goldPath}' does not exist");
            return ExitCodes.Success;
        }

        IReadOnlyList<GoldArticle> gold;
        try
        {
            gold = GoldFile.Load(goldPath);
        }
        catch (InvalidDataException invalid)
        {
            stderr.WriteLine($"parley: {invalid.Message}");
            return ExitCodes.Failure;
        }

        if (KnowledgeFolder.TryLoad(knowledgeFolder, stderr, out int failure) is not { } knowledge)
        {
            return failure;
        }

        QuoteEvaluationReport report = new QuoteEvaluation(knowledge).Run(gold);
        foreach (string source in report.Unreadable)
        {
            stderr.WriteLine($"parley: could not read gold source '{source}'");
        }

        MatchCounts total = report.Total;
        stdout.WriteLine(Invariant($"quotes: {report.Articles.Length} articles, {total.Gold} gold, {total.Predicted} predicted, {total.Matched} matched"));
        stdout.WriteLine(Invariant($"  precision {total.Precision:F3}  recall {total.Recall:F3}  F1 {total.F1:F3}"));
        stdout.WriteLine(Invariant($"  speaker accuracy (gold quotes whose words were found) {report.SpeakerAccuracy:F3}"));
        stdout.WriteLine("  by kind (recall over gold of the kind; precision over predictions of the kind):");
        foreach (string kind in QuoteScorer.Kinds)
        {
            MatchCounts counts = report.Kind(kind);
            stdout.WriteLine(Invariant($"    {kind,-9} gold {counts.Gold,4}  predicted {counts.Predicted,4}  recall {counts.Recall:F3}  precision {report.KindPrecision(kind):F3}"));
        }

        if (worst > 0)
        {
            foreach (ArticleQuoteScore article in report.Articles.OrderByDescending(a => a.Missed.Length + a.Spurious.Length).ThenBy(a => a.Source, StringComparer.Ordinal).Take(worst))
            {
                stdout.WriteLine();
                stdout.WriteLine(Invariant($"{article.Source}: {article.Missed.Length} missed, {article.Spurious.Length} added"));
                foreach (GoldQuote quote in article.Missed)
                {
                    stdout.WriteLine($"  - [{quote.Kind}] {quote.Speaker}: {quote.Text}");
                }

                foreach (ScoredQuote quote in article.Spurious)
                {
                    stdout.WriteLine($"  + [{quote.Kind}] {quote.SpeakerName}: {quote.Text}");
                }
            }
        }

        return ExitCodes.Success;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
