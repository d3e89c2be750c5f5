using System.Collections.Immutable;
using Parley.Annotate.Actors;
using Parley.Annotate.Sentences;
using Parley.Annotate.Time;
using Parley.Annotate.Tokens;
using Parley.Core;

namespace Parley.Annotate;

/// <summary>
/// An article with its layers: tokens, sentences, time mentions and actors with their mentions, all as spans over
/// <see cref="Article.Text"/> (one text, many span layers). The input of the event and quote stages.
/// </summary>
public sealed record AnnotatedArticle(
    Article Article,
    ImmutableArray<Token> Tokens,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<TimeMention> Times,
    ImmutableArray<ArticleActor> Actors,
    ImmutableArray<ActorReference> References,
    DateOnly? Anchor)
{
    /// <summary>
    /// The day offices were resolved on: <see cref="Anchor"/> when the article has one, else a day
    /// inferred from its text (see <see cref="IsOfficeDateInferred"/>), else null. Never used for
    /// relative times, which stay unresolved without a publication date.
    /// </summary>
    public DateOnly? OfficeDate { get; init; }

    /// <summary>Whether <see cref="OfficeDate"/> was inferred from the text (the article has no publication date).</summary>
    public bool IsOfficeDateInferred { get; init; }

    /// <summary>The clean text every span points into.</summary>
    public string Text => Article.Text;

    /// <summary>The sentence that holds character <paramref name="offset"/>, or null between sentences.</summary>
    public Sentence? SentenceAt(int offset)
    {
        int low = 0;
        int high = Sentences.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            Sentence sentence = Sentences[middle];
            if (offset < sentence.Span.Start)
            {
                high = middle - 1;
            }
            else if (offset >= sentence.Span.End)
            {
                low = middle + 1;
            }
            else
            {
                return sentence;
            }
        }

        return null;
    }
}
