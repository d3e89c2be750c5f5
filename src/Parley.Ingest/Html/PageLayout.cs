using Parley.Ingest.Html.Markup;

namespace Parley.Ingest.Html;

/// <summary>
/// A page flattened in document order: every kept element with its parent, tag, the removal
/// reason its own class, id or tag suggests, and the non-space characters (all and in links) of
/// its whole subtree; plus the page's text blocks. Built in one iterative walk, so arbitrarily deep
/// pages cost no stack.
/// </summary>
internal sealed class PageLayout
{
    /// <summary>The elements in document order; a parent always comes before its children.</summary>
    public List<HtmlElement> Elements { get; } = [];

    /// <summary>Lower-case tag names, parallel to <see cref="Elements"/>.</summary>
    public List<string> Tags { get; } = [];

    /// <summary>Parent indexes (-1 for the root), parallel to <see cref="Elements"/>.</summary>
    public List<int> Parents { get; } = [];

    /// <summary>The removal reason an element's own tag, class or id suggests, or null.</summary>
    public List<string?> OwnReasons { get; } = [];

    /// <summary>Whether an element's class or id names the article body ("article-body").</summary>
    public List<bool> IsContentMarked { get; } = [];

    /// <summary>Non-space characters in each element's subtree (filled after the walk).</summary>
    public int[] Chars { get; set; } = [];

    /// <summary>Non-space characters inside links in each element's subtree (filled after the walk).</summary>
    public int[] LinkChars { get; set; } = [];

    /// <summary>Characters of prose blocks (see <see cref="TextBlock.IsProse"/>) in each element's subtree (filled after the walk).</summary>
    public int[] ProseChars { get; set; } = [];

    /// <summary>The text blocks in document order.</summary>
    public List<TextBlock> Blocks { get; } = [];

    /// <summary>The page's meta elements, head and body.</summary>
    public List<HtmlElement> MetaElements { get; } = [];

    /// <summary>The text of every JSON-LD script.</summary>
    public List<string> JsonLdBlocks { get; } = [];

    /// <summary>The lang attribute of the html element, or null.</summary>
    public string? Language { get; set; }

    /// <summary>The head's canonical link, or null.</summary>
    public string? CanonicalUrl { get; set; }

    /// <summary>The text of the head's title element, or null.</summary>
    public string? Title { get; set; }

    /// <summary>Index of the first h1, or -1.</summary>
    public int FirstHeading { get; set; } = -1;

    /// <summary>The datetime attribute of the first time element, or null.</summary>
    public string? FirstTime { get; set; }

    /// <summary>Indexes of the first elements marked as an author (rel/itemprop author, class byline or author).</summary>
    public List<int> AuthorElements { get; } = [];

    /// <summary>Whether the page has a password field (a login or sign-up page).</summary>
    public bool HasPasswordField { get; set; }

    /// <summary>Number of elements.</summary>
    public int Count => Elements.Count;

    /// <summary>Share of an element's text that is link text, from 0 to 1.</summary>
    public double LinkDensity(int element) => Chars[element] == 0 ? 0 : (double)LinkChars[element] / Chars[element];

    /// <summary>Whether <paramref name="ancestor"/> is <paramref name="element"/> or one of its ancestors.</summary>
    public bool IsWithin(int element, int ancestor)
    {
        for (int current = element; current >= 0 && current >= ancestor; current = Parents[current])
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
