using Parley.Ingest.Time;

namespace Parley.Ingest.PlainText;

/// <summary>
/// The body: paragraphs in order, and the wire dateline opening the first one, if any.
/// <paramref name="DatelineLine"/> is the line number of a dateline printed on a line of its own
/// (removed from the text), or 0 when the dateline stays at the head of the first paragraph.
/// </summary>
internal sealed record ArticleBody(IReadOnlyList<string> Paragraphs, WireDateline? Dateline, int DatelineLine);

/// <summary>
/// The last pass: the lines still taken as content become paragraphs. Lines of one block (no blank
/// line between them) are one paragraph joined by spaces, since scrapers wrap long paragraphs, unless
/// a debris line stands between them; a dateline that opens the first paragraph is read.
/// </summary>
internal sealed class BodyAssembler(WireDatelineReader datelines)
{
    /// <summary>Joins the content lines of <paramref name="lines"/> into paragraphs.</summary>
    public ArticleBody Assemble(IReadOnlyList<ScrapedLine> lines, DateOnly? reference)
    {
        var paragraphs = new List<string>();
        WireDateline? dateline = null;
        int datelineLine = 0;
        foreach (List<ScrapedLine> run in ContentRuns(lines))
        {
            string paragraph = string.Join(' ', run.Select(line => line.Text));
            if (paragraphs.Count == 0 && dateline is null && datelines.Read(paragraph + " ", reference) is { } found)
            {
                // The dateline is read for its date and agency but stays in the text: it is part of the
                // story's first sentence as the wire sent it. Only a dateline on a line of its own goes.
                dateline = found;
                if (found.Text.TrimEnd().Length >= paragraph.Length)
                {
                    datelineLine = run[0].Number;
                    continue;
                }
            }

            paragraphs.Add(paragraph);
        }

        return new ArticleBody(paragraphs, dateline, datelineLine);
    }

    // Runs of content lines with no blank line and no other line between them. A debris line inside a
    // block ends the paragraph: pages put advertisements between paragraphs, never inside one.
    private static IEnumerable<List<ScrapedLine>> ContentRuns(IReadOnlyList<ScrapedLine> lines)
    {
        var run = new List<ScrapedLine>();
        foreach (ScrapedLine line in lines)
        {
            if (run.Count > 0 && (!line.IsContent || line.Block != run[^1].Block))
            {
                yield return run;
                run = [];
            }

            if (line.IsContent)
            {
                run.Add(line);
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
