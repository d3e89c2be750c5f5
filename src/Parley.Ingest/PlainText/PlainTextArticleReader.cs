using Parley.Core;

namespace Parley.Ingest.PlainText;

/// <summary>Reads scraped plain text into an article.</summary>
public sealed class PlainTextArticleReader
{
    /// <summary>Reads one plain-text document.</summary>
    public static ReadOutcome Read(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string[] paragraphs = document.Content.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length == 0)
        {
            return ReadOutcome.Rejected(document.Source, RejectionCodes.EmptyBody, "no text left after cleaning");
        }

        string text = string.Join("\n\n", paragraphs);
        return ReadOutcome.Accepted(document.Source, new Article(ArticleId.Of(text), document.Hints.Headline, null,
            document.Hints.Byline, document.Hints.Outlet, document.Hints.Published, null, "en", text, [], [], document.Hints.Url));
    }
}
