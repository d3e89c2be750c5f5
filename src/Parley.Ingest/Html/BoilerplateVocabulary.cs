using System.Collections.Frozen;

namespace Parley.Ingest.Html;

/// <summary>
/// The words web pages use in <c>class</c> and <c>id</c> attributes for things that are not the
/// article (share bars, related links, ads...), mapped to the reason Parley gives for removing
/// them. Matching is per word: <c>class="social-share__bar"</c> yields "social", "share", "bar".
/// Nothing here names a site: these are the generic words of web templates.
/// </summary>
internal static class BoilerplateVocabulary
{
    /// <summary>Reason for navigation menus, breadcrumbs and pagers.</summary>
    public const string Navigation = "navigation";

    /// <summary>Reason for lists of links to other stories.</summary>
    public const string RelatedLinks = "related-links";

    /// <summary>Reason for share and follow bars.</summary>
    public const string Share = "share";

    /// <summary>Reason for advertisements and sponsored blocks.</summary>
    public const string Advertisement = "advertisement";

    /// <summary>Reason for reader comments.</summary>
    public const string Comments = "comments";

    /// <summary>Reason for page footers, copyright lines and legal notes.</summary>
    public const string Footer = "footer";

    /// <summary>Reason for image and video captions (kept as media, not body text).</summary>
    public const string Caption = "caption";

    /// <summary>Reason for newsletter and subscription prompts.</summary>
    public const string Newsletter = "newsletter";

    /// <summary>Reason for page and article headers (headline, byline, date line).</summary>
    public const string Header = "header";

    /// <summary>Reason for sidebars and widgets beside the article.</summary>
    public const string Sidebar = "sidebar";

    /// <summary>Reason for author boxes, tag lists and other article furniture.</summary>
    public const string Metadata = "metadata";

    /// <summary>Reason for forms, cookie notices and pop-ups.</summary>
    public const string Interface = "interface";

    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["nav"] = Navigation, ["navbar"] = Navigation, ["navigation"] = Navigation, ["menu"] = Navigation,
        ["breadcrumb"] = Navigation, ["breadcrumbs"] = Navigation, ["pagination"] = Navigation, ["pager"] = Navigation,
        ["masthead"] = Navigation, ["topbar"] = Navigation, ["skip"] = Navigation, ["jump"] = Navigation,
        ["related"] = RelatedLinks, ["recommended"] = RelatedLinks, ["recommendations"] = RelatedLinks,
        ["recirc"] = RelatedLinks, ["recirculation"] = RelatedLinks, ["trending"] = RelatedLinks, ["popular"] = RelatedLinks,
        ["mostread"] = RelatedLinks, ["morestories"] = RelatedLinks, ["outbrain"] = RelatedLinks, ["taboola"] = RelatedLinks,
        ["teaser"] = RelatedLinks, ["teasers"] = RelatedLinks, ["headlines"] = RelatedLinks, ["readmore"] = RelatedLinks,
        ["share"] = Share, ["sharing"] = Share, ["sharebar"] = Share, ["social"] = Share, ["sociallinks"] = Share,
        ["addthis"] = Share, ["follow"] = Share, ["print"] = Share,
        ["ad"] = Advertisement, ["ads"] = Advertisement, ["advert"] = Advertisement, ["advertisement"] = Advertisement,
        ["adslot"] = Advertisement, ["adunit"] = Advertisement, ["dfp"] = Advertisement, ["gpt"] = Advertisement,
        ["sponsor"] = Advertisement, ["sponsored"] = Advertisement, ["promo"] = Advertisement, ["promotion"] = Advertisement,
        ["commercial"] = Advertisement, ["banner"] = Advertisement, ["affiliate"] = Advertisement,
        ["comment"] = Comments, ["comments"] = Comments, ["disqus"] = Comments, ["replies"] = Comments, ["discussion"] = Comments,
        ["footer"] = Footer, ["copyright"] = Footer, ["colophon"] = Footer, ["disclaimer"] = Footer, ["legal"] = Footer,
        ["caption"] = Caption, ["figcaption"] = Caption, ["credit"] = Caption, ["credits"] = Caption,
        ["newsletter"] = Newsletter, ["subscribe"] = Newsletter, ["subscription"] = Newsletter, ["signup"] = Newsletter,
        ["paywall"] = Newsletter, ["optin"] = Newsletter,
        ["sidebar"] = Sidebar, ["widget"] = Sidebar, ["rail"] = Sidebar, ["aside"] = Sidebar, ["sidebox"] = Sidebar,
        ["byline"] = Metadata, ["dateline"] = Metadata, ["tags"] = Metadata, ["taglist"] = Metadata, ["keywords"] = Metadata,
        ["bio"] = Metadata, ["toolbar"] = Metadata, ["tools"] = Metadata, ["meta"] = Metadata, ["timestamp"] = Metadata,
        ["cookie"] = Interface, ["cookies"] = Interface, ["consent"] = Interface, ["gdpr"] = Interface, ["popup"] = Interface,
        ["modal"] = Interface, ["overlay"] = Interface, ["login"] = Interface, ["offscreen"] = Interface,
        ["tooltip"] = Interface, ["popover"] = Interface, ["rollover"] = Interface, ["hovercard"] = Interface, ["flyout"] = Interface,
        ["dropdown"] = Interface,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Pairs such as "article-body" or "entry-content" mark the article itself; an element carrying one is
    // never removed for its other words ("article-body share-enabled" is the body).
    private static readonly FrozenSet<string> ContentHeads = new[]
    {
        "article", "story", "entry", "post", "news", "blog", "main",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ContentTails = new[]
    {
        "body", "content", "text", "copy",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ContentWords = new[]
    {
        "articlebody", "storybody", "articletext", "storytext", "postbody", "entrycontent", "articlecontent", "storycontent",
        "postcontent", "bodytext",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that may name a wrapper of the article: with one of them, a layout word ("content-with-sidebar",
    // "main-column header-offset") describes the page grid, not boilerplate. Readability's "okMaybeItsACandidate".
    private static readonly FrozenSet<string> MaybeContentWords = new[]
    {
        "content", "article", "main", "body", "column", "story", "entry", "post", "text", "page", "wrapper", "wrap", "wrp",
        "container", "layout", "grid",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaybeContentLookup =
        MaybeContentWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContentLookup =
        ContentWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup =
        ContentHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TailLookup =
        ContentTails.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The removal reason the words of <paramref name="classAndId"/> suggest, or null. Sets
    /// <paramref name="isContent"/> when a word marks the article body, and <paramref name="namesAuthor"/>
    /// when a word is "byline" or "author".
    /// </summary>
    public static string? ReasonFor(ReadOnlySpan<char> classAndId, out bool isContent, out bool namesAuthor)
    {
        isContent = false;
        namesAuthor = false;
        string? reason = null;
        int start = -1;
        bool previousIsHead = false;
        bool hasMaybeContent = false;
        bool isEmbed = false;
        for (int i = 0; i <= classAndId.Length; i++)
        {
            bool isWordChar = i < classAndId.Length && char.IsAsciiLetterOrDigit(classAndId[i]);
            // camelCase joins words ("relatedStories"): an upper-case letter after a lower-case one starts a new word.
            bool isCaseBreak = isWordChar && start >= 0 && char.IsAsciiLetterUpper(classAndId[i]) && char.IsAsciiLetterLower(classAndId[i - 1]);
            if (start >= 0 && (!isWordChar || isCaseBreak))
            {
                ReadOnlySpan<char> word = classAndId[start..i];
                if (ContentLookup.Contains(word) || (previousIsHead && TailLookup.Contains(word)))
                {
                    isContent = true;
                }
                else if (reason is null && WordLookup.TryGetValue(word, out string? found))
                {
                    reason = found;
                }

                previousIsHead = HeadLookup.Contains(word);
                namesAuthor |= word.Equals("byline", StringComparison.OrdinalIgnoreCase) || word.Equals("author", StringComparison.OrdinalIgnoreCase);
                hasMaybeContent |= MaybeContentLookup.Contains(word);
                isEmbed |= word.Equals("embed", StringComparison.OrdinalIgnoreCase) || word.Equals("embedded", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("tweet", StringComparison.OrdinalIgnoreCase);

                start = -1;
            }

            if (isWordChar && start < 0)
            {
                start = i;
            }
        }

        // "social-media-embed" holds a post the article quotes, not a share bar.
        if (reason == Share && isEmbed)
        {
            return null;
        }

        return reason is not null && hasMaybeContent && IsLayoutReason(reason) ? null : reason;
    }

    /// <summary>
    /// Whether a reason names a place in the page layout (sidebar, header, navigation...) rather than
    /// a kind of content (ads, comments, related links): layout words also name wrappers around the article.
    /// </summary>
    public static bool IsLayoutReason(string reason) => reason is Sidebar or Header or Navigation or Metadata or Interface or Footer;

    /// <summary>The removal reason a tag carries by itself (<c>nav</c>, <c>footer</c>, <c>aside</c>...), or null.</summary>
    public static string? ReasonForTag(string tag) => tag switch
    {
        "nav" => Navigation,
        "footer" => Footer,
        "aside" => Sidebar,
        "header" => Header,
        "figcaption" => Caption,
        "form" or "dialog" => Interface,
        _ => null,
    };
}
