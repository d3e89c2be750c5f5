namespace Parley.Ingest.PlainText;

/// <summary>
/// The reason words a removed piece carries (<see cref="Core.RemovedPiece.Reason"/>). Stable like
/// rejection codes: scripts count debris by them. Markers in data/lexicons/boilerplate-markers.tsv
/// must use one of <see cref="All"/>.
/// </summary>
public static class RemovalReasons
{
    /// <summary>"ADVERTISEMENT", "Story continues below advertisement".</summary>
    public const string Advertisement = "advertisement";

    /// <summary>HTML tags left in the text by the scraper.</summary>
    public const string Markup = "markup";

    /// <summary>An image caption printed a second time as a plain line.</summary>
    public const string DuplicateCaption = "duplicate-caption";

    /// <summary>A photo credit line ("Credit: Reuters Photo"), kept as the media credit.</summary>
    public const string Credit = "credit";

    /// <summary>A "Last Updated IST" line whose time did not render.</summary>
    public const string EmptyTimestamp = "empty-timestamp";

    /// <summary>A line giving the publication time ("(Published 06 February 2026, 15:28 IST)"), read first.</summary>
    public const string PublicationLine = "publication-line";

    /// <summary>A line giving the update time ("Updated: March 3, 2026 4:05 PM ET"), read first.</summary>
    public const string UpdateLine = "update-line";

    /// <summary>A byline or reporting credit ("By Jane Doe", "(Reporting by ...)"), kept as the byline where it is one.</summary>
    public const string Byline = "byline";

    /// <summary>A wire dateline on a line of its own ("BEIJING, Feb 4 (Reuters) -"), read for its date and agency; one opening a paragraph stays in the text.</summary>
    public const string Dateline = "dateline";

    /// <summary>Share buttons left as words.</summary>
    public const string Share = "share";

    /// <summary>Subscription and newsletter prompts.</summary>
    public const string Subscribe = "subscribe";

    /// <summary>"Also Read | ..." links to another story.</summary>
    public const string AlsoRead = "also-read";

    /// <summary>Lists of related headlines.</summary>
    public const string RelatedStories = "related-stories";

    /// <summary>"Follow us on ..." prompts.</summary>
    public const string FollowUs = "follow-us";

    /// <summary>Cookie banners.</summary>
    public const string CookieNotice = "cookie-notice";

    /// <summary>Comment-section prompts.</summary>
    public const string Comments = "comments";

    /// <summary>Site navigation left in the text: a breadcrumb ("Home > World > Asia") above the headline.</summary>
    public const string Navigation = "navigation";

    /// <summary>Every reason word, for validating data files.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Advertisement, Markup, DuplicateCaption, Credit, EmptyTimestamp, PublicationLine, UpdateLine, Byline, Dateline,
        Share, Subscribe, AlsoRead, RelatedStories, FollowUs, CookieNotice, Comments, Navigation,
    ];
}
