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
internal sealed partial class LineClassifier(BoilerplateMarkers markers, NewsTimeParser times)
{
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

    // "(Reuters)", "(AP Photo/Evan Vucci)", "(File Photo)": a short name in brackets, every word capitalised.
    [GeneratedRegex(@"^\p{Lu}[\p{L}.&'’\-]*(?:[ /]+(?:\p{Lu}[\p{L}.&'’\-]*|via|for|of|and))*$")]
    private static partial Regex BracketedCredit();
}
