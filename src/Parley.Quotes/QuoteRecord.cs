using Parley.Core;

namespace Parley.Quotes;

/// <summary>How a quote gives the speaker's words (DESIGN.md §2).</summary>
public enum QuoteKind
{
    /// <summary>A full sentence or utterance inside quotation marks, presented as the speaker's words.</summary>
    Direct,

    /// <summary>Quoted words embedded in the reporter's own sentence ("said they "don't worry too much"").</summary>
    Partial,

    /// <summary>Reported speech without quotation marks: the clause after a reporting verb ("said that ...").</summary>
    Indirect,
}

/// <summary>
/// Who a quote is attributed to. <see cref="ActorId"/> is the article actor's id, or a deterministic id
/// built from the printed words for an unnamed role ("kremlins-foreign-policy-aid") that is not in the
/// article's actor list; <see cref="Description"/> is the descriptor as printed, or null.
/// </summary>
public sealed record Speaker(string ActorId, string Name, string? Description, bool IsListedActor);

/// <summary>
/// One quote of an article. <see cref="Words"/> is the quoted text (between the marks for direct and
/// partial quotes, the reported clause for indirect ones); <see cref="Cue"/> is the reporting verb or
/// attribution phrase as printed (null when the quote continues an earlier one); <see cref="Evidence"/>
/// is the sentence (or sentences) holding the quote. All spans are UTF-16 offsets into the article's clean text.
/// </summary>
public sealed record QuoteRecord(
    string Id,
    Speaker Speaker,
    TextSpan Words,
    QuoteKind Kind,
    TextSpan? Cue,
    TextSpan Evidence)
{
    /// <summary>The contract's name for <see cref="Kind"/>: direct, partial or indirect.</summary>
    public string KindName => Kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "indirect",
    };

    /// <summary>The quoted words in <paramref name="text"/>, with a trailing attribution comma dropped.</summary>
    public string TextIn(string text) => Words.Of(text);
}
