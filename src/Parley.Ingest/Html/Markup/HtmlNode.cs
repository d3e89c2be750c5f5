using System.Text;

namespace Parley.Ingest.Html.Markup;

/// <summary>A node of Parley's own HTML tree: an element or a run of text. Comments and doctypes are not kept.</summary>
internal abstract class HtmlNode
{
    /// <summary>The element this node sits in, or null for the root.</summary>
    public HtmlElement? Parent { get; internal set; }

    /// <summary>The next node under the same parent, or null.</summary>
    public HtmlNode? NextSibling { get; internal set; }
}

/// <summary>A run of text with its character references decoded.</summary>
internal sealed class HtmlText(string data) : HtmlNode
{
    private string _data = data;

    // Text split by thousands of dropped comments or stray tags grows here, not by copying the string each time.
    private StringBuilder? _more;

    /// <summary>The text.</summary>
    public string Data
    {
        get
        {
            if (_more is not null)
            {
                _data = _more.ToString();
                _more = null;
            }

            return _data;
        }
    }

    /// <summary>Adds text at the end (in linear time however often it is called).</summary>
    internal void Append(string text)
    {
        _more ??= new StringBuilder(_data);
        _more.Append(text);
    }
}

/// <summary>One attribute: its lower-case name and decoded value.</summary>
internal readonly record struct HtmlAttribute(string Name, string Value);

/// <summary>An element: its lower-case tag name, attributes in source order (first of a repeated name wins) and children.</summary>
internal sealed class HtmlElement(string name, HtmlAttribute[] attributes) : HtmlNode
{
    /// <summary>The lower-case tag name.</summary>
    public string LocalName { get; } = name;

    /// <summary>The attributes in source order.</summary>
    public HtmlAttribute[] Attributes { get; internal set; } = attributes;

    /// <summary>The first child, or null.</summary>
    public HtmlNode? FirstChild { get; private set; }

    /// <summary>The last child, or null.</summary>
    public HtmlNode? LastChild { get; private set; }

    /// <summary>The value of an attribute, or null when the element has none of that name.</summary>
    public string? GetAttribute(string name)
    {
        foreach (HtmlAttribute attribute in Attributes)
        {
            if (string.Equals(attribute.Name, name, StringComparison.Ordinal))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>The text of every text node below the element, in document order (as the DOM's textContent).</summary>
    public string TextContent
    {
        get
        {
            var text = new StringBuilder();
            // Walk by parent and sibling links: no recursion, however deep the subtree.
            HtmlNode? node = FirstChild;
            while (node is not null)
            {
                if (node is HtmlText run)
                {
                    text.Append(run.Data);
                }
                else if (node is HtmlElement { FirstChild: { } first })
                {
                    node = first;
                    continue;
                }

                while (node is not null && node != this && node.NextSibling is null)
                {
                    node = node.Parent;
                }

                node = node is null || node == this ? null : node.NextSibling;
            }

            return text.ToString();
        }
    }

    /// <summary>Adds a child at the end.</summary>
    internal void Append(HtmlNode child)
    {
        child.Parent = this;
        if (LastChild is null)
        {
            FirstChild = child;
        }
        else
        {
            LastChild.NextSibling = child;
        }

        LastChild = child;
    }
}

/// <summary>A parsed page: the html element with its head and body (both always present, as in a browser).</summary>
internal sealed class HtmlDocument(HtmlElement documentElement, HtmlElement head, HtmlElement body)
{
    /// <summary>The html element.</summary>
    public HtmlElement DocumentElement { get; } = documentElement;

    /// <summary>The head element.</summary>
    public HtmlElement Head { get; } = head;

    /// <summary>The body element.</summary>
    public HtmlElement Body { get; } = body;
}
