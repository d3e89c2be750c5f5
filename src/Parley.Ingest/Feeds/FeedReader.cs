using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Parley.Core;
using Parley.Ingest.Sources;

namespace Parley.Ingest.Feeds;

/// <summary>
/// Opens an RSS 2.0 or Atom 1.0 feed into one document per item: the item's full content
/// (<c>content:encoded</c> or Atom content) when present, else its description or summary, with the
/// title, link, date and author (including <c>dc:creator</c>) as hints.
/// </summary>
public static class FeedReader
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    /// <summary>The feed's items as documents; a malformed feed is one rejection naming the file.</summary>
    public static IEnumerable<SourceItem> Read(string path, string xml, SourceLimits limits, SourceHints defaults)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(defaults);
        SyndicationFeed feed;
        try
        {
            feed = Load(xml);
        }
        catch (XmlException error)
        {
            return [SourceItem.Rejected(path, RejectionCodes.BadFeed, $"not a well-formed RSS or Atom feed: {error.Message}")];
        }

        var items = new List<SourceItem>();
        int index = 0;
        string? outlet = defaults.Outlet ?? feed.Title?.Text?.Trim();
        foreach (SyndicationItem item in feed.Items)
        {
            index++;
            string source = $"{path}#{index}";
            (string content, bool isHtml) = ContentOf(item);
            if (content.Length > limits.MaxItemChars)
            {
                items.Add(SourceItem.Rejected(source, RejectionCodes.TooLarge,
                    $"the item holds {content.Length:N0} characters; the limit is {limits.MaxItemChars:N0}"));
                continue;
            }

            var hints = new SourceHints(
                Url: item.Links.FirstOrDefault(link => link.RelationshipType is null or "alternate")?.Uri?.ToString()
                    ?? item.Id,
                Published: defaults.Published ?? DateOf(item),
                Headline: item.Title?.Text?.Trim(),
                Byline: AuthorOf(item),
                Outlet: outlet);
            items.Add(SourceItem.Of(new SourceDocument(source, isHtml ? ContentKind.HtmlFragment : ContentKind.PlainText, content, hints)));
        }

        if (items.Count == 0)
        {
            return [SourceItem.Rejected(path, RejectionCodes.BadFeed, "the feed has no items")];
        }

        return items;
    }

    private static SyndicationFeed Load(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore, // no external entities: feeds come from strangers
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
        };
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, settings);
        reader.MoveToContent();
        // Feeds in the wild carry dates in every format; a bad date must not lose the whole feed.
        SyndicationFeedFormatter formatter = reader.LocalName == "feed" ? new Atom10FeedFormatter() : new Rss20FeedFormatter();
        formatter.DateTimeParser = ParseFeedDate;
        if (!formatter.CanRead(reader))
        {
            throw new XmlException($"the root element <{reader.Name}> is neither RSS 2.0 <rss> nor Atom <feed>");
        }

        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static bool ParseFeedDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        string text = data.DateTimeString.Trim();
        // RFC 822 zone names that DateTimeOffset does not know.
        foreach ((string zone, string offset) in new[] { ("GMT", "+0000"), ("UT", "+0000"), ("EST", "-0500"), ("EDT", "-0400"),
                     ("CST", "-0600"), ("CDT", "-0500"), ("MST", "-0700"), ("MDT", "-0600"), ("PST", "-0800"), ("PDT", "-0700"), ("Z", "+0000") })
        {
            if (text.EndsWith(" " + zone, StringComparison.Ordinal))
            {
                text = text[..^zone.Length] + offset;
                break;
            }
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value)
            || DateTimeOffset.TryParseExact(text, ["ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz"],
                CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value);
    }

    private static NewsTime? DateOf(SyndicationItem item)
    {
        DateTimeOffset when = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        return when == default ? null : NewsTime.At(when);
    }

    private static (string Content, bool IsHtml) ContentOf(SyndicationItem item)
    {
        string? encoded = item.ElementExtensions
            .Where(e => e.OuterNamespace == ContentNamespace && e.OuterName == "encoded")
            .Select(e => e.GetObject<XElement>().Value)
            .FirstOrDefault();
        if (!string.IsNullOrWhiteSpace(encoded))
        {
            return (encoded, true);
        }

        switch (item.Content)
        {
            case TextSyndicationContent text when !string.IsNullOrWhiteSpace(text.Text):
                return (text.Text, text.Type != "text");
            default:
                break;
        }

        string summary = item.Summary?.Text ?? string.Empty;
        return (summary, item.Summary?.Type != "text" || summary.Contains('<', StringComparison.Ordinal));
    }

    private static string? AuthorOf(SyndicationItem item)
    {
        string? author = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a));
        if (author is not null)
        {
            return author.Trim();
        }

        return item.ElementExtensions
            .Where(e => e.OuterNamespace == DublinCoreNamespace && e.OuterName == "creator")
            .Select(e => e.GetObject<XElement>().Value.Trim())
            .FirstOrDefault(a => a.Length > 0);
    }
}
