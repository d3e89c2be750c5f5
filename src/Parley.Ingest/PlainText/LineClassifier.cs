using System.Text.RegularExpressions;
using Parley.Core;
using Parley.Ingest.Time;

namespace Parley.Ingest.PlainText;

/// <summary>The publication and update times read from a text's own time lines, before those lines are removed.</summary>
internal sealed record StatedTimes(NewsTime? Published, NewsTime? Updated);

/// <summary>
/// The first pass over scraped lines: each line on its own is markup, boilerplate, a time line, a
/// credit, or (for now) content. Times are read from time lines before the lines are removed.
/// </summary>
internal sealed partial class LineClassifier(BoilerplateMarkers markers, BylineReader bylines, NewsTimeParser times)
{
    private static readonly string[] SegmentSeparators = [" | ", " · ", " • "];

    private const int MaxCreditWords = 10;

    /// <summary>Classifies <paramref name="lines"/> in place and returns the times their time lines state.</summary>
    public StatedTimes Classify(IReadOnlyList<ScrapedLine> lines, DateOnly? reference)
    {
        NewsTime? published = null;
        NewsTime? updated = null;
        for (int index = 0; index < lines.Count; index++)
        {
            ScrapedLine line = lines[index];
            if (line.Role != LineRole.Body)
            {
                continue; // already taken by a block marker above it
            }

            if (MarkupStripper.Strip(line.Raw) is { } stripped)
            {
                if (stripped.Text.Length == 0)
                {
                    line.Remove(RemovalReasons.Markup);
                    continue;
                }

                line.Text = stripped.Text;
                line.StrippedTags = stripped.Tags;
                line.IsCaptionMarkup = stripped.IsCaption;
            }

            // "(Published 06 February 2026, 15:28 IST)" and "(Reuters)" are read without their brackets.
            bool isBracketed = line.Text.Length > 2 && line.Text[0] == '(' && line.Text[^1] == ')';
            string inner = isBracketed ? line.Text[1..^1].Trim() : line.Text;
            if (ReadCombinedLine(line, inner, reference, ref published, ref updated))
            {
                continue;
            }

            if (markers.Find(inner) is { } hit && Apply(hit, line, lines, index, reference, ref published, ref updated))
            {
                continue;
            }

            if (isBracketed && BracketedCredit().IsMatch(inner) && inner.Split(' ').Length <= MaxCreditWords)
            {
                line.Remove(RemovalReasons.Credit);
                line.Credit = inner;
                continue;
            }

            // A line that is only a date and time ("February 6, 2026 15:28 IST") states when the page was published.
            if (inner.Any(char.IsDigit) && times.TryParse(inner, out NewsTime bare, reference))
            {
                line.Remove(RemovalReasons.PublicationLine);
                line.IsHeaderMetadata = true;
                published ??= bare;
            }
        }

        return new StatedTimes(published, updated);
    }

    // "By Jane Doe | Updated: Feb 6, 2026, 15:28 IST" or "PTI | 06 February 2026 15:28 IST": a byline and
    // times on one line, separated by bars or dots. Every part must be a byline or a time, and one a time.
    private bool ReadCombinedLine(ScrapedLine line, string text, DateOnly? reference, ref NewsTime? published, ref NewsTime? updated)
    {
        string[] parts = text.Split(SegmentSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return false;
        }

        string? byline = null;
        NewsTime? partPublished = null;
        NewsTime? partUpdated = null;
        foreach (string part in parts)
        {
            if (markers.Find(part) is { Marker.Reason: RemovalReasons.PublicationLine or RemovalReasons.UpdateLine } hit
                && times.TryParse(hit.Rest.TrimStart(':', '-').Trim(), out NewsTime labelled, reference))
            {
                if (hit.Marker.Reason == RemovalReasons.PublicationLine)
                {
                    partPublished ??= labelled;
                }
                else
                {
                    partUpdated ??= labelled;
                }
            }
            else if (times.TryParse(part, out NewsTime bare, reference))
            {
                partPublished ??= bare;
            }
            else if (byline is null && bylines.Read(part, allowBareNames: true) is { } found)
            {
                byline = found;
            }
            else
            {
                return false;
            }
        }

        if (partPublished is null && partUpdated is null)
        {
            return false;
        }

        line.Remove(byline is null ? RemovalReasons.PublicationLine : RemovalReasons.Byline);
        line.Byline = byline;
        line.IsHeaderMetadata = true;
        published ??= partPublished;
        updated ??= partUpdated;
        return true;
    }

    private bool Apply(MarkerHit hit, ScrapedLine line, IReadOnlyList<ScrapedLine> lines, int index, DateOnly? reference,
        ref NewsTime? published, ref NewsTime? updated)
    {
        string reason = hit.Marker.Reason;
        switch (reason)
        {
            case RemovalReasons.PublicationLine or RemovalReasons.UpdateLine:
                if (times.IsEmptyTimestamp(hit.Rest))
                {
                    line.Remove(RemovalReasons.EmptyTimestamp);
                    line.IsHeaderMetadata = true;
                    return true;
                }

                // "Updated figures show ..." starts like a time line but is a sentence: only a readable time counts.
                if (!times.TryParse(hit.Rest.TrimStart(':', '-', '|').Trim(), out NewsTime time, reference))
                {
                    return false;
                }

                line.Remove(reason);
                line.IsHeaderMetadata = true;
                if (reason == RemovalReasons.PublicationLine)
                {
                    published ??= time;
                }
                else
                {
                    updated ??= time;
                }

                return true;
            case RemovalReasons.Credit:
                string credit = hit.Rest.Trim();
                if (credit.Length == 0 || credit.Split(' ').Length > MaxCreditWords)
                {
                    return false;
                }

                line.Remove(reason);
                line.Credit = credit;
                return true;
            case RemovalReasons.AlsoRead when hit.Rest.Trim('|', ':', ' ').Length == 0:
                // "Also Read" alone: the linked headline follows on the next line of the block.
                line.Remove(reason);
                if (index + 1 < lines.Count && lines[index + 1].Block == line.Block && IsLinkTitle(lines[index + 1].Text))
                {
                    lines[index + 1].Remove(reason);
                }

                return true;
            default:
                line.Remove(reason);
                if (hit.Marker.Match == MarkerMatch.Block)
                {
                    // "Related stories" takes the headlines listed under it, up to the blank line.
                    for (int next = index + 1; next < lines.Count && lines[next].Block == line.Block; next++)
                    {
                        lines[next].Remove(reason);
                    }
                }

                return true;
        }
    }

    private static bool IsLinkTitle(string text)
    {
        string end = text.TrimEnd('"', '\'', '’', '”');
        return text.Split(' ').Length <= 20 && end.Length > 0 && end[^1] is not ('.' or ',' or ';');
    }

    // "(Reuters)", "(AP Photo/Evan Vucci)", "(File Photo)": a short name in brackets, every word capitalised.
    [GeneratedRegex(@"^\p{Lu}[\p{L}.&'’\-]*(?:[ /]+(?:\p{Lu}[\p{L}.&'’\-]*|via|for|of|and))*$")]
    private static partial Regex BracketedCredit();
}
