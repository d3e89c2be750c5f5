using System.Net;
using System.Text.RegularExpressions;

namespace Parley.Ingest.PlainText;

/// <summary>What is left of a line once its HTML tags are stripped.</summary>
/// <param name="Text">The words between the tags, entities decoded, spaces collapsed; empty when the line was only tags.</param>
/// <param name="Tags">The tags themselves, run together, for the removed list.</param>
/// <param name="IsCaption">True when the tags mark a caption (figcaption, figure, img, a class naming a caption or photo).</param>
public sealed record StrippedMarkup(string Text, string Tags, bool IsCaption);

/// <summary>
/// Strips the stray tags a scraper leaves in text (<c>&lt;div class="paragraphs"&gt;&lt;p&gt;...&lt;/p&gt;&lt;/div&gt;</c>)
/// and keeps the words they wrap. Stateless; safe to share.
/// </summary>
public static partial class MarkupStripper
{
    /// <summary>The line without its tags, or null when it has none.</summary>
    public static StrippedMarkup? Strip(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        MatchCollection tags = Tag().Matches(line);
        if (tags.Count == 0)
        {
            return null;
        }

        string words = WebUtility.HtmlDecode(Tag().Replace(line, " "));
        string text = string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        bool isCaption = tags.Any(tag => CaptionTag().IsMatch(tag.Value));
        return new StrippedMarkup(text, string.Concat(tags.Select(tag => tag.Value)), isCaption);
    }

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^<(?:figcaption|figure|img|picture)\b|class\s*=\s*""[^""]*(?:caption|photo|image)", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionTag();
}
