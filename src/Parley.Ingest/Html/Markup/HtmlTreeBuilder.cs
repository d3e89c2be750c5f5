using System.Collections.Frozen;

namespace Parley.Ingest.Html.Markup;

/// <summary>
/// Builds Parley's HTML tree from <see cref="HtmlTokenizer"/> tokens with the HTML standard's
/// tree-construction rules that shape news pages: head content before the body, void elements, raw
/// text, implied end tags (p, li, dt, dd, option, headings, table rows and cells, with an implied
/// tbody), end tags that close everything opened inside them, stray end tags ignored, nested links
/// closed, SVG and MathML with their self-closing tags. Not modelled: re-opening formatting elements
/// after misnested markup (the adoption agency), foster parenting of text inside tables, quirks mode.
/// The open elements are an explicit stack capped at <see cref="MaxDepth"/>: no recursion, and no
/// page can make the scope searches quadratic.
/// </summary>
internal sealed class HtmlTreeBuilder
{
    private static readonly FrozenSet<string> VoidElements = new[]
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Elements whose start tag closes an open p first.
    private static readonly FrozenSet<string> ClosesParagraph = new[]
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "pre",
        "listing", "table", "hr", "xmp", "plaintext", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "form",
    }.ToFrozenSet(StringComparer.Ordinal);

    // End tags that close their element and everything opened inside it, when it is in scope.
    private static readonly FrozenSet<string> BlockEndTags = new[]
    {
        "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre", "search", "section",
        "summary", "ul", "applet", "marquee", "object", "select", "dd", "dt",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FormattingElements = new[]
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The standard's "special" elements: an end tag of another name does not close them.
    private static readonly FrozenSet<string> Special = new[]
    {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button", "caption",
        "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer",
        "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
        "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript",
        "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary",
        "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Where a search for an open element in "scope" stops.
    private static readonly FrozenSet<string> ScopeBoundaries = new[]
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> HeadElements = new[]
    {
        "base", "basefont", "bgsound", "link", "meta", "title", "style", "script", "noscript", "noframes", "template",
    }.ToFrozenSet(StringComparer.Ordinal);

    // HTML tags that end SVG or MathML content they appear in.
    private static readonly FrozenSet<string> LeavesForeignContent = new[]
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span",
        "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The deepest an element is nested (Blink's and AngleSharp's limit); deeper tags attach at this depth.</summary>
    public const int MaxDepth = 512;

    private readonly HtmlTokenizer _tokenizer;
    private readonly HtmlElement _html = new("html", []);
    private readonly HtmlElement _head = new("head", []);
    private readonly HtmlElement _body = new("body", []);
    private readonly List<HtmlElement> _open = [];
    private bool _inBody;
    private HtmlElement? _form;

    // Open elements counted by name, so the common "is there an open p?" costs nothing on deep pages.
    private int _openParagraphs;
    private int _openListItems;
    private int _openHeadings;
    private int _openTables;
    private int _openLinks;
    private int _openForeign;

    private HtmlTreeBuilder(string html)
    {
        _tokenizer = new HtmlTokenizer(html);
        _html.Append(_head);
        _html.Append(_body);
        _open.Add(_html);
        _open.Add(_head);
    }

    /// <summary>Parses a whole page (or a fragment, which lands in the body).</summary>
    public static HtmlDocument Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var builder = new HtmlTreeBuilder(html);
        builder.Run();
        return new HtmlDocument(builder._html, builder._head, builder._body);
    }

    private HtmlElement Current => _open[^1];

    private void Run()
    {
        HtmlTokenizer tokenizer = _tokenizer;
        while (true)
        {
            switch (tokenizer.Next())
            {
                case HtmlToken.EndOfFile:
                    return;
                case HtmlToken.Text:
                    OnText(tokenizer.Text);
                    break;
                case HtmlToken.StartTag:
                    OnStartTag(tokenizer.Name, tokenizer.TakeAttributes(), tokenizer.SelfClosing);
                    break;
                case HtmlToken.EndTag:
                    OnEndTag(tokenizer.Name);
                    break;
            }
        }
    }

    private void OnText(string text)
    {
        if (!_inBody)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            StartBody();
        }

        if (Current.LastChild is HtmlText previous)
        {
            // Text split by a dropped comment or a stray "<" is one text node, as in a browser.
            previous.Append(text);
        }
        else
        {
            Current.Append(new HtmlText(text));
        }
    }

    private void StartBody()
    {
        _open.RemoveRange(1, _open.Count - 1);
        _open.Add(_body);
        _inBody = true;
    }

    private void OnStartTag(string name, HtmlAttribute[] attributes, bool selfClosing)
    {
        switch (name)
        {
            case "html":
                MergeAttributes(_html, attributes);
                return;
            case "head":
                return;
            case "body":
                if (!_inBody)
                {
                    StartBody();
                }

                MergeAttributes(_body, attributes);
                return;
        }

        if (!_inBody)
        {
            if (Current.LocalName == "noscript" && name is not ("link" or "meta" or "style" or "noframes" or "basefont" or "bgsound"))
            {
                // In the head a noscript holds only links, metas and styles; anything else ends it (and the head).
                Pop();
            }

            if (!HeadElements.Contains(name))
            {
                StartBody();
            }
        }

        if (_openForeign > 0)
        {
            if (LeavesForeignContent.Contains(name) || (name == "font" && HasPresentationAttribute(attributes)))
            {
                while (_openForeign > 0)
                {
                    Pop();
                }
            }
            else
            {
                Insert(name, attributes, push: !selfClosing);
                return;
            }
        }

        InsertHtml(name, attributes, selfClosing);
    }

    private void InsertHtml(string name, HtmlAttribute[] attributes, bool selfClosing)
    {
        if (ClosesParagraph.Contains(name))
        {
            CloseParagraph();
        }

        switch (name)
        {
            case "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "plaintext":
                InsertRawText(name, attributes, decodeReferences: false);
                return;
            case "title" or "textarea":
                InsertRawText(name, attributes, decodeReferences: true);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (IsHeading(Current.LocalName))
                {
                    Pop();
                }

                break;
            case "li":
                CloseListItem(["li"]);
                break;
            case "dd" or "dt":
                CloseListItem(["dd", "dt"]);
                break;
            case "form":
                if (_form is not null)
                {
                    return;
                }

                _form = Insert(name, attributes, push: true);
                return;
            case "a":
                // A link inside a link closes the outer one.
                if (_openLinks > 0 && IndexInScope("a", ScopeBoundaries) is int link and >= 0)
                {
                    PopFrom(link);
                }

                break;
            case "button":
                if (IndexInScope("button", ScopeBoundaries) is int button and >= 0)
                {
                    PopFrom(button);
                }

                break;
            case "option" or "optgroup":
                if (Current.LocalName == "option")
                {
                    Pop();
                }

                break;
            case "svg" or "math":
                Insert(name, attributes, push: !selfClosing);
                return;
            case "image":
                Insert("img", attributes, push: false);
                return;
            case "caption" or "colgroup" or "col" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th":
                InsertTablePart(name, attributes);
                return;
        }

        Insert(name, attributes, push: !VoidElements.Contains(name));
    }

    private void InsertRawText(string name, HtmlAttribute[] attributes, bool decodeReferences)
    {
        HtmlElement element = Insert(name, attributes, push: false);
        string text = _tokenizer.ReadRawText(name, decodeReferences);
        if (text.Length > 0)
        {
            element.Append(new HtmlText(text));
        }
    }

    // Table parts outside a table are dropped (their content is kept); inside one, the rows and cells
    // they imply are opened and the ones they end are closed.
    private void InsertTablePart(string name, HtmlAttribute[] attributes)
    {
        if (_openTables == 0 || IndexInScope("table", TableScope) < 0)
        {
            return;
        }

        bool isCell = name is "td" or "th";
        bool isRow = name == "tr";
        while (_open.Count > 2 && !IsTableContext(Current.LocalName, isCell ? "tr" : null, isRow || isCell))
        {
            Pop();
        }

        if ((isRow || isCell) && Current.LocalName == "table")
        {
            Insert("tbody", [], push: true);
        }

        if (isCell && Current.LocalName is "tbody" or "thead" or "tfoot")
        {
            Insert("tr", [], push: true);
        }

        Insert(name, attributes, push: name != "col");
    }

    // Where a table part may be inserted: a cell goes in a row, a row in a row group, a row group in the table.
    private static bool IsTableContext(string current, string? cellParent, bool inRowGroup) =>
        current is "table" or "template" or "html" || current == cellParent || (inRowGroup && current is "tbody" or "thead" or "tfoot");

    private void OnEndTag(string name)
    {
        if (!_inBody)
        {
            if (Current.LocalName == name && name is "noscript" or "template")
            {
                Pop();
            }

            if (name is not ("br" or "p"))
            {
                return;
            }

            StartBody();
        }

        if (_openForeign > 0 && CloseForeign(name))
        {
            return;
        }

        switch (name)
        {
            case "body" or "html" or "head":
                return;
            case "br":
                Insert("br", [], push: false);
                return;
            case "p":
                if (_openParagraphs == 0 || IndexInScope("p", ButtonScope) < 0)
                {
                    // A stray </p> makes an empty paragraph, as in a browser.
                    Insert("p", [], push: false);
                    return;
                }

                PopFrom(IndexInScope("p", ButtonScope));
                return;
            case "li":
                if (_openListItems > 0)
                {
                    PopFrom(IndexInScope("li", ListItemScope));
                }

                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (_openHeadings > 0)
                {
                    PopFrom(HeadingInScope());
                }

                return;
            case "form":
                CloseForm();
                return;
            case "table":
                PopFrom(IndexInScope("table", TableScope));
                return;
            case "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption" or "colgroup":
                PopFrom(IndexInScope(name, TableScope));
                return;
        }

        if (BlockEndTags.Contains(name))
        {
            PopFrom(IndexInScope(name, ScopeBoundaries));
            return;
        }

        if (FormattingElements.Contains(name))
        {
            if (name != "a" || _openLinks > 0)
            {
                PopFrom(IndexInScope(name, ScopeBoundaries));
            }

            return;
        }

        // Any other end tag closes the nearest open element of its name, unless a special element is in the way.
        for (int i = _open.Count - 1; i > 0; i--)
        {
            string open = _open[i].LocalName;
            if (open == name)
            {
                PopFrom(i);
                return;
            }

            if (Special.Contains(open))
            {
                return;
            }
        }
    }

    // An end tag inside SVG or MathML closes the nearest foreign element of its name; false when there is none.
    private bool CloseForeign(string name)
    {
        for (int i = _open.Count - 1; i > 0; i--)
        {
            string open = _open[i].LocalName;
            if (open == name)
            {
                PopFrom(i);
                return true;
            }

            if (open is "svg" or "math")
            {
                return false;
            }
        }

        return false;
    }

    private void CloseForm()
    {
        HtmlElement? form = _form;
        _form = null;
        int index = form is null ? -1 : _open.LastIndexOf(form);
        if (index < 0)
        {
            return;
        }

        // The form leaves the open elements; what was opened inside it stays open (the standard's rule).
        _open.RemoveAt(index);
    }

    private void CloseParagraph()
    {
        if (_openParagraphs > 0 && IndexInScope("p", ButtonScope) is int paragraph and >= 0)
        {
            PopFrom(paragraph);
        }
    }

    // An li closes the open li (a dd or dt the open dd or dt) unless a special element other than address, div or p is in the way.
    private void CloseListItem(string[] names)
    {
        if (names[0] == "li" && _openListItems == 0)
        {
            return;
        }

        for (int i = _open.Count - 1; i > 0; i--)
        {
            string open = _open[i].LocalName;
            if (Array.IndexOf(names, open) >= 0)
            {
                PopFrom(i);
                return;
            }

            if (Special.Contains(open) && open is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    private static readonly FrozenSet<string> ButtonScope = ScopeBoundaries.Append("button").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> ListItemScope = ScopeBoundaries.Concat(["ol", "ul"]).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> TableScope = new[] { "html", "table", "template" }.ToFrozenSet(StringComparer.Ordinal);

    // The stack index of the nearest open element of that name, or -1 when a boundary comes first.
    private int IndexInScope(string name, FrozenSet<string> boundaries)
    {
        for (int i = _open.Count - 1; i >= 0; i--)
        {
            string open = _open[i].LocalName;
            if (open == name)
            {
                return i;
            }

            if (boundaries.Contains(open))
            {
                return -1;
            }
        }

        return -1;
    }

    private int HeadingInScope()
    {
        for (int i = _open.Count - 1; i >= 0; i--)
        {
            string open = _open[i].LocalName;
            if (IsHeading(open))
            {
                return i;
            }

            if (ScopeBoundaries.Contains(open))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static bool HasPresentationAttribute(HtmlAttribute[] attributes) =>
        attributes.Any(attribute => attribute.Name is "color" or "face" or "size");

    private static void MergeAttributes(HtmlElement element, HtmlAttribute[] attributes)
    {
        if (attributes.Length == 0)
        {
            return;
        }

        // A repeated html or body tag adds the attributes the first one did not have.
        List<HtmlAttribute> merged = [.. element.Attributes];
        foreach (HtmlAttribute attribute in attributes)
        {
            if (element.GetAttribute(attribute.Name) is null)
            {
                merged.Add(attribute);
            }
        }

        element.Attributes = [.. merged];
    }

    private HtmlElement Insert(string name, HtmlAttribute[] attributes, bool push)
    {
        var element = new HtmlElement(name, attributes);
        Current.Append(element);
        // As in browsers, elements deeper than MaxDepth attach at that depth: their text stays, and every
        // search of the open elements stays bounded however deeply a page nests.
        if (push && _open.Count < MaxDepth)
        {
            _open.Add(element);
            Count(name, 1);
        }

        return element;
    }

    private void Pop()
    {
        if (_open.Count <= 2)
        {
            return;
        }

        Count(_open[^1].LocalName, -1);
        _open.RemoveAt(_open.Count - 1);
    }

    // Pops the element at the stack index and everything above it; a negative index pops nothing.
    private void PopFrom(int index)
    {
        if (index < 2)
        {
            return;
        }

        while (_open.Count > index)
        {
            Pop();
        }
    }

    private void Count(string name, int change)
    {
        switch (name)
        {
            case "p":
                _openParagraphs += change;
                break;
            case "li":
                _openListItems += change;
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                _openHeadings += change;
                break;
            case "table":
                _openTables += change;
                break;
            case "a":
                _openLinks += change;
                break;
            case "svg" or "math":
                _openForeign += change;
                _tokenizer.InForeignContent = _openForeign > 0;
                break;
        }
    }
}
