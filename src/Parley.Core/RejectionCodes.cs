namespace Parley.Core;

/// <summary>
/// Every rejection code in one place. Codes are stable: scripts and the ledger's
/// <c>rejections</c> table key on them, so a code is never renamed, only added.
/// </summary>
public static class RejectionCodes
{
    /// <summary>The path does not exist or cannot be opened.</summary>
    public const string NotFound = "read.not-found";

    /// <summary>The file could not be read (permissions, I/O error, broken gzip).</summary>
    public const string Unreadable = "read.unreadable";

    /// <summary>The file has no bytes, or only white space.</summary>
    public const string Empty = "read.empty";

    /// <summary>The file is larger than the input limit.</summary>
    public const string TooLarge = "read.too-large";

    /// <summary>The bytes are not text (NUL bytes, control characters, a known binary signature).</summary>
    public const string Binary = "read.binary";

    /// <summary>The bytes are not valid UTF-8 and no other encoding was declared.</summary>
    public const string UndeclaredEncoding = "read.undeclared-encoding";

    /// <summary>A declared encoding that .NET does not know.</summary>
    public const string UnknownEncoding = "read.unknown-encoding";

    /// <summary>An RSS/Atom file that is not well-formed or has no items.</summary>
    public const string BadFeed = "feed.malformed";

    /// <summary>A JSON Lines record that is not a JSON object with "text" or "html".</summary>
    public const string BadJsonLine = "jsonl.malformed";

    /// <summary>HTML nested deeper than the parser limit allows to walk safely.</summary>
    public const string TooDeep = "html.too-deep";

    /// <summary>The page has no article: a section front, a login page, a list of links.</summary>
    public const string NoArticle = "article.none";

    /// <summary>After cleaning, no body text is left.</summary>
    public const string EmptyBody = "article.empty-body";

    /// <summary>The article was read but the analysis threw; kept as a rejection so one bad article does not stop an ingest.</summary>
    public const string AnalysisFailed = "analyze.failed";
}
