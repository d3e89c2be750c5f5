using System.Text;
using Parley.Core;
using Parley.Ingest.Html;
using Parley.TestKit;

namespace Parley.Ingest.Tests.Html;

public sealed class HtmlArticleReaderTests
{
    private readonly HtmlArticleReader _reader = new();

    private ReadOutcome ReadFixture(string name, ContentKind kind = ContentKind.Html, SourceHints? hints = null) =>
        _reader.Read(new SourceDocument(name, kind, Fixture.Text("html/" + name), hints ?? SourceHints.None));

    private static Article Accepted(ReadOutcome outcome)
    {
        outcome.Rejection.Should().BeNull();
        return outcome.Article!;
    }

    [Fact]
    public void Reads_a_news_page_without_its_navigation_ads_share_bar_related_stories_comments_or_footer()
    {
        Article article = Accepted(ReadFixture("news-page.html"));
        Golden.Match(ArticleDescription.Describe(article), "tests/Parley.Ingest.Tests/Html/news-page.verified.txt");
    }

    [Fact]
    public void Gives_every_removed_piece_a_reason_and_keeps_furniture_out_of_the_text()
    {
        Article article = Accepted(ReadFixture("news-page.html"));
        article.Text.Should().NotContainAny("Share on Facebook", "Advertisement", "Related stories", "harbourwatcher", "All rights reserved",
            "morning briefing", "Most read");
        article.Text.Should().NotContain("Harbour strike ends after ministers agree pay deal", "the headline is not part of the body");
        article.Removed.Select(piece => piece.Reason).Should().Contain(["navigation", "advertisement", "share", "comments", "footer", "newsletter"]);
        article.Media.Should().ContainSingle().Which.Credit.Should().Be("Lewis Okafor/Coastline Courier");
    }

    [Fact]
    public void Takes_headline_byline_dates_outlet_and_url_from_json_ld_alone()
    {
        Article article = Accepted(ReadFixture("jsonld-only.html"));
        Golden.Match(ArticleDescription.Describe(article), "tests/Parley.Ingest.Tests/Html/jsonld-only.verified.txt");
    }

    [Fact]
    public void Takes_metadata_from_opengraph_alone_and_keeps_the_stated_offset()
    {
        Article article = Accepted(ReadFixture("opengraph-only.html"));
        article.Published!.Value.ToIso().Should().Be("2026-07-21T16:20:00-03:00");
        Golden.Match(ArticleDescription.Describe(article), "tests/Parley.Ingest.Tests/Html/opengraph-only.verified.txt");
    }

    [Fact]
    public void Joins_a_body_split_into_chunks_with_its_lead_and_drops_story_cards_inside_it()
    {
        Article article = Accepted(ReadFixture("chunked-story.html"));
        Golden.Match(ArticleDescription.Describe(article), "tests/Parley.Ingest.Tests/Html/chunked-story.verified.txt");
    }

    [Fact]
    public void Keeps_a_buying_guide_line_that_is_all_link_but_names_a_price()
    {
        Article article = Accepted(ReadFixture("chunked-story.html"));
        article.Paragraphs.Should().Contain("Four-person group shelter, about £45 at outdoor shops");
        article.Text.Should().NotContain("Avalanche forecasts return", "nested story cards are other stories");
        article.Paragraphs.First().Should().StartWith("Mountain rescue volunteers", "the lead sits in its own wrapper above the body");
    }

    [Fact]
    public void Keeps_linked_full_sentences_of_a_briefing_list_but_drops_headline_links()
    {
        const string page = """
            <html><body><article><div class="post-body">
            <p>Good morning. Here is what you need to know about the region's economy this Tuesday, from the port to the power grid.</p>
            <ol>
              <li><a href="/a">The harbour strike ended after ministers agreed a two-year pay deal.</a> Ships will be unloaded from Monday.</li>
              <li><a href="/b">The grid operator said winter blackouts were now unlikely.</a> Reservoirs are 90 per cent full.</li>
            </ol>
            <ul class="more">
              <li><a href="/c">Ferry timetable cut for winter</a></li>
              <li><a href="/d">Derby ends in stoppage-time drama</a></li>
            </ul>
            </div></article></body></html>
            """;
        Article article = Accepted(_reader.Read(new SourceDocument("briefing.html", ContentKind.Html, page, SourceHints.None)));
        article.Text.Should().Contain("The harbour strike ended after ministers agreed a two-year pay deal.");
        article.Text.Should().Contain("The grid operator said winter blackouts were now unlikely.");
        article.Text.Should().NotContain("Ferry timetable cut for winter");
    }

    [Fact]
    public void Leaves_out_hover_cards_inside_a_sentence()
    {
        const string page = """
            <html><body><article>
            <p>Governor <a href="/people/ana-ruiz">Ana Ruiz</a><span class="tooltip-card"><a href="/people/ana-ruiz">Ana Ruiz profile</a><a href="/x">Ruiz signs water bill</a></span> defended the drought plan on Monday, saying reservoirs were at their lowest in a decade.</p>
            <p>The plan limits garden watering to two evenings a week from June and fines repeat offenders, officials said.</p>
            </article></body></html>
            """;
        Article article = Accepted(_reader.Read(new SourceDocument("tooltip.html", ContentKind.Html, page, SourceHints.None)));
        article.Paragraphs.First().Should().Be(
            "Governor Ana Ruiz defended the drought plan on Monday, saying reservoirs were at their lowest in a decade.");
    }

    [Fact]
    public void Rejects_a_section_front_of_headline_links_and_teasers_as_no_article()
    {
        Rejection rejection = ReadFixture("section-front.html").Rejection!;
        rejection.Code.Should().Be(RejectionCodes.NoArticle);
        rejection.Reason.Should().Contain("section front");
    }

    [Fact]
    public void Rejects_a_login_page_as_no_article()
    {
        Rejection rejection = ReadFixture("login-page.html").Rejection!;
        rejection.Code.Should().Be(RejectionCodes.NoArticle);
        rejection.Reason.Should().Contain("login");
    }

    [Fact]
    public void Outside_hints_win_over_what_the_page_says()
    {
        var hints = new SourceHints(
            Url: "https://feed.example/item/7",
            Published: NewsTime.At(new DateTimeOffset(2026, 3, 13, 8, 0, 0, TimeSpan.FromHours(1))),
            Headline: "Dockers back at work",
            Byline: "Wire Desk",
            Outlet: "Feed Outlet");
        Article article = Accepted(ReadFixture("news-page.html", hints: hints));
        article.Url.Should().Be("https://feed.example/item/7");
        article.Published!.Value.ToIso().Should().Be("2026-03-13T08:00:00+01:00");
        article.Headline.Should().Be("Dockers back at work");
        article.Byline.Should().Be("Wire Desk");
        article.Outlet.Should().Be("Feed Outlet");
        article.Updated!.Value.ToIso().Should().Be("2026-03-12T21:10:00Z", "no hint carries the update time");
    }

    [Fact]
    public void Keeps_all_text_of_a_feed_fragment_but_drops_scripts_styles_and_ads()
    {
        const string fragment = """
            <p>Rescue teams reached the village of Tarn Hollow on Friday, two days after the landslide.</p>
            <script>track("fragment")</script><style>p { color: red }</style>
            <div class="ad-slot">Advertisement: Buy cheap flights now</div>
            <ul><li><a href="/aid">How to donate to the relief fund</a></li></ul>
            <p>"We are still counting," the district governor said.</p>
            """;
        Article article = Accepted(_reader.Read(new SourceDocument("feed.xml#1", ContentKind.HtmlFragment, fragment,
            new SourceHints(Headline: "Rescuers reach landslide village"))));
        article.Text.Should().Be(
            "Rescue teams reached the village of Tarn Hollow on Friday, two days after the landslide.\n\n"
            + "How to donate to the relief fund\n\n"
            + "\"We are still counting,\" the district governor said.");
        article.Headline.Should().Be("Rescuers reach landslide village");
        article.Removed.Should().ContainSingle().Which.Reason.Should().Be("advertisement");
    }

    [Fact]
    public void Falls_back_to_schema_article_body_when_the_page_renders_its_text_with_scripts()
    {
        const string page = """
            <html><head><script type="application/ld+json">
            {"@type": "NewsArticle", "headline": "Ferry service cut for winter",
             "articleBody": "The island ferry will run twice a day from November, the operator said on Monday.\nIslanders said the cut would make hospital visits on the mainland impossible in a single day."}
            </script></head><body><div id="app"></div><script src="/bundle.js"></script></body></html>
            """;
        Article article = Accepted(_reader.Read(new SourceDocument("app.html", ContentKind.Html, page, SourceHints.None)));
        article.Headline.Should().Be("Ferry service cut for winter");
        article.Paragraphs.Should().Equal(
            "The island ferry will run twice a day from November, the operator said on Monday.",
            "Islanders said the cut would make hospital visits on the mainland impossible in a single day.");
    }

    [Fact]
    public void Rejects_an_empty_fragment_as_empty_body()
    {
        ReadOutcome outcome = _reader.Read(new SourceDocument("feed.xml#2", ContentKind.HtmlFragment, "<script>x()</script>", SourceHints.None));
        outcome.Rejection!.Code.Should().Be(RejectionCodes.EmptyBody);
    }

    [Fact]
    public void Reads_a_page_nested_ten_thousand_tags_deep_without_crashing()
    {
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        for (int i = 0; i < 10_000; i++)
        {
            html.Append(i % 2 == 0 ? "<div>" : "<section>");
        }

        html.Append("<p>Deep inside the page, the council voted on Tuesday to extend the harbour lease by ten years, officials said.</p>");
        html.Append("</body></html>");
        ReadOutcome outcome = _reader.Read(new SourceDocument("deep.html", ContentKind.Html, html.ToString(), SourceHints.None));

        if (outcome.Rejection is { } rejection)
        {
            rejection.Code.Should().Be(RejectionCodes.TooDeep);
        }
        else
        {
            outcome.Article!.Text.Should().Contain("the council voted on Tuesday");
        }
    }

    [Fact]
    public void Keeps_the_removed_list_bounded_on_a_page_with_thousands_of_links()
    {
        var html = new StringBuilder("<html><body><nav>");
        for (int i = 0; i < 3_000; i++)
        {
            html.Append("<a href=\"/s/").Append(i).Append("\">Section number ").Append(i).Append(' ').Append(new string('x', 300)).Append("</a><br>");
        }

        html.Append("</nav><article><p>The regional assembly approved the budget on Wednesday by 41 votes to 19, ending a month of talks between the coalition parties.</p>");
        html.Append("<p>The opposition said the spending plan relied on tax receipts that had fallen short in each of the past three years, and promised to challenge it in court.</p></article></body></html>");
        Article article = Accepted(_reader.Read(new SourceDocument("links.html", ContentKind.Html, html.ToString(), SourceHints.None)));
        article.Removed.Length.Should().BeLessThanOrEqualTo(100);
        article.Removed.Should().OnlyContain(piece => piece.Text.Length <= 200);
    }

    [Fact]
    public void Article_reader_routes_html_to_the_html_reader()
    {
        ReadOutcome outcome = ArticleReader.Read(new SourceDocument("p.html", ContentKind.Html, Fixture.Text("html/opengraph-only.html"), SourceHints.None));
        outcome.Article!.Outlet.Should().Be("Meridian Post");
    }
}
