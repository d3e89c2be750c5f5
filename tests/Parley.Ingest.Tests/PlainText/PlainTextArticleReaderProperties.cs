using System.Text;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Parley.Core;
using Parley.Ingest.PlainText;
using Parley.TestKit;

namespace Parley.Ingest.Tests.PlainText;

public sealed partial class PlainTextArticleReaderProperties
{
    private static readonly string[] Fixtures =
    [
        "reference-layout", "advertisements", "markup-remnants", "caption-duplicate-credit", "share-subscribe-related",
        "wire-dateline", "bbc-like", "us-eastern-time", "british-summer-time", "byline-time-line", "timestamps",
    ];

    public static TheoryData<string> FixtureNames => [.. Fixtures];

    [Property(Arbitrary = [typeof(ScrapedTextGenerator)], MaxTest = 300)]
    public bool Cleaning_a_clean_article_again_changes_nothing(ScrapedText page) => IsIdempotent(page.Value);

    [Property(Arbitrary = [typeof(ScrapedTextGenerator)], MaxTest = 300)]
    public bool Every_word_of_the_input_is_kept_removed_or_metadata(ScrapedText page) => AccountsForEveryWord(page.Value);

    [Property(Arbitrary = [typeof(ScrapedTextGenerator)], MaxTest = 300)]
    public bool Paragraphs_tile_the_text(ScrapedText page) => ParagraphsTile(Read(page.Value));

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixtures_keep_the_three_properties(string fixture)
    {
        string input = Fixture.Text($"plain/{fixture}.txt");
        IsIdempotent(input).Should().BeTrue();
        AccountsForEveryWord(input).Should().BeTrue();
        ParagraphsTile(Read(input)).Should().BeTrue();
    }

    [Fact]
    public void The_reference_article_keeps_the_three_properties()
    {
        string? path = Fixture.SharedPath("seed/article.txt");
        if (path is null)
        {
            Assert.Skip(Fixture.SharedMissing("seed/article.txt"));
        }

        string input = File.ReadAllText(path);
        IsIdempotent(input).Should().BeTrue();
        AccountsForEveryWord(input).Should().BeTrue();
        ParagraphsTile(Read(input)).Should().BeTrue();
    }

    private static Article Read(string input) =>
        PlainTextArticleReader.Default.Read(new SourceDocument("page.txt", ContentKind.PlainText, input, SourceHints.None)).Article
        ?? throw new InvalidOperationException("the page was rejected");

    // The clean article saved as a page (headline, standfirst, byline, time, body) reads back the same.
    private static bool IsIdempotent(string input)
    {
        Article first = Read(input);
        Article second = Read(Render(first));
        return second.Text == first.Text && second.Headline == first.Headline && second.Standfirst == first.Standfirst
            && second.Byline == first.Byline && second.Published == first.Published;
    }

    private static string Render(Article article)
    {
        var page = new StringBuilder();
        foreach (string? line in new[] { article.Headline, article.Standfirst, article.Byline })
        {
            if (line is not null)
            {
                page.Append(line).Append('\n');
            }
        }

        if (article.Published is { } published)
        {
            page.Append("Published: ").Append(published.ToIso()).Append('\n');
        }

        return page.Append('\n').Append(article.Text).ToString();
    }

    private static bool AccountsForEveryWord(string input)
    {
        Article article = Read(input);
        var output = new StringBuilder(article.Text);
        foreach (string? piece in new[] { article.Headline, article.Standfirst, article.Byline })
        {
            output.Append(' ').Append(piece);
        }

        foreach (RemovedPiece piece in article.Removed)
        {
            output.Append(' ').Append(piece.Text);
        }

        foreach (MediaItem media in article.Media)
        {
            output.Append(' ').Append(media.Caption).Append(' ').Append(media.Credit);
        }

        Dictionary<string, int> kept = Count(output.ToString());
        return Count(input).All(word => kept.GetValueOrDefault(word.Key) >= word.Value);
    }

    private static Dictionary<string, int> Count(string text) =>
        Word().Matches(text).GroupBy(match => match.Value, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

    // Every paragraph lies inside the text at the offset the blank-line layout gives it, trimmed and on one line.
    private static bool ParagraphsTile(Article article)
    {
        int offset = 0;
        foreach (string paragraph in article.Paragraphs)
        {
            if (paragraph.Length == 0 || paragraph != paragraph.Trim() || paragraph.Contains('\n', StringComparison.Ordinal)
                || offset + paragraph.Length > article.Text.Length
                || string.CompareOrdinal(article.Text, offset, paragraph, 0, paragraph.Length) != 0)
            {
                return false;
            }

            offset += paragraph.Length + 2;
        }

        return offset - 2 == article.Text.Length && article.Id == ArticleId.Of(article.Text);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
