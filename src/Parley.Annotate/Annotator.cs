using System.Collections.Immutable;
using Parley.Annotate.Actors;
using Parley.Annotate.Sentences;
using Parley.Annotate.Time;
using Parley.Annotate.Tokens;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Annotate;

/// <summary>
/// The recognition stage: an <see cref="Article"/> in, an <see cref="AnnotatedArticle"/> out.
/// Relative dates resolve against the article's publication date in its own zone (the local
/// calendar day printed on the page), never the clock. Thread-safe.
/// </summary>
public sealed class Annotator
{
    private readonly SentenceSplitter _splitter = new();
    private readonly ActorRecognizer _actors;

    /// <summary>Builds the stage over a knowledge base (compiled once; reuse the annotator).</summary>
    public Annotator(KnowledgeBase knowledge) => _actors = new ActorRecognizer(knowledge);

    /// <summary>Annotates one article.</summary>
    public AnnotatedArticle Annotate(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        (List<Token> tokens, List<Sentence> sentences) = _splitter.Split(article.Text);
        DateOnly? anchor = article.Published?.Date;
        var times = ImmutableArray.CreateBuilder<TimeMention>();
        foreach (Sentence sentence in sentences)
        {
            times.AddRange(TimeExpressionRecognizer.Recognize(article.Text, tokens, sentence, anchor));
        }

        ImmutableArray<TimeMention> resolvedTimes = times.ToImmutable();
        // Without a publication date, offices are resolved on a day inferred from the text (docs/recognition.md).
        RecognizedActors layer = _actors.RecognizeLayer(article.Text, tokens, sentences, resolvedTimes, anchor, inferDate: true);
        ImmutableArray<ActorReference> references = ReferenceResolver.Resolve(article.Text, tokens, sentences, layer.Actors);
        return new AnnotatedArticle(article, [.. tokens], [.. sentences], resolvedTimes, layer.Actors, references, anchor)
        {
            OfficeDate = layer.OfficeDate,
            IsOfficeDateInferred = layer.IsOfficeDateInferred,
        };
    }
}
