using System.Collections.Frozen;

namespace Parley.Ingest.Html;

/// <summary>
/// Finds a page's standfirst (the dek or summary printed under the headline): an element named as
/// such in its class ("standfirst", "dek", "subtitle", "summary"...) before the body starts, or else
/// a meta description that says something the first paragraph does not.
/// </summary>
internal static class StandfirstFinder
{
    private const int MinChars = 30;
    private const int MaxChars = 600;

    private static readonly FrozenSet<string> DekWords = new[]
    {
        "standfirst", "dek", "deck", "subtitle", "subheadline", "strapline", "summary", "excerpt", "lede", "intro", "sapo",
        "description", "subhed", "teaser",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Wider: words that mark a block above the body as furniture of the heading area rather than the lead.
    private static readonly FrozenSet<string> HeadingAreaWords = new[]
    {
        "standfirst", "dek", "deck", "subtitle", "subheadline", "strapline", "summary", "excerpt", "lede", "intro", "sapo",
        "description", "subhed", "teaser", "heading", "header", "lead", "quote", "des", "desc",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadingAreaLookup =
        HeadingAreaWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DekLookup = DekWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The standfirst, or null when the page has none that differs from its first paragraph.</summary>
    /// <param name="layout">The flattened page.</param>
    /// <param name="firstBodyBlock">Index of the body's first element; a dek comes before it.</param>
    /// <param name="description">The page's meta description.</param>
    /// <param name="firstParagraph">The body's first paragraph, to tell a real summary from a copy of the lead.</param>
    public static string? Find(PageLayout layout, int firstBodyBlock, string? description, string? firstParagraph)
    {
        for (int i = 0; i < layout.Count && i < firstBodyBlock; i++)
        {
            if (layout.Chars[i] is < MinChars or > MaxChars || layout.LinkDensity(i) > 0.3 || !HasDekWord(layout.Elements[i].GetAttribute("class")))
            {
                continue;
            }

            if (PageMetadataReader.Clean(layout.Elements[i].TextContent) is { } text)
            {
                return text;
            }
        }

        if (description is null || description.Length < MinChars || firstParagraph is null)
        {
            return null;
        }

        // A description that is the lead paragraph cut short ("... said on…") is not a standfirst.
        string probe = description.TrimEnd('.', '…', ' ');
        probe = probe[..Math.Min(probe.Length, 80)];
        return firstParagraph.StartsWith(probe, StringComparison.OrdinalIgnoreCase)
            || firstParagraph.Contains(probe, StringComparison.OrdinalIgnoreCase) ? null : description;
    }

    /// <summary>Whether an element or one of its two nearest ancestors is named as a dek, summary, heading or quote.</summary>
    public static bool IsMarkedAsDek(PageLayout layout, int element)
    {
        for (int level = 0; element >= 0 && level < 3; level++, element = layout.Parents[element])
        {
            if (HasWord(layout.Elements[element].GetAttribute("class"), HeadingAreaLookup))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDekWord(string? className) => HasWord(className, DekLookup);

    private static bool HasWord(string? className, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        if (className is null)
        {
            return false;
        }

        ReadOnlySpan<char> text = className;
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool isWordChar = i < text.Length && char.IsAsciiLetterOrDigit(text[i]);
            if (!isWordChar && start >= 0)
            {
                if (words.Contains(text[start..i]))
                {
                    return true;
                }

                start = -1;
            }
            else if (isWordChar && start < 0)
            {
                start = i;
            }
        }

        return false;
    }
}
