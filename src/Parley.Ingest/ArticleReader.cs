using Parley.Core;
using Parley.Ingest.Html;
using Parley.Ingest.PlainText;

namespace Parley.Ingest;

/// <summary>
/// The first stage of the flow: one decoded <see cref="SourceDocument"/> in, one
/// <see cref="ReadOutcome"/> out (an <see cref="Article"/> or a <see cref="Rejection"/>).
/// Stateless and safe to share between threads.
/// </summary>
public sealed class ArticleReader
{
    private static readonly HtmlArticleReader Html = new();

    /// <summary>Reads one document with the reader its kind calls for.</summary>
    public static ReadOutcome Read(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Kind switch
        {
            ContentKind.Html or ContentKind.HtmlFragment => Html.Read(document),
            _ => PlainTextArticleReader.Default.Read(document),
        };
    }
}
