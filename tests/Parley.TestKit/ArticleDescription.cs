using System.Globalization;
using System.Text;
using Parley.Core;

namespace Parley.TestKit;

/// <summary>
/// An <see cref="Article"/> as readable text for golden files: every field on its own line, media and
/// removed pieces listed, the body numbered by paragraph, so a change in cleaning reads as a diff.
/// </summary>
public static class ArticleDescription
{
    /// <summary>The article's fields, media, removed pieces and paragraphs as text.</summary>
    public static string Describe(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = new StringBuilder();
        Field(text, "headline", article.Headline);
        Field(text, "standfirst", article.Standfirst);
        Field(text, "byline", article.Byline);
        Field(text, "outlet", article.Outlet);
        Field(text, "published", article.Published?.ToIso());
        Field(text, "updated", article.Updated?.ToIso());
        Field(text, "url", article.Url);
        text.Append("media:").Append(article.Media.IsEmpty ? " (none)\n" : "\n");
        foreach (MediaItem media in article.Media)
        {
            text.Append("  - caption: ").Append(media.Caption ?? "-").Append('\n');
            text.Append("    credit:  ").Append(media.Credit ?? "-").Append('\n');
        }

        text.Append("removed:").Append(article.Removed.IsEmpty ? " (none)\n" : "\n");
        foreach (RemovedPiece piece in article.Removed)
        {
            text.Append("  - ").Append(piece.Reason).Append(": ").Append(piece.Text).Append('\n');
        }

        text.Append("text:\n");
        int number = 0;
        foreach (string paragraph in article.Paragraphs)
        {
            number++;
            text.Append("  [").Append(number.ToString(CultureInfo.InvariantCulture)).Append("] ").Append(paragraph).Append('\n');
        }

        return text.ToString();
    }

    private static void Field(StringBuilder text, string name, string? value) =>
        text.Append(name).Append(':').Append(' ', 12 - name.Length).Append(value ?? "-").Append('\n');
}
