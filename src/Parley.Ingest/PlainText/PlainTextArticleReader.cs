using System.Collections.Immutable;
using Parley.Core;
using Parley.Ingest.Time;

namespace Parley.Ingest.PlainText;

/// <summary>
/// Reads text as a scraper saved it into a clean <see cref="Article"/>: headline and standfirst
/// (split when glued on one line), byline, publication and update times with their zone, image
/// captions and credits as media, and the body paragraphs; every line that is not the article is
/// listed in <see cref="Article.Removed"/> with its reason. Outside facts in
/// <see cref="SourceDocument.Hints"/> win over what the text says. Immutable; safe to share between threads.
/// </summary>
public sealed class PlainTextArticleReader
{
    private static readonly Lazy<PlainTextArticleReader> Shipped = new(() =>
        new PlainTextArticleReader(BoilerplateMarkers.Default, BylineReader.Default, NewsTimeParser.Default));

    private readonly LineClassifier _classifier;
    private readonly HeaderReader _header;
    private readonly BodyAssembler _body;

    /// <summary>Creates a reader over the given knowledge.</summary>
    public PlainTextArticleReader(BoilerplateMarkers markers, BylineReader bylines, NewsTimeParser times)
    {
        ArgumentNullException.ThrowIfNull(markers);
        ArgumentNullException.ThrowIfNull(bylines);
        ArgumentNullException.ThrowIfNull(times);
        _classifier = new LineClassifier(markers, bylines, times);
        _header = new HeaderReader(bylines);
        _body = new BodyAssembler(new WireDatelineReader(times));
    }

    /// <summary>The reader over the knowledge shipped in data/.</summary>
    public static PlainTextArticleReader Default => Shipped.Value;

    /// <summary>Reads one plain-text document; rejects it with <see cref="RejectionCodes.EmptyBody"/> when no body is left.</summary>
    public ReadOutcome Read(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        List<ScrapedLine> lines = Split(document.Content);
        SourceHints hints = document.Hints;
        StatedTimes stated = _classifier.Classify(lines, hints.Published?.Date);
        IReadOnlyList<MediaItem> media = MediaCollector.Collect(lines);
        ArticleHeader header = _header.Read(lines, hints);
        NewsTime? published = hints.Published ?? stated.Published;
        ArticleBody body = _body.Assemble(lines, (published ?? stated.Updated)?.Date);
        if (body.Paragraphs.Count == 0 && lines.FirstOrDefault(line => line.Role == LineRole.Standfirst) is { } standfirstLine)
        {
            // What looked like a standfirst is all the text there is: it is the body.
            standfirstLine.Role = LineRole.Body;
            header = header with { Standfirst = hints.Standfirst };
            body = _body.Assemble(lines, (published ?? stated.Updated)?.Date);
        }

        if (body.Paragraphs.Count == 0)
        {
            return ReadOutcome.Rejected(document.Source, RejectionCodes.EmptyBody,
                $"no body text left after cleaning ({lines.Count(line => line.Role == LineRole.Removed)} line(s) removed as debris)");
        }

        string text = string.Join("\n\n", body.Paragraphs);
        string? byline = header.Byline ?? body.Dateline?.Agency;
        var article = new Article(ArticleId.Of(text), header.Headline, header.Standfirst, byline, hints.Outlet,
            published ?? body.Dateline?.Date, stated.Updated, "en", text, [.. media], RemovedPieces(lines, body), hints.Url);
        return ReadOutcome.Accepted(document.Source, article);
    }

    private static List<ScrapedLine> Split(string content)
    {
        var lines = new List<ScrapedLine>();
        int block = 0;
        int number = 0;
        bool previousBlank = false;
        foreach (string rawLine in content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            number++;
            string line = rawLine.Replace('\u00a0', ' ').Trim();
            if (line.Length == 0)
            {
                if (!previousBlank && lines.Count > 0)
                {
                    block++;
                }

                previousBlank = true;
                continue;
            }

            previousBlank = false;
            lines.Add(new ScrapedLine(number, block, line));
        }

        return lines;
    }

    private static ImmutableArray<RemovedPiece> RemovedPieces(List<ScrapedLine> lines, ArticleBody body)
    {
        ImmutableArray<RemovedPiece>.Builder removed = ImmutableArray.CreateBuilder<RemovedPiece>();
        foreach (ScrapedLine line in lines)
        {
            if (body.Dateline is { } dateline && line.Number == body.DatelineLine)
            {
                removed.Add(new RemovedPiece(dateline.Text.Trim(), RemovalReasons.Dateline));
            }

            if (line.Role == LineRole.Removed || line.Role == LineRole.Caption && line.StrippedTags is not null)
            {
                removed.Add(new RemovedPiece(line.Raw, line.Reason ?? RemovalReasons.Markup));
            }
            else if (line.StrippedTags is { } tags && line.Role != LineRole.Caption)
            {
                removed.Add(new RemovedPiece(tags, RemovalReasons.Markup));
            }
        }

        return removed.ToImmutable();
    }
}
