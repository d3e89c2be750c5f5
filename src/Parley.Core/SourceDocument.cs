namespace Parley.Core;

/// <summary>What a source holds, which decides the reader that turns it into an article.</summary>
public enum ContentKind
{
    /// <summary>Plain text as a scraper saved it: debris lines, captions, datelines and all.</summary>
    PlainText,

    /// <summary>A whole HTML page, with navigation, ads and footers around the article.</summary>
    Html,

    /// <summary>An HTML fragment that is all article (a feed item's content): nothing to strip around it.</summary>
    HtmlFragment,
}

/// <summary>
/// Facts about a document known from outside its text: a feed item's title and date, a JSON Lines
/// record's url, or the <c>--published</c> option. Each is null when unknown; readers prefer what
/// the text itself states only where these are null.
/// </summary>
public sealed record SourceHints(
    string? Url = null,
    NewsTime? Published = null,
    string? Headline = null,
    string? Byline = null,
    string? Outlet = null,
    string? Standfirst = null)
{
    /// <summary>No outside facts.</summary>
    public static SourceHints None { get; } = new();
}

/// <summary>
/// One decoded document ready for a reader: its source name (a path, <c>-</c> for stdin, or
/// <c>path#N</c> for the Nth item of a feed or JSON Lines file), what it holds, and its text.
/// </summary>
public sealed record SourceDocument(string Source, ContentKind Kind, string Content, SourceHints Hints);
