using Parley.Core;

namespace Parley.Ingest.Html;

/// <summary>
/// Splits a figure's caption lines into the caption and its credit. News captions end with the
/// credit in a few fixed shapes: a separate line ("Photo: Jane Roe/Reuters"), a trailing
/// parenthesis ("(AP Photo/Ali Khan)"), or a trailing "Photograph: ..." clause.
/// </summary>
internal static class CaptionSplitter
{
    private static readonly string[] CreditMarkers =
    [
        "photo:", "photograph:", "photos:", "image:", "images:", "picture:", "credit:", "source:", "video:", "illustration:",
        "photo by", "image by", "photograph by", "©", "(c)",
    ];

    /// <summary>The caption and credit in <paramref name="lines"/> (either may be null).</summary>
    public static MediaItem Split(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return new MediaItem(null, null);
        }

        string? credit = null;
        var captionLines = new List<string>(lines.Count);
        foreach (string line in lines)
        {
            if (credit is null && line.Length < 100 && (IsCreditLine(line) || (lines.Count > 1 && line == lines[^1] && line.Length < 60)))
            {
                credit = StripMarker(line);
            }
            else
            {
                captionLines.Add(line);
            }
        }

        string? caption = captionLines.Count == 0 ? null : string.Join(" ", captionLines);
        if (credit is null && caption is not null)
        {
            (caption, credit) = SplitTrailingCredit(caption);
        }

        return new MediaItem(string.IsNullOrWhiteSpace(caption) ? null : caption, credit);
    }

    private static bool IsCreditLine(string line)
    {
        ReadOnlySpan<char> text = line.AsSpan().Trim().TrimStart('(');
        foreach (string marker in CreditMarkers)
        {
            if (text.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string StripMarker(string line)
    {
        string text = line.Trim().Trim('(', ')').Trim();
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon is > 0 and < 14 ? text[(colon + 1)..].Trim() : text;
    }

    private static (string Caption, string? Credit) SplitTrailingCredit(string caption)
    {
        string text = caption.TrimEnd();
        if (text.EndsWith(')'))
        {
            int open = text.LastIndexOf('(');
            if (open > 0 && IsCreditLine(text[open..]) || (open > 0 && text[open..].Contains("photo", StringComparison.OrdinalIgnoreCase)))
            {
                return (text[..open].TrimEnd(), StripMarker(text[open..]));
            }
        }

        foreach (string marker in CreditMarkers)
        {
            if (!marker.EndsWith(':'))
            {
                continue;
            }

            int at = text.LastIndexOf(" " + char.ToUpperInvariant(marker[0]) + marker[1..], StringComparison.Ordinal);
            if (at > 0 && text.Length - at < 80)
            {
                return (text[..at].TrimEnd(), text[(at + marker.Length + 1)..].Trim());
            }
        }

        return (text, null);
    }
}
