using Parley.Ingest.Html.Markup;

namespace Parley.Ingest.Html;

/// <summary>
/// The attributes the extractor reads from an element, taken in one pass over its attribute list
/// (each lookup by name is a scan of the list, so six lookups would cost six scans).
/// </summary>
internal readonly record struct ElementFacts(string? Class, string? Id, string? Role, string? ItemProp, string? Rel, bool IsHidden)
{
    /// <summary>Reads the facts of one element.</summary>
    public static ElementFacts Of(HtmlElement element)
    {
        string? className = null;
        string? id = null;
        string? role = null;
        string? itemProp = null;
        string? rel = null;
        bool isHidden = false;
        foreach (HtmlAttribute attribute in element.Attributes)
        {
            switch (attribute.Name)
            {
                case "class":
                    className = attribute.Value;
                    break;
                case "id":
                    id = attribute.Value;
                    break;
                case "role":
                    role = attribute.Value;
                    break;
                case "itemprop":
                    itemProp = attribute.Value;
                    break;
                case "rel":
                    rel = attribute.Value;
                    break;
                case "hidden":
                    isHidden = true;
                    break;
                case "style":
                    isHidden |= StyleHides(attribute.Value);
                    break;
            }
        }

        return new ElementFacts(className, id, role, itemProp, rel, isHidden);
    }

    /// <summary>Whether an inline style hides the element (<c>display: none</c>, <c>visibility: hidden</c>).</summary>
    public static bool StyleHides(ReadOnlySpan<char> style)
    {
        int display = style.IndexOf("display", StringComparison.OrdinalIgnoreCase);
        if (display >= 0 && style[(display + 7)..].TrimStart().TrimStart(':').TrimStart().StartsWith("none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        int visibility = style.IndexOf("visibility", StringComparison.OrdinalIgnoreCase);
        return visibility >= 0
            && style[(visibility + 10)..].TrimStart().TrimStart(':').TrimStart().StartsWith("hidden", StringComparison.OrdinalIgnoreCase);
    }
}
