using System.Globalization;
using System.Text;
using Parley.Core;

namespace Parley.TestKit;

/// <summary>Renders an <see cref="Article"/> as readable text for golden files: metadata, body, media, removed pieces.</summary>
public static class ArticleRendering
{
    /// <summary>The article as a review-friendly text block.</summary>
    public static string Render(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = new StringBuilder();
        Line(text, "headline", article.Headline);
        Line(text, "standfirst", article.Standfirst);
        Line(text, "byline", article.Byline);
        Line(text, "outlet", article.Outlet);
        Line(text, "published", article.Published?.ToIso());
        Line(text, "updated", article.Updated?.ToIso());
        Line(text, "url", article.Url);
        Line(text, "language", article.Language);
        text.Append("\n--- text\n").Append(article.Text).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"\n--- media ({article.Media.Length})\n");
        foreach (MediaItem item in article.Media)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {item.Caption ?? "(no caption)"} | credit: {item.Credit ?? "(none)"}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n--- removed ({article.Removed.Length})\n");
        foreach (RemovedPiece piece in article.Removed)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{piece.Reason}] {piece.Text}\n");
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string name, string? value) =>
        text.Append(CultureInfo.InvariantCulture, $"{name}: {value ?? "null"}\n");
}
