using System.Collections.Frozen;
using System.Text;
using Parley.Ingest.Html.Markup;

namespace Parley.Ingest.Html;

/// <summary>
/// Flattens a parsed page into a <see cref="PageLayout"/> in one walk: no recursion (a page nested
/// ten thousand tags deep walks like a flat one), no per-node regular expressions, and every text
/// node read exactly once.
/// </summary>
internal static class PageWalker
{
    // Elements whose content is never article text.
    private static readonly FrozenSet<string> SkippedTags = new[]
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "select",
        "input", "textarea", "option", "head", "link", "meta", "title", "math", "video", "audio", "map", "img", "source",
        "picture", "label",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Elements that start a new line of text in a browser: text on either side belongs to different blocks.
    private static readonly FrozenSet<string> BlockTags = new[]
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul", "caption", "legend",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a tag starts a new block of text.</summary>
    public static bool IsBlock(string tag) => BlockTags.Contains(tag);

    /// <summary>
    /// Flattens a page: the head's metadata elements are collected, the body (or the whole document
    /// when it has none) is walked into elements and text blocks.
    /// </summary>
    public static PageLayout Walk(HtmlDocument document)
    {
        var layout = new PageLayout { Language = document.DocumentElement.GetAttribute("lang") };
        CollectHead(document.Head, layout);
        HtmlElement root = document.Body;
        var walk = new Walker(layout);
        // An explicit stack of the next child to visit at each open level.
        var stack = new List<HtmlNode?>();
        if (walk.Visit(root))
        {
            stack.Add(root.FirstChild);
        }

        while (stack.Count > 0)
        {
            HtmlNode? child = stack[^1];
            if (child is null)
            {
                stack.RemoveAt(stack.Count - 1);
                walk.Exit();
                continue;
            }

            stack[^1] = child.NextSibling;
            if (walk.Visit(child))
            {
                stack.Add(((HtmlElement)child).FirstChild);
            }
        }

        return walk.Finish();
    }

    // The head is flat and small: its meta, link and script children are all Parley reads there.
    private static void CollectHead(HtmlElement head, PageLayout layout)
    {
        for (HtmlNode? node = head.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is not HtmlElement child)
            {
                continue;
            }

            switch (child.LocalName)
            {
                case "meta":
                    layout.MetaElements.Add(child);
                    break;
                case "link" when string.Equals(child.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase):
                    layout.CanonicalUrl ??= child.GetAttribute("href");
                    break;
                case "script" when child.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase):
                    layout.JsonLdBlocks.Add(child.TextContent);
                    break;
                case "title":
                    layout.Title ??= child.TextContent;
                    break;
            }
        }
    }

    private sealed class Walker(PageLayout layout)
    {
        private readonly List<int> _open = [];
        private readonly List<int> _blockOwners = [];
        private readonly List<int> _ownChars = [];
        private readonly List<int> _ownLinkChars = [];
        private readonly List<int> _ownProseChars = [];
        private readonly StringBuilder _text = new();

        // Templates repeat the same class strings hundreds of times a page: read each one once.
        private readonly Dictionary<string, (string? Reason, bool IsContent, bool NamesAuthor)> _classWords = new(StringComparer.Ordinal);
        private int _linkDepth;
        private int _blockChars;
        private int _blockLinkChars;
        private int _blockCommas;
        private bool _pendingSpace;

        public bool Visit(HtmlNode node)
        {
            if (node is HtmlText text)
            {
                if (_open.Count > 0)
                {
                    Append(text.Data);
                }

                return false;
            }

            if (node is not HtmlElement element)
            {
                return false;
            }

            string tag = element.LocalName;
            if (SkippedTags.Contains(tag))
            {
                CollectSkipped(element, tag);
                return false;
            }

            if (tag == "br" || tag == "hr")
            {
                Flush();
                return false;
            }

            ElementFacts facts = ElementFacts.Of(element);
            if (facts.IsHidden)
            {
                return false;
            }

            bool isBlock = BlockTags.Contains(tag);
            string? reason = ReasonOf(facts, tag, out bool isContent, out bool namesAuthor);
            // An inline pop-up (a hover card or tooltip inside a sentence) is hidden until pointed at;
            // its text would otherwise be glued into the paragraph around it.
            if (!isBlock && reason == BoilerplateVocabulary.Interface)
            {
                return false;
            }

            if (isBlock)
            {
                Flush();
            }

            int index = layout.Count;
            layout.Elements.Add(element);
            layout.Tags.Add(tag);
            layout.Parents.Add(_open.Count == 0 ? -1 : _open[^1]);
            layout.OwnReasons.Add(reason);
            layout.IsContentMarked.Add(isContent);
            CollectMetadata(element, tag, index, facts, namesAuthor);
            _ownChars.Add(0);
            _ownLinkChars.Add(0);
            _ownProseChars.Add(0);
            _open.Add(index);
            _blockOwners.Add(isBlock || _blockOwners.Count == 0 ? index : _blockOwners[^1]);
            if (tag == "a")
            {
                _linkDepth++;
            }

            return true;
        }

        public void Exit()
        {
            int index = _open[^1];
            string tag = layout.Tags[index];
            if (BlockTags.Contains(tag))
            {
                Flush();
            }

            if (tag == "a")
            {
                _linkDepth--;
            }

            _open.RemoveAt(_open.Count - 1);
            _blockOwners.RemoveAt(_blockOwners.Count - 1);
        }

        public PageLayout Finish()
        {
            Flush();
            int count = layout.Count;
            int[] chars = [.. _ownChars];
            int[] linkChars = [.. _ownLinkChars];
            int[] proseChars = [.. _ownProseChars];
            for (int i = count - 1; i > 0; i--)
            {
                int parent = layout.Parents[i];
                if (parent >= 0)
                {
                    chars[parent] += chars[i];
                    linkChars[parent] += linkChars[i];
                    proseChars[parent] += proseChars[i];
                }
            }

            layout.Chars = chars;
            layout.LinkChars = linkChars;
            layout.ProseChars = proseChars;
            return layout;
        }

        private void Append(string data)
        {
            int top = _open[^1];
            int chars = 0;
            ReadOnlySpan<char> rest = data;
            // Copy runs of non-space characters at once; any run of white space becomes one space.
            while (!rest.IsEmpty)
            {
                int start = 0;
                while (start < rest.Length && char.IsWhiteSpace(rest[start]))
                {
                    start++;
                }

                if (start > 0)
                {
                    _pendingSpace = true;
                    rest = rest[start..];
                    continue;
                }

                int end = 1;
                while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
                {
                    end++;
                }

                if (_pendingSpace && _text.Length > 0)
                {
                    _text.Append(' ');
                }

                _pendingSpace = false;
                ReadOnlySpan<char> word = rest[..end];
                _text.Append(word);
                chars += end;
                _blockCommas += word.Count(',');
                rest = rest[end..];
            }

            _blockChars += chars;
            _ownChars[top] += chars;
            if (_linkDepth > 0)
            {
                _blockLinkChars += chars;
                _ownLinkChars[top] += chars;
            }
        }

        private void Flush()
        {
            if (_blockChars > 0)
            {
                var block = new TextBlock(_text.ToString(), _blockOwners[^1], _blockLinkChars, _blockChars, _blockCommas);
                layout.Blocks.Add(block);
                if (block.IsProse)
                {
                    _ownProseChars[block.Owner] += block.Chars;
                }
            }

            _text.Clear();
            _blockChars = 0;
            _blockLinkChars = 0;
            _blockCommas = 0;
            _pendingSpace = false;
        }

        private void CollectSkipped(HtmlElement element, string tag)
        {
            switch (tag)
            {
                case "input" when string.Equals(element.GetAttribute("type"), "password", StringComparison.OrdinalIgnoreCase):
                    layout.HasPasswordField = true;
                    break;
                case "meta":
                    layout.MetaElements.Add(element);
                    break;
                case "script" when element.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase):
                    layout.JsonLdBlocks.Add(element.TextContent);
                    break;
            }
        }

        private void CollectMetadata(HtmlElement element, string tag, int index, ElementFacts facts, bool namesAuthor)
        {
            if (tag == "h1" && layout.FirstHeading < 0)
            {
                layout.FirstHeading = index;
            }
            else if (tag == "time" && layout.FirstTime is null && element.GetAttribute("datetime") is { } datetime)
            {
                layout.FirstTime = datetime;
            }

            bool isAuthor = namesAuthor || string.Equals(facts.Rel, "author", StringComparison.OrdinalIgnoreCase)
                || string.Equals(facts.ItemProp, "author", StringComparison.OrdinalIgnoreCase);
            if (isAuthor && layout.AuthorElements.Count < 8)
            {
                layout.AuthorElements.Add(index);
            }
        }

        private string? ReasonOf(ElementFacts facts, string tag, out bool isContent, out bool namesAuthor)
        {
            isContent = false;
            namesAuthor = false;
            string? reason = BoilerplateVocabulary.ReasonForTag(tag);
            if (facts.ItemProp is { } itemProp && itemProp.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            {
                isContent = true;
                return null;
            }

            if (facts.Role is { } role)
            {
                reason ??= role switch
                {
                    "navigation" or "menu" or "menubar" => BoilerplateVocabulary.Navigation,
                    "contentinfo" => BoilerplateVocabulary.Footer,
                    "complementary" => BoilerplateVocabulary.Sidebar,
                    "dialog" or "alertdialog" or "search" => BoilerplateVocabulary.Interface,
                    _ => null,
                };
            }

            if (facts.Class is { } className)
            {
                if (!_classWords.TryGetValue(className, out var words))
                {
                    words.Reason = BoilerplateVocabulary.ReasonFor(className, out words.IsContent, out words.NamesAuthor);
                    _classWords[className] = words;
                }

                reason ??= words.Reason;
                isContent = words.IsContent;
                namesAuthor = words.NamesAuthor;
            }

            if (facts.Id is { } id)
            {
                string? byId = BoilerplateVocabulary.ReasonFor(id, out bool idIsContent, out _);
                reason ??= byId;
                isContent |= idIsContent;
            }

            return isContent ? null : reason;
        }
    }
}
