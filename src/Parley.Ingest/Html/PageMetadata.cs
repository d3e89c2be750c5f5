using Parley.Core;

namespace Parley.Ingest.Html;

/// <summary>What a page says about itself in its markup (JSON-LD, OpenGraph, meta tags, <c>&lt;time&gt;</c>); null when it does not say.</summary>
/// <param name="Headline">The article's headline (JSON-LD headline, og:title, the h1, or the title without its " | Site" suffix).</param>
/// <param name="Description">The page's summary (JSON-LD description, og:description or meta description).</param>
/// <param name="Byline">Author names, without "By".</param>
/// <param name="Outlet">The publication's name.</param>
/// <param name="Published">First publication time, with the offset the page gives.</param>
/// <param name="Updated">Last update time.</param>
/// <param name="Url">The canonical address (canonical link, og:url or JSON-LD url).</param>
/// <param name="Language">The primary language subtag of <c>&lt;html lang&gt;</c>, lower case.</param>
/// <param name="ArticleBody">The schema.org articleBody text, when the page embeds it.</param>
/// <param name="IsDeclaredArticle">Whether the page calls itself an article (og:type article, a JSON-LD article type).</param>
internal sealed record PageMetadata(
    string? Headline,
    string? Description,
    string? Byline,
    string? Outlet,
    NewsTime? Published,
    NewsTime? Updated,
    string? Url,
    string? Language,
    string? ArticleBody,
    bool IsDeclaredArticle);
