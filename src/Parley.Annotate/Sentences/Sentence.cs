using Parley.Core;

namespace Parley.Annotate.Sentences;

/// <summary>
/// One sentence: its span in the clean text (from its first token to its last), the range of its
/// tokens in the article's token list, and the index of the paragraph it sits in.
/// </summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    /// <summary>One past the index of the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
