using System.Collections.Immutable;
using Parley.Annotate;
using Parley.Core;
using Parley.Events;
using Parley.Knowledge;
using Parley.Quotes;

namespace Parley.Ledger.Ingest;

/// <summary>
/// One worker's analysis: annotation, events and quotes of a clean article. The recognizers keep
/// per-call scratch state (sentence splitter, actor recognizer), so each worker owns its instance
/// instead of sharing one across threads; the knowledge base itself is read-only and shared.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly Annotator _annotator;
    private readonly EventExtractor _events;
    private readonly QuoteExtractor _quotes;

    /// <summary>Builds the recognizers over a shared knowledge base.</summary>
    public ArticleAnalyzer(KnowledgeBase knowledge)
    {
        _annotator = new Annotator(knowledge);
        _events = new EventExtractor(knowledge);
        _quotes = new QuoteExtractor(knowledge);
    }

    /// <summary>Everything found in one article, ready to write.</summary>
    public ArticleFindings Analyze(string source, Article article)
    {
        AnnotatedArticle annotated = _annotator.Annotate(article);
        ImmutableArray<EventRecord> events = _events.Extract(annotated);
        IReadOnlyList<QuoteRecord> quotes = _quotes.Extract(annotated);
        Parley.Annotate.Actors.WordView.Forget(article.Text);
        return new ArticleFindings(source, article, annotated.Actors, events, [.. quotes]);
    }
}
