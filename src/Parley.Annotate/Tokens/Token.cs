using Parley.Core;

namespace Parley.Annotate.Tokens;

/// <summary>What a token is, as far as the later stages care.</summary>
public enum TokenKind
{
    /// <summary>Letters, with inner hyphens and apostrophes ("Ming-chi", "don't"), or an abbreviation with its periods ("U.S.").</summary>
    Word,

    /// <summary>A number as printed: "1.5", "1,000", "2026", "4th".</summary>
    Number,

    /// <summary>A quotation mark of any style: " “ ” « » and the straight or curly single marks used as quotes.</summary>
    Quote,

    /// <summary>Sentence-ending punctuation: . ! ?</summary>
    Terminal,

    /// <summary>Any other punctuation or symbol: , ; : ( ) - — $ %.</summary>
    Punctuation,

    /// <summary>The possessive clitic "'s" split from its noun ("Xi's" → "Xi" + "'s").</summary>
    Possessive,
}

/// <summary>One token: its span in the clean text and its kind.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Span.Start, Span.Length);

    /// <summary>Whether the token starts with an upper-case letter.</summary>
    public bool IsCapitalized(string text) => Kind == TokenKind.Word && char.IsUpper(text[Span.Start]);
}
