using Parley.Ingest.Html;

namespace Parley.Ingest.Tests.Html;

public sealed class BoilerplateVocabularyTests
{
    [Theory]
    [InlineData("social-share__bar", "share")]
    [InlineData("relatedStories", "related-links")]
    [InlineData("ad-slot ad-leaderboard", "advertisement")]
    [InlineData("comments-section", "comments")]
    [InlineData("site-footer", "footer")]
    [InlineData("people-rollover-card", "interface")]
    public void Reads_template_words_in_class_names(string className, string reason) =>
        BoilerplateVocabulary.ReasonFor(className, out _, out _).Should().Be(reason);

    [Theory]
    [InlineData("article-body share-enabled")]
    [InlineData("entry-content clearfix")]
    [InlineData("storyBody")]
    public void Marks_the_article_body_even_beside_template_words(string className)
    {
        BoilerplateVocabulary.ReasonFor(className, out bool isContent, out _);
        isContent.Should().BeTrue();
    }

    [Theory]
    // A layout wrapper around the article.
    [InlineData("content-with-sidebar-wrp")]
    // Words that merely contain a template word ("head" in "headline", "ad" in "shadow") do not match.
    [InlineData("headline shadow-box")]
    // An embedded post the article quotes is not a share bar.
    [InlineData("social-media-embed")]
    public void Does_not_remove_the_article_or_its_wrappers(string className) =>
        BoilerplateVocabulary.ReasonFor(className, out _, out _).Should().BeNull();
}
