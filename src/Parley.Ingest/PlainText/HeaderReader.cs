using Parley.Core;

namespace Parley.Ingest.PlainText;

/// <summary>The headline, standfirst and byline found above the body.</summary>
internal sealed record ArticleHeader(string? Headline, string? Standfirst, string? Byline);

/// <summary>
/// The third pass: the article's header. The first content line is the headline when it reads as one
/// (no final period, not too long), or the headline and standfirst glued together
/// (<see cref="HeadlineSplitter"/>). Below it, a content line followed by a byline or a time line is
/// the standfirst: a page prints headline, standfirst, then byline and time, while a body paragraph
/// is followed by more paragraphs. The byline is the first byline line in the header.
/// </summary>
internal sealed class HeaderReader(BylineReader bylines)
{
    private const int MaxHeadlineWords = 30;
    private const int MaxStandfirstWords = 80;

    // Content lines to look past for a byline or time line before the header is taken to have ended.
    private const int MaxHeaderContentLines = 2;

    /// <summary>Marks the header's lines in <paramref name="lines"/> and returns what they say.</summary>
    public ArticleHeader Read(IReadOnlyList<ScrapedLine> lines, SourceHints hints)
    {
        List<ScrapedLine> present = lines.Where(line => line.Raw.Length > 0).ToList();
        string? byline = null;
        int first = FirstHeadlineCandidate(present, ref byline);
        if (first < 0)
        {
            return new ArticleHeader(hints.Headline, hints.Standfirst, hints.Byline ?? byline);
        }

        (string? headline, string? standfirst, int scanFrom) = ReadHeadline(present[first], first, hints);
        // A byline-and-time line may sit above the headline on some mobile layouts.
        byline ??= present.Take(first).Select(line => line.Byline).FirstOrDefault(found => found is not null);
        if (standfirst is null && hints.Standfirst is null && scanFrom > first && StandfirstUnderHeadline(present, scanFrom) is { } under)
        {
            under.Role = LineRole.Standfirst;
            standfirst = under.Text;
        }

        var pending = new List<ScrapedLine>();
        for (int index = scanFrom; index < present.Count; index++)
        {
            ScrapedLine line = present[index];
            if (line.IsContent && byline is null && bylines.Read(line.Text, allowBareNames: true) is { } found)
            {
                byline = found;
                line.Remove(RemovalReasons.Byline);
                line.IsHeaderMetadata = true;
            }

            if (line.IsHeaderMetadata)
            {
                byline ??= line.Byline;
                if (pending.Count == 1 && standfirst is null && hints.Standfirst is null && IsStandfirst(pending[0].Text))
                {
                    pending[0].Role = LineRole.Standfirst;
                    standfirst = pending[0].Text;
                }

                pending.Clear();
                continue;
            }

            if (line.IsContent)
            {
                pending.Add(line);
                if (pending.Count > MaxHeaderContentLines)
                {
                    break;
                }
            }
        }

        return new ArticleHeader(hints.Headline ?? headline, hints.Standfirst ?? standfirst, hints.Byline ?? byline);
    }

    // Above the headline a page may print a breadcrumb ("World > Asia") or a byline ("By Jane Doe",
    // "Reuters"); neither is the headline. Bare names and desks are not taken here: above the headline
    // they are as likely a section name or a headline in title case.
    private int FirstHeadlineCandidate(List<ScrapedLine> present, ref string? byline)
    {
        for (int index = 0; index < present.Count; index++)
        {
            ScrapedLine line = present[index];
            if (!line.IsContent)
            {
                continue;
            }

            if (IsBreadcrumb(line.Text))
            {
                line.Remove(RemovalReasons.Navigation);
                continue;
            }

            // Only a "By ..." line or an agency counts here: "Trump Fires White House Staff" ends like a desk byline.
            bool isMarked = line.Text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) || bylines.IsAgency(line.Text);
            if (byline is null && isMarked && bylines.Read(line.Text, allowBareNames: false) is { } found)
            {
                byline = found;
                line.Remove(RemovalReasons.Byline);
                line.IsHeaderMetadata = true;
                continue;
            }

            return index;
        }

        return -1;
    }

    private static bool IsBreadcrumb(string text)
    {
        string[] crumbs = text.Split([" > ", " » ", " / ", " › "], StringSplitOptions.TrimEntries);
        return crumbs.Length >= 2 && crumbs.All(crumb => crumb.Length > 0 && crumb.Split(' ').Length <= 3 && !crumb.Any(char.IsPunctuation));
    }

    private static (string? Headline, string? Standfirst, int ScanFrom) ReadHeadline(ScrapedLine line, int index, SourceHints hints)
    {
        if (hints.Headline is { } given && !SameWords(given, line.Text))
        {
            return (null, null, index); // the feed's title is not repeated in the text: no headline line to find
        }

        if (HeadlineSplitter.Split(line.Text) is { } glued)
        {
            line.Role = LineRole.Headline;
            return (glued.Headline, glued.Standfirst, index + 1);
        }

        if (IsHeadline(line.Text) || hints.Headline is not null)
        {
            line.Role = LineRole.Headline;
            return (line.Text, null, index + 1);
        }

        return (null, null, index);
    }

    // "Headline\nOne full sentence.\n\nBody...": a sentence in the headline's own block, ending it, is the
    // standfirst; body paragraphs stand apart from the headline behind a blank line. When every line is
    // in one block (a scraper that drops blank lines) nothing is taken.
    private static ScrapedLine? StandfirstUnderHeadline(List<ScrapedLine> present, int index)
    {
        if (index >= present.Count || !present[index].IsContent || present[index].Block != present[index - 1].Block
            || index + 1 < present.Count && present[index + 1].Block == present[index].Block
            || !present.Skip(index + 1).Any(line => line.IsContent) || !IsStandfirst(present[index].Text))
        {
            return null;
        }

        return present[index];
    }

    private static bool IsHeadline(string text)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string end = text.TrimEnd('"', '\'', '’', '”');
        return words.Length <= MaxHeadlineWords && !end.EndsWith('.') && !end.EndsWith(':') && !end.EndsWith(',');
    }

    private static bool IsStandfirst(string text)
    {
        string end = text.TrimEnd('"', '\'', '’', '”', ')');
        return text.Split(' ').Length <= MaxStandfirstWords && end.Length > 0 && end[^1] is '.' or '!' or '?';
    }

    private static bool SameWords(string left, string right) =>
        string.Equals(
            string.Join(' ', left.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', right.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            StringComparison.OrdinalIgnoreCase);
}
