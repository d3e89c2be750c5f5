using AngleSharp.Html.Parser;
using Parley.Core;

namespace Parley.Ingest.Html;

/// <summary>Reads an HTML page into an article.</summary>
public sealed class HtmlArticleReader
{
    /// <summary>Reads one HTML document.</summary>
    public static ReadOutcome Read(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = new HtmlParser().ParseDocument(document.Content);
        string text = string.Join("\n\n", page.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).Where(p => p.Length > 0));
        if (text.Length == 0)
        {
            return ReadOutcome.Rejected(document.Source, RejectionCodes.NoArticle, "no paragraphs");
        }

        return ReadOutcome.Accepted(document.Source, new Article(ArticleId.Of(text), document.Hints.Headline ?? page.Title, null, document.Hints.Byline, document.Hints.Outlet,
            document.Hints.Published, null, "en", text, [], [], document.Hints.Url));
    }
}
