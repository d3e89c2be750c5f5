using Parley.Core;

namespace Parley.Ingest.PlainText;

/// <summary>
/// The second pass: image captions and their credits. A caption is text wrapped in markup that the
/// markup calls a caption, that the page repeats as a plain line, or that a credit line follows. The
/// plain repeat is removed as a duplicate; a credit line goes to the caption just above it.
/// </summary>
internal static class MediaCollector
{
    // How far above a credit line its caption may sit: the caption, its plain duplicate, the credit.
    private const int CreditReachLines = 3;
    private const int MaxCaptionWords = 60;

    /// <summary>Marks captions, duplicates and credits in <paramref name="lines"/> and returns the media in order.</summary>
    public static IReadOnlyList<MediaItem> Collect(IReadOnlyList<ScrapedLine> lines)
    {
        List<ScrapedLine> present = lines.Where(line => line.Raw.Length > 0).ToList();
        MarkCaptions(present);
        var captions = new Dictionary<ScrapedLine, string?>();
        foreach (ScrapedLine caption in present.Where(line => line.Role == LineRole.Caption))
        {
            captions[caption] = null;
        }

        var creditsAlone = new List<(ScrapedLine Line, string Credit)>();
        for (int index = 0; index < present.Count; index++)
        {
            ScrapedLine line = present[index];
            if (line.Credit is not { } credit)
            {
                continue;
            }

            ScrapedLine? caption = CaptionAbove(present, index, captions);
            if (caption is not null)
            {
                captions[caption] = credit;
            }
            else
            {
                creditsAlone.Add((line, credit));
            }
        }

        RemoveDuplicates(present);
        return captions.Select(pair => (pair.Key.Number, Item: new MediaItem(pair.Key.Text, pair.Value)))
            .Concat(creditsAlone.Select(alone => (alone.Line.Number, Item: new MediaItem(null, alone.Credit))))
            .OrderBy(pair => pair.Number)
            .Select(pair => pair.Item)
            .ToList();
    }

    private static void MarkCaptions(List<ScrapedLine> present)
    {
        var plainTexts = present.Where(line => line.Role == LineRole.Body && line.StrippedTags is null)
            .Select(line => Normalise(line.Text)).ToHashSet(StringComparer.Ordinal);
        for (int index = 0; index < present.Count; index++)
        {
            ScrapedLine line = present[index];
            if (line.Role != LineRole.Body || line.StrippedTags is null)
            {
                continue;
            }

            bool isRepeated = plainTexts.Contains(Normalise(line.Text));
            bool hasCreditBelow = index + 1 < present.Count && present[index + 1].Credit is not null;
            if (line.IsCaptionMarkup || isRepeated || hasCreditBelow)
            {
                line.Role = LineRole.Caption;
                line.Reason = RemovalReasons.Markup;
            }
        }
    }

    // The page printing a caption a second time as a plain line: drop the copy, keep the caption.
    private static void RemoveDuplicates(List<ScrapedLine> present)
    {
        var captions = present.Where(line => line.Role == LineRole.Caption).Select(line => Normalise(line.Text)).ToHashSet(StringComparer.Ordinal);
        foreach (ScrapedLine line in present.Where(line => line.Role == LineRole.Body && line.StrippedTags is null))
        {
            if (captions.Contains(Normalise(line.Text)))
            {
                line.Remove(RemovalReasons.DuplicateCaption);
            }
        }
    }

    private static ScrapedLine? CaptionAbove(List<ScrapedLine> present, int creditIndex, Dictionary<ScrapedLine, string?> captions)
    {
        for (int index = creditIndex - 1; index >= 0 && index >= creditIndex - CreditReachLines; index--)
        {
            ScrapedLine above = present[index];
            if (above.Role == LineRole.Caption)
            {
                return captions[above] is null ? above : null;
            }
        }

        // A plain caption line: a short line standing alone right above a photo credit ("Photo: AFP").
        // A bare "(Reuters)" does not make the paragraph above it a caption: wire copy ends that way.
        ScrapedLine credit = present[creditIndex];
        if (creditIndex == 0 || credit.Text.StartsWith('('))
        {
            return null;
        }

        // Captions sit above or between paragraphs: a line with no text after its credit is the
        // story's last paragraph, not a caption.
        ScrapedLine previous = present[creditIndex - 1];
        bool standsAlone = previous.Role == LineRole.Body
            && !present.Any(other => other != previous && other.Block == previous.Block && other.Role == LineRole.Body)
            && previous.Text.Split(' ').Length <= MaxCaptionWords
            && present.Skip(creditIndex + 1).Any(later => later.Role == LineRole.Body && !Same(later.Text, previous.Text));
        if (!standsAlone)
        {
            return null;
        }

        previous.Role = LineRole.Caption;
        captions[previous] = null;
        return previous;
    }

    private static bool Same(string left, string right) =>
        string.Equals(Normalise(left), Normalise(right), StringComparison.Ordinal);

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
}
