namespace Parley.Ingest.PlainText;

/// <summary>What a line of scraped text turned out to be.</summary>
internal enum LineRole
{
    /// <summary>Article text (until the header reader says otherwise).</summary>
    Body,

    /// <summary>The headline (or the headline and standfirst glued together).</summary>
    Headline,

    /// <summary>The standfirst.</summary>
    Standfirst,

    /// <summary>Not the article; listed in removed with <see cref="ScrapedLine.Reason"/>.</summary>
    Removed,

    /// <summary>An image caption (wrapped in markup, or a plain line above a photo credit); goes to media.</summary>
    Caption,
}

/// <summary>
/// One line of the scraped text while the reader works on it: where it was, what it says, and what it
/// turned out to be. Working state of one read, never shared.
/// </summary>
internal sealed class ScrapedLine(int number, int block, string raw)
{
    /// <summary>1-based line number in the input.</summary>
    public int Number { get; } = number;

    /// <summary>The paragraph block (lines between blank lines) the line belongs to, from 0.</summary>
    public int Block { get; } = block;

    /// <summary>The line as printed, trimmed.</summary>
    public string Raw { get; } = raw;

    /// <summary>The line's words once markup is stripped (the raw line when there was none).</summary>
    public string Text { get; set; } = raw;

    /// <summary>What the line is.</summary>
    public LineRole Role { get; set; } = LineRole.Body;

    /// <summary>For a removed line, the reason word.</summary>
    public string? Reason { get; set; }

    /// <summary>The tags stripped from the line, when it kept its text.</summary>
    public string? StrippedTags { get; set; }

    /// <summary>True when the line's markup says it is a caption (figcaption, a caption class).</summary>
    public bool IsCaptionMarkup { get; set; }

    /// <summary>For a credit line, the credit ("Reuters Photo").</summary>
    public string? Credit { get; set; }

    /// <summary>For a byline line, the byline it gives.</summary>
    public string? Byline { get; set; }

    /// <summary>True for lines that say when the article was published or updated, or that it has a byline: the header's own lines.</summary>
    public bool IsHeaderMetadata { get; set; }

    /// <summary>True when the line is article text still waiting for a place (body, headline or standfirst).</summary>
    public bool IsContent => Role == LineRole.Body;

    /// <summary>Marks the line removed for <paramref name="reason"/>.</summary>
    public void Remove(string reason)
    {
        Role = LineRole.Removed;
        Reason = reason;
    }
}
