using Parley.Core;
using Parley.Ingest.Html.Markup;

namespace Parley.Ingest.Html;

/// <summary>
/// Reads what a page says about itself: JSON-LD first (the most deliberate), then OpenGraph and
/// other meta tags, then the visible page (<c>h1</c>, <c>&lt;title&gt;</c>, <c>&lt;time&gt;</c>, bylines).
/// </summary>
internal static class PageMetadataReader
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
        "cxenseparse:recs:publishtime",
    ];

    private static readonly string[] UpdatedKeys =
    [
        "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified", "lastmod",
    ];

    private static readonly char[] TitleSeparators = ['|', '-', '–', '—', ':', '·'];

    /// <summary>Reads the metadata of a parsed page from the elements <see cref="PageWalker"/> collected.</summary>
    public static PageMetadata Read(PageLayout layout)
    {
        Dictionary<string, string> meta = MetaTags(layout);
        JsonLdArticle? ld = JsonLdReader.Read(layout.JsonLdBlocks);
        string? outlet = Clean(meta.GetValueOrDefault("og:site_name")) ?? ld?.Publisher ?? Clean(meta.GetValueOrDefault("application-name"));
        string? h1 = layout.FirstHeading >= 0 ? Clean(layout.Elements[layout.FirstHeading].TextContent) : null;
        string? headline = Clean(ld?.Headline) ?? WithoutSiteSuffix(Clean(meta.GetValueOrDefault("og:title")), outlet)
            ?? WithoutSiteSuffix(Clean(meta.GetValueOrDefault("twitter:title")), outlet) ?? h1
            ?? WithoutSiteSuffix(Clean(layout.Title), outlet, always: true);

        string? description = Clean(ld?.Description) ?? Clean(meta.GetValueOrDefault("og:description"))
            ?? Clean(meta.GetValueOrDefault("description")) ?? Clean(meta.GetValueOrDefault("twitter:description"));

        NewsTime? published = FirstTime(ld?.DatePublished, meta, PublishedKeys)
            ?? (PageTimes.TryParse(layout.FirstTime, out NewsTime shown) ? shown : null);
        NewsTime? updated = FirstTime(ld?.DateModified, meta, UpdatedKeys);
        string? url = Clean(layout.CanonicalUrl) ?? Clean(meta.GetValueOrDefault("og:url")) ?? Clean(ld?.Url);
        string? language = LanguageOf(layout.Language ?? meta.GetValueOrDefault("content-language")
            ?? meta.GetValueOrDefault("og:locale"));

        return new PageMetadata(headline, description, BylineOf(layout, ld, meta), outlet, published, updated,
            url, language, ld?.ArticleBody,
            ld is not null || string.Equals(meta.GetValueOrDefault("og:type"), "article", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Collapses white space and trims; null for nothing.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, string> MetaTags(PageLayout layout)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (HtmlElement element in layout.MetaElements)
        {
            string? key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop")
                ?? element.GetAttribute("http-equiv");
            string? content = element.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                meta.TryAdd(key.Trim(), content.Trim());
            }
        }

        return meta;
    }

    private static string? BylineOf(PageLayout layout, JsonLdArticle? ld, Dictionary<string, string> meta)
    {
        List<string> names = ld?.Authors.Select(StripBy).Where(IsPersonLike).Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (names.Count > 0)
        {
            return JoinNames(names);
        }

        foreach (string key in (string[])["author", "byl", "article:author", "parsely-author", "sailthru.author", "dc.creator"])
        {
            if (Clean(meta.GetValueOrDefault(key)) is { } value && IsPersonLike(StripBy(value)))
            {
                return StripBy(value);
            }
        }

        foreach (int element in layout.AuthorElements)
        {
            if (layout.Chars[element] < 100 && Clean(layout.Elements[element].TextContent) is { } text && IsPersonLike(StripBy(text)))
            {
                return StripBy(text);
            }
        }

        return null;
    }

    private static string JoinNames(List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    private static string StripBy(string text)
    {
        string trimmed = text.Trim();
        return trimmed.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? trimmed[3..].Trim() : trimmed;
    }

    // A profile URL or a handle is not a byline.
    private static bool IsPersonLike(string text) =>
        text.Length is > 1 and < 100 && !text.Contains("://", StringComparison.Ordinal) && !text.StartsWith('@')
            && !text.StartsWith('/') && !text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static NewsTime? FirstTime(string? fromJsonLd, Dictionary<string, string> meta, string[] keys)
    {
        if (PageTimes.TryParse(fromJsonLd, out NewsTime time))
        {
            return time;
        }

        foreach (string key in keys)
        {
            if (meta.TryGetValue(key, out string? value) && PageTimes.TryParse(value, out time))
            {
                return time;
            }
        }

        return null;
    }

    private static string? LanguageOf(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        string primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    /// <summary>
    /// "Talks resume in Oslo | Northbound Wire" → "Talks resume in Oslo". The suffix goes when it names
    /// the outlet, or (for the page title, <paramref name="always"/>) when it is the shorter side of a separator.
    /// </summary>
    private static string? WithoutSiteSuffix(string? title, string? outlet, bool always = false)
    {
        if (title is null)
        {
            return null;
        }

        foreach (char separator in TitleSeparators)
        {
            int at = title.LastIndexOf($" {separator} ", StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            string head = title[..at].Trim();
            string tail = title[(at + 3)..].Trim();
            bool namesOutlet = outlet is not null && (tail.Contains(outlet, StringComparison.OrdinalIgnoreCase)
                || outlet.Contains(tail, StringComparison.OrdinalIgnoreCase));
            if (namesOutlet || (always && tail.Length < head.Length && tail.Length <= 40))
            {
                return head;
            }
        }

        return title;
    }
}
