using Parley.Core;
using Parley.Ingest.Sources;
using Parley.TestKit;

namespace Parley.Ingest.Tests.Feeds;

public sealed class FeedReaderTests
{
    [Fact]
    public void Reads_rss_items_with_content_encoded_and_dc_creator()
    {
        List<SourceItem> items = new SourceReader().ReadFile(Fixture.PathOf("feeds/world-desk.rss")).ToList();
        items.Should().HaveCount(2);

        SourceDocument first = items[0].Document!;
        first.Source.Should().EndWith("world-desk.rss#1");
        first.Kind.Should().Be(ContentKind.HtmlFragment);
        first.Content.Should().Contain("critical minerals");
        first.Hints.Headline.Should().Be("Modi and Albanese hold talks on critical minerals");
        first.Hints.Byline.Should().Be("Priya Raman");
        first.Hints.Url.Should().Be("https://meridian-post.example/world/modi-albanese-minerals");
        first.Hints.Published!.Value.ToIso().Should().Be("2026-03-10T18:45:00+05:30");
        first.Hints.Outlet.Should().Be("The Meridian Post - World");

        SourceDocument second = items[1].Document!;
        second.Content.Should().StartWith("President Alexander Stubb");
        second.Hints.Published!.Value.ToIso().Should().Be("2026-03-11T07:10:00Z");
        second.Hints.Byline.Should().BeNull();
    }

    [Fact]
    public void Reads_atom_entries_with_html_content_or_summary()
    {
        List<SourceItem> items = new SourceReader().ReadFile(Fixture.PathOf("feeds/wire-service.atom")).ToList();
        items.Should().HaveCount(2);
        SourceDocument first = items[0].Document!;
        first.Kind.Should().Be(ContentKind.HtmlFragment);
        first.Content.Should().Contain("<p>European Union foreign ministers warned");
        first.Hints.Byline.Should().Be("Lukas Brandt");
        first.Hints.Url.Should().Be("https://northbound-wire.example/eu-sanctions-warning");
        first.Hints.Published!.Value.ToIso().Should().Be("2026-05-02T08:15:00+02:00");
        items[1].Document!.Content.Should().StartWith("Kenya and Ethiopia signed");
    }

    [Fact]
    public void Rejects_a_broken_feed_naming_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-broken-{Guid.NewGuid():N}.rss");
        File.WriteAllText(path, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Unclosed");
        try
        {
            Rejection rejection = new SourceReader().ReadFile(path).Should().ContainSingle().Which.Rejection!;
            rejection.Code.Should().Be(RejectionCodes.BadFeed);
            rejection.Source.Should().Be(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reads_json_lines_and_rejects_each_bad_line_by_number()
    {
        List<SourceItem> items = new SourceReader().ReadFile(Fixture.PathOf("batches/wire.jsonl")).ToList();
        items.Should().HaveCount(5);
        items[0].Document!.Kind.Should().Be(ContentKind.PlainText);
        items[0].Document!.Hints.Published!.Value.ToIso().Should().Be("2026-06-01T10:00:00+02:00");
        items[1].Document!.Kind.Should().Be(ContentKind.Html);
        items[1].Document!.Hints.Published!.Value.ToIso().Should().Be("2026-06-02");
        items[2].Rejection!.Code.Should().Be(RejectionCodes.BadJsonLine);
        items[2].Rejection!.Reason.Should().Contain("last Tuesday");
        items[3].Rejection!.Source.Should().EndWith("wire.jsonl#4");
        items[4].Rejection!.Reason.Should().Contain("neither");
    }
}
