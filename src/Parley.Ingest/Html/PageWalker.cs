using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

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

    /// <summary>Flattens the subtree under <paramref name="root"/>.</summary>
    public static PageLayout Walk(IElement root)
    {
        var walk = new Walker(new PageLayout());
        INode node = root;
        bool pushed = walk.Visit(node);
        while (true)
        {
            if (pushed && node.FirstChild is { } child)
            {
                node = child;
                pushed = walk.Visit(node);
                continue;
            }

            if (pushed)
            {
                walk.Exit();
            }

            while (node != root && node.NextSibling is null)
            {
                node = node.Parent!;
                walk.Exit();
            }

            if (node == root)
            {
                break;
            }

            node = node.NextSibling!;
            pushed = walk.Visit(node);
        }

        return walk.Finish();
    }

    private sealed class Walker(PageLayout layout)
    {
        private readonly List<int> _open = [];
        private readonly List<int> _blockOwners = [];
        private readonly List<int> _ownChars = [];
        private readonly List<int> _ownLinkChars = [];
        private readonly List<int> _ownProseChars = [];
        private readonly StringBuilder _text = new();
        private int _linkDepth;
        private int _blockChars;
        private int _blockLinkChars;
        private int _blockCommas;
        private bool _pendingSpace;

        public bool Visit(INode node)
        {
            if (node.NodeType == NodeType.Text)
            {
                if (_open.Count > 0)
                {
                    Append(node.TextContent);
                }

                return false;
            }

            if (node is not IElement element)
            {
                return false;
            }

            string tag = element.LocalName;
            if (SkippedTags.Contains(tag))
            {
                if (tag == "input" && string.Equals(element.GetAttribute("type"), "password", StringComparison.OrdinalIgnoreCase))
                {
                    layout.HasPasswordField = true;
                }

                return false;
            }

            if (tag == "br" || tag == "hr")
            {
                Flush();
                return false;
            }

            if (IsHidden(element))
            {
                return false;
            }

            bool isBlock = BlockTags.Contains(tag);
            if (isBlock)
            {
                Flush();
            }

            int index = layout.Count;
            layout.Elements.Add(element);
            layout.Tags.Add(tag);
            layout.Parents.Add(_open.Count == 0 ? -1 : _open[^1]);
            string? reason = ReasonOf(element, tag, out bool isContent);
            layout.OwnReasons.Add(reason);
            layout.IsContentMarked.Add(isContent);
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
            foreach (char c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = true;
                    continue;
                }

                if (_pendingSpace && _text.Length > 0)
                {
                    _text.Append(' ');
                }

                _pendingSpace = false;
                _text.Append(c);
                chars++;
                if (c == ',')
                {
                    _blockCommas++;
                }
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

        private static string? ReasonOf(IElement element, string tag, out bool isContent)
        {
            isContent = false;
            string? reason = BoilerplateVocabulary.ReasonForTag(tag);
            string? itemProp = element.GetAttribute("itemprop");
            if (itemProp is not null && itemProp.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            {
                isContent = true;
                return null;
            }

            string? role = element.GetAttribute("role");
            if (role is not null)
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

            string? className = element.GetAttribute("class");
            string? id = element.GetAttribute("id");
            if (className is not null)
            {
                reason ??= BoilerplateVocabulary.ReasonFor(className, out isContent);
            }

            if (id is not null)
            {
                string? byId = BoilerplateVocabulary.ReasonFor(id, out bool idIsContent);
                reason ??= byId;
                isContent |= idIsContent;
            }

            return isContent ? null : reason;
        }

        private static bool IsHidden(IElement element)
        {
            if (element.HasAttribute("hidden"))
            {
                return true;
            }

            string? style = element.GetAttribute("style");
            if (style is null)
            {
                return false;
            }

            ReadOnlySpan<char> span = style;
            int display = span.IndexOf("display", StringComparison.OrdinalIgnoreCase);
            if (display >= 0 && span[display..].TrimStart("display").TrimStart().TrimStart(':').TrimStart()
                .StartsWith("none", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            int visibility = span.IndexOf("visibility", StringComparison.OrdinalIgnoreCase);
            return visibility >= 0 && span[visibility..].TrimStart("visibility").TrimStart().TrimStart(':').TrimStart()
                .StartsWith("hidden", StringComparison.OrdinalIgnoreCase);
        }
    }
}
