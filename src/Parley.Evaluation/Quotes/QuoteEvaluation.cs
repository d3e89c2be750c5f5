using System.Collections.Immutable;
using Parley.Annotate;
using Parley.Annotate.Actors;
using Parley.Core;
using Parley.Evaluation.Gold;
using Parley.Ingest;
using Parley.Ingest.Sources;
using Parley.Knowledge;
using Parley.Quotes;

namespace Parley.Evaluation.Quotes;

/// <summary>The scores of a whole gold file: one per article read, and the sources that could not be read.</summary>
public sealed record QuoteEvaluationReport(ImmutableArray<ArticleQuoteScore> Articles, ImmutableArray<string> Unreadable)
{
    /// <summary>All articles together.</summary>
    public MatchCounts Total => Articles.Aggregate(new MatchCounts(0, 0, 0), (sum, article) => sum.Add(article.Total));

    /// <summary>Recall-side counts for one kind: gold quotes of that kind matched, and predictions of that kind.</summary>
    public MatchCounts Kind(string kind) =>
        Articles.Aggregate(new MatchCounts(0, 0, 0), (sum, article) => sum.Add(article.ByKind[kind]));

    /// <summary>Precision for one kind: predictions of that kind that matched, over predictions of that kind.</summary>
    public double KindPrecision(string kind)
    {
        MatchCounts counts = Articles.Aggregate(new MatchCounts(0, 0, 0), (sum, article) => sum.Add(article.ByKind[kind + ":predicted-matched"]));
        return counts.Predicted == 0 ? 0 : (double)counts.Matched / counts.Predicted;
    }

    /// <summary>Of the gold quotes whose words were found, the share whose speaker also agreed.</summary>
    public double SpeakerAccuracy
    {
        get
        {
            int words = Articles.Sum(article => article.WordMatches);
            return words == 0 ? 0 : (double)Articles.Sum(article => article.SpeakerAgreements) / words;
        }
    }
}

/// <summary>
/// Runs the real pipeline (SourceReader, ArticleReader, Annotator, QuoteExtractor) on every source a gold
/// file names and scores the quotes (docs/evaluation.md). Build once; not thread-safe across calls.
/// </summary>
public sealed class QuoteEvaluation
{
    private readonly Annotator _annotator;
    private readonly QuoteExtractor _extractor;

    /// <summary>Builds the pipeline over <paramref name="knowledge"/>.</summary>
    public QuoteEvaluation(KnowledgeBase knowledge)
    {
        _annotator = new Annotator(knowledge);
        _extractor = new QuoteExtractor(knowledge);
    }

    /// <summary>Scores every article of <paramref name="gold"/>.</summary>
    public QuoteEvaluationReport Run(IReadOnlyList<GoldArticle> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var scores = ImmutableArray.CreateBuilder<ArticleQuoteScore>();
        var unreadable = ImmutableArray.CreateBuilder<string>();
        foreach (GoldArticle article in gold)
        {
            NewsTime? published = article.Published is { } text && NewsTime.TryParseIso(text, out NewsTime parsed) ? parsed : null;
            var sources = new SourceReader(hints: new SourceHints(Published: published));
            SourceItem? item = File.Exists(article.SourcePath) ? sources.ReadFile(article.SourcePath).Cast<SourceItem?>().FirstOrDefault() : null;
            ReadOutcome? outcome = item?.Document is { } document ? ArticleReader.Read(document) : null;
            if (outcome?.Article is not { } read)
            {
                unreadable.Add(article.Source);
                continue;
            }

            scores.Add(QuoteScorer.Score(article.Source, article.Quotes, Predict(read)));
        }

        return new QuoteEvaluationReport(scores.ToImmutable(), unreadable.ToImmutable());
    }

    /// <summary>The quotes Parley finds in <paramref name="article"/>, as the scorer sees them.</summary>
    public IReadOnlyList<ScoredQuote> Predict(Article article)
    {
        AnnotatedArticle annotated = _annotator.Annotate(article);
        var actors = annotated.Actors.ToDictionary(actor => actor.Id, StringComparer.Ordinal);
        return [.. _extractor.Extract(annotated).Select(quote =>
        {
            var names = ImmutableArray.CreateBuilder<string>();
            names.Add(quote.Speaker.Name);
            if (quote.Speaker.Description is { } description)
            {
                names.Add(description);
            }

            if (actors.TryGetValue(quote.Speaker.ActorId, out ArticleActor? actor))
            {
                names.AddRange(actor.Mentions.Where(mention => mention.Form != MentionForm.Place).Select(mention => mention.Span.Of(annotated.Text)));
            }

            return new ScoredQuote(quote.TextIn(annotated.Text), quote.KindName, quote.Speaker.Name, names.ToImmutable());
        })];
    }
}
