using Parley.Core;
using Parley.Ingest.PlainText;
using Parley.TestKit;

namespace Parley.Ingest.Tests.PlainText;

public sealed partial class PlainTextArticleReaderTests
{
    private const string GoldenFolder = "tests/Parley.Ingest.Tests/PlainText";

    internal static Article ReadFixture(string name, SourceHints? hints = null)
    {
        var document = new SourceDocument($"plain/{name}", ContentKind.PlainText, Fixture.Text($"plain/{name}"), hints ?? SourceHints.None);
        ReadOutcome outcome = PlainTextArticleReader.Default.Read(document);
        outcome.Rejection.Should().BeNull();
        return outcome.Article!;
    }

    internal static Article Read(string text, SourceHints? hints = null)
    {
        ReadOutcome outcome = PlainTextArticleReader.Default.Read(new SourceDocument("test.txt", ContentKind.PlainText, text, hints ?? SourceHints.None));
        outcome.Rejection.Should().BeNull();
        return outcome.Article!;
    }

    // Each fixture's whole reading is reviewed in PlainTextArticleReaderTests.<fixture>.verified.txt.
    // See tests/fixtures/README.md for why each fixture is there.
    [Theory]
    [InlineData("reference-layout")]
    [InlineData("advertisements")]
    [InlineData("markup-remnants")]
    [InlineData("caption-duplicate-credit")]
    [InlineData("share-subscribe-related")]
    [InlineData("wire-dateline")]
    [InlineData("bbc-like")]
    [InlineData("us-eastern-time")]
    [InlineData("british-summer-time")]
    [InlineData("byline-time-line")]
    [InlineData("timestamps")]
    public void Reads_fixture_as_its_reviewed_golden_reading(string fixture)
    {
        Article article = ReadFixture(fixture + ".txt");
        Golden.Match(ArticleDescription.Describe(article), $"{GoldenFolder}/PlainTextArticleReaderTests.{fixture}.verified.txt");
    }

    [Fact]
    public void Rejects_a_page_that_is_only_debris_as_an_empty_body()
    {
        var document = new SourceDocument("plain/only-debris.txt", ContentKind.PlainText, Fixture.Text("plain/only-debris.txt"), SourceHints.None);
        ReadOutcome outcome = PlainTextArticleReader.Default.Read(document);
        outcome.Article.Should().BeNull();
        outcome.Rejection!.Code.Should().Be(RejectionCodes.EmptyBody);
    }

    [Fact]
    public void Splits_headline_from_standfirst_glued_on_one_line()
    {
        Article article = ReadFixture("reference-layout.txt");
        article.Headline.Should().Be("Erdogan's twin calls to Zelenskyy, Putin a 'careful balancing act': Experts");
        article.Standfirst.Should().StartWith("Turkey's presidency said").And.EndWith("on the table.");
        article.Byline.Should().Be("NW Web Desk");
        article.Published!.Value.ToIso().Should().Be("2026-03-10T18:42:00+05:30");
        article.Media.Should().Equal(new MediaItem("A ferry crosses the Bosphorus in front of the Dolmabahce Palace in Istanbul", "AFP Photo"));
        article.Text.Should().NotContainAny("ADVERTISEMENT", "<div", "<p>", "Credit:", "Last Updated", "(Published");
    }

    [Fact]
    public void Publication_hint_wins_over_the_time_the_text_states()
    {
        NewsTime given = NewsTime.At(new DateTimeOffset(2026, 3, 11, 7, 0, 0, TimeSpan.FromHours(3)));
        Article article = ReadFixture("reference-layout.txt", new SourceHints(Published: given));
        article.Published.Should().Be(given);
        article.Removed.Should().Contain(new RemovedPiece("(Published 10 March 2026, 18:42 IST)", RemovalReasons.PublicationLine));
    }

    [Fact]
    public void Dates_a_wire_story_from_its_dateline_with_a_year_from_the_page()
    {
        // "SEOUL, March 9 (Reuters)" has no year: alone it stays undated, never dated by the clock.
        string story = Fixture.Text("plain/wire-dateline.txt");
        Read(story).Published.Should().BeNull("the dateline has no year and nothing else gives one");

        // An update line gives the year; the dateline gives the day.
        Article updated = Read(story.Replace("\n\nSEOUL", "\nUpdated: March 10, 2026 06:12 GMT\n\nSEOUL", StringComparison.Ordinal));
        updated.Published.Should().Be(NewsTime.OnDate(new DateOnly(2026, 3, 9)));

        // A publication hint wins over both.
        NewsTime hint = NewsTime.OnDate(new DateOnly(2026, 3, 10));
        ReadFixture("wire-dateline.txt", new SourceHints(Published: hint)).Published.Should().Be(hint);
    }

    [Fact]
    public void Resolves_eastern_time_by_the_date_daylight_saving_started()
    {
        // 8 March 2026 is the second Sunday of March: US clocks went forward at 2 a.m., so 11:30 PM
        // that night is EDT (-04:00) although the page prints "EST".
        Article article = ReadFixture("us-eastern-time.txt");
        article.Published!.Value.ToIso().Should().Be("2026-03-08T23:30:00-04:00");
        article.Updated!.Value.ToIso().Should().Be("2026-03-09T16:05:00-04:00");
        article.Byline.Should().Be("Maria Delgado and Thomas Reed");
    }

    [Fact]
    public void Keeps_a_feed_headline_and_does_not_take_the_first_paragraph_for_one()
    {
        Article article = Read("Officials said on Monday that the talks would resume\nin Geneva next week.\n\nNo date was given.",
            new SourceHints(Headline: "Talks to resume in Geneva"));
        article.Headline.Should().Be("Talks to resume in Geneva");
        article.Paragraphs.Should().Equal("Officials said on Monday that the talks would resume in Geneva next week.", "No date was given.");
    }

    [Fact]
    public void Joins_the_lines_of_a_wrapped_paragraph()
    {
        Article article = Read("Ports reopen after strike\n\nDockworkers returned to work on Tuesday\nafter a three-day strike over pay.\n\nUnion leaders said talks would continue.");
        article.Paragraphs.Should().Equal("Dockworkers returned to work on Tuesday after a three-day strike over pay.", "Union leaders said talks would continue.");
    }

    [Fact]
    public void Ends_a_paragraph_at_a_debris_line_inside_its_block()
    {
        // Pages put advertisements between paragraphs, never inside one (fixture plain/advertisements.txt).
        Article article = Read("Ports reopen after strike\n\nDockworkers returned to work on Tuesday.\nADVERTISEMENT\nUnion leaders said talks would continue.");
        article.Paragraphs.Should().Equal("Dockworkers returned to work on Tuesday.", "Union leaders said talks would continue.");
        article.Removed.Should().Equal(new RemovedPiece("ADVERTISEMENT", RemovalReasons.Advertisement));
    }

    [Fact]
    public void Keeps_a_dateline_that_opens_a_paragraph_and_removes_one_on_its_own_line()
    {
        string story = "Grain talks resume\n\n{0}Turkey hosted a new round of grain talks on Monday.\n\nNo deal was reached.";
        Article inline = Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, story, "ISTANBUL, March 9, 2026 (Reuters) - "));
        inline.Paragraphs.First().Should().StartWith("ISTANBUL, March 9, 2026 (Reuters) - Turkey hosted");
        inline.Published.Should().Be(NewsTime.OnDate(new DateOnly(2026, 3, 9)));
        inline.Byline.Should().Be("Reuters");

        Article alone = Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, story, "ISTANBUL, March 9, 2026 (Reuters) -\n\n"));
        alone.Paragraphs.First().Should().Be("Turkey hosted a new round of grain talks on Monday.");
        alone.Removed.Should().Contain(new RemovedPiece("ISTANBUL, March 9, 2026 (Reuters) -", RemovalReasons.Dateline));
    }

    [Fact]
    public void Does_not_take_a_breadcrumb_or_a_byline_above_the_headline_for_the_headline()
    {
        Article article = Read("Home > World > Asia\nBy Mei Lin Tan\nSingapore and Malaysia sign water deal\n\nThe two governments signed a new water agreement on Friday.");
        article.Headline.Should().Be("Singapore and Malaysia sign water deal");
        article.Byline.Should().Be("Mei Lin Tan");
        article.Removed.Should().Equal(
            new RemovedPiece("Home > World > Asia", RemovalReasons.Navigation),
            new RemovedPiece("By Mei Lin Tan", RemovalReasons.Byline));
    }

    [Fact]
    public void Article_id_is_the_hash_of_the_clean_text()
    {
        Article article = ReadFixture("bbc-like.txt");
        article.Id.Should().Be(ArticleId.Of(article.Text));
    }
}
