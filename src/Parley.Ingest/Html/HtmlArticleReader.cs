using System.Collections.Immutable;
using System.Globalization;
using Parley.Core;
using Parley.Ingest.Html.Markup;

namespace Parley.Ingest.Html;

/// <summary>
/// Reads an HTML page (or a feed item's HTML fragment) into an <see cref="Article"/>: metadata from
/// the page's markup, the body from Parley's own main-content extraction, every dropped block listed
/// with its reason. Outside hints (feed, JSON Lines, <c>--published</c>) win over what the page says.
/// Safe to share between threads.
/// </summary>
public sealed class HtmlArticleReader
{
    /// <summary>A body shorter than this on a page full of links is a list of links, not an article.</summary>
    public const int MinArticleChars = 150;

    /// <summary>Reads one HTML document; a page without an article becomes a rejection with the reason.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static",
        Justification = "An instance method callers hold and share; it keeps no state today, which is what makes it thread-safe.")]
    public ReadOutcome Read(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        bool isFragment = document.Kind == ContentKind.HtmlFragment;
        HtmlDocument page = HtmlTreeBuilder.Parse(document.Content);
        PageLayout layout = PageWalker.Walk(page);
        PageMetadata metadata = isFragment ? EmptyMetadata : PageMetadataReader.Read(layout);
        SourceHints hints = document.Hints;
        string? headline = hints.Headline ?? metadata.Headline;
        ExtractedBody body = isFragment ? MainContentExtractor.ExtractFragment(layout, headline) : MainContentExtractor.Extract(layout, headline, metadata.Description);
        if (!isFragment && body.Paragraphs.IsEmpty && FromSchemaArticleBody(metadata.ArticleBody) is { } paragraphs)
        {
            // Pages that render their text with scripts often still embed it as schema.org articleBody.
            body = body with { Paragraphs = paragraphs };
        }

        if (Rejection(document, layout, body, metadata, isFragment) is { } rejection)
        {
            return ReadOutcome.Rejected(rejection);
        }

        string? standfirst = hints.Standfirst ?? (isFragment ? null
            : StandfirstFinder.Find(layout, FirstBodyElement(layout, body), metadata.Description, body.Paragraphs.FirstOrDefault()));
        // A "summary" that is word for word the first paragraph is the lead, not a standfirst.
        if (standfirst is not null && !body.Paragraphs.IsEmpty && string.Equals(body.Paragraphs[0], standfirst, StringComparison.Ordinal))
        {
            standfirst = null;
        }

        string text = string.Join("\n\n", body.Paragraphs);
        var article = new Article(ArticleId.Of(text), headline, standfirst, hints.Byline ?? metadata.Byline,
            hints.Outlet ?? metadata.Outlet, hints.Published ?? metadata.Published, metadata.Updated,
            metadata.Language ?? "en", text, body.Media, body.Removed, hints.Url ?? metadata.Url);
        return ReadOutcome.Accepted(document.Source, article);
    }

    private static readonly PageMetadata EmptyMetadata = new(null, null, null, null, null, null, null, null, null, IsDeclaredArticle: true);

    private static Rejection? Rejection(SourceDocument document, PageLayout layout, ExtractedBody body, PageMetadata metadata, bool isFragment)
    {
        string source = document.Source;
        int bodyChars = body.BodyChars;
        if (!isFragment && layout.HasPasswordField && bodyChars < 4 * MinArticleChars)
        {
            return new Rejection(source, RejectionCodes.NoArticle, string.Create(CultureInfo.InvariantCulture,
                $"the page is a login or sign-up form ({bodyChars} characters of text around a password field), not an article"));
        }

        if (body.Paragraphs.IsEmpty)
        {
            return isFragment
                ? new Rejection(source, RejectionCodes.EmptyBody, "the HTML fragment has no text once scripts, styles and ads are taken out")
                : new Rejection(source, RejectionCodes.NoArticle, "the page has no paragraph of prose: nothing outside menus, links and page furniture");
        }

        if (isFragment)
        {
            return null;
        }

        int longest = body.Paragraphs.Max(paragraph => paragraph.Length);
        // A page that declares itself an article (og:type, JSON-LD) may still be a list (a gift guide): trust it.
        if (!metadata.IsDeclaredArticle && body.TeaserParagraphs >= 3 && body.TeaserParagraphs * 5 >= body.Paragraphs.Length * 3 && longest < 400)
        {
            return new Rejection(source, RejectionCodes.NoArticle, string.Create(CultureInfo.InvariantCulture,
                $"the page is a list of stories (a section front): {body.TeaserParagraphs} of its {body.Paragraphs.Length} short paragraphs sit under headline links, the longest {longest} characters"));
        }

        double pageLinkDensity = layout.Count == 0 ? 0 : layout.LinkDensity(0);
        if (bodyChars < MinArticleChars && pageLinkDensity > 0.5)
        {
            return new Rejection(source, RejectionCodes.NoArticle, string.Create(CultureInfo.InvariantCulture,
                $"the page is mostly links ({pageLinkDensity:P0} of its text) with only {bodyChars} characters of prose"));
        }

        return null;
    }

    private static ImmutableArray<string>? FromSchemaArticleBody(string? articleBody)
    {
        if (articleBody is null || articleBody.Length < MinArticleChars)
        {
            return null;
        }

        ImmutableArray<string> paragraphs = [.. articleBody.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(PageMetadataReader.Clean).OfType<string>()];
        return paragraphs.IsEmpty ? null : paragraphs;
    }

    private static int FirstBodyElement(PageLayout layout, ExtractedBody body)
    {
        if (body.Paragraphs.IsEmpty)
        {
            return 0;
        }

        string first = body.Paragraphs[0];
        foreach (TextBlock block in layout.Blocks)
        {
            if (ReferenceEquals(block.Text, first))
            {
                return block.Owner;
            }
        }

        return layout.Count;
    }
}
