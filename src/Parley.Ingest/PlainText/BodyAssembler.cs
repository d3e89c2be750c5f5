using Parley.Ingest.Time;

namespace Parley.Ingest.PlainText;

/// <summary>The body: paragraphs in order, and the wire dateline cut from the first one, if any.</summary>
internal sealed record ArticleBody(IReadOnlyList<string> Paragraphs, WireDateline? Dateline, int DatelineLine);

/// <summary>
/// The last pass: the lines still taken as content become paragraphs. Lines of one block (no blank
/// line between them) are one paragraph joined by spaces, since scrapers wrap long paragraphs; a
/// dateline that opens the first paragraph is cut and read.
/// </summary>
internal sealed class BodyAssembler(WireDatelineReader datelines)
{
    /// <summary>Joins the content lines of <paramref name="lines"/> into paragraphs.</summary>
    public ArticleBody Assemble(IReadOnlyList<ScrapedLine> lines, DateOnly? reference)
    {
        var paragraphs = new List<string>();
        WireDateline? dateline = null;
        int datelineLine = 0;
        foreach (IGrouping<int, ScrapedLine> block in lines.Where(line => line.IsContent).GroupBy(line => line.Block))
        {
            string paragraph = string.Join(' ', block.Select(line => line.Text));
            if (paragraphs.Count == 0 && dateline is null && datelines.Read(paragraph, reference) is { } found)
            {
                dateline = found;
                datelineLine = block.First().Number;
                paragraph = paragraph[found.Text.Length..].Trim();
                if (paragraph.Length == 0)
                {
                    continue; // a dateline on a line of its own
                }
            }

            paragraphs.Add(paragraph);
        }

        return new ArticleBody(paragraphs, dateline, datelineLine);
    }
}
