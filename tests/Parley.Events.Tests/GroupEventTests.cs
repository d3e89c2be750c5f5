using Parley.Annotate;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Events.Tests;

/// <summary>Events by and against unnamed groups (data/lexicons/group-nouns.tsv) and the protest rows of event-triggers.tsv. Sentences written for these tests.</summary>
public sealed class GroupEventTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.LoadShipped();
    private static readonly Annotator Annotator = new(Knowledge);
    private static readonly EventExtractor Extractor = new(Knowledge);

    private static string[] Events(string text)
    {
        AnnotatedArticle article = Annotator.Annotate(new Article(ArticleId.Of(text), null, null, null, null, null, null, "en", text, [], [], null));
        return [.. Extractor.Extract(article).Where(e => e.Confidence >= 0.5).Select(e =>
            $"{e.Type}/{e.Cameo} {string.Join('+', e.Actors)} -> {string.Join('+', e.Recipients)}")];
    }

    [Theory]
    [InlineData("Kenyan protesters took to the streets on Sunday.", "PROTEST/141 ken-protesters -> ")]
    [InlineData("Supporters of Evo Morales rallied against the government in La Paz.", "PROTEST/141 evo-morales-supporters -> BOL")]
    [InlineData("Students staged a sit-in outside the embassy.", "PROTEST/141 students -> ")]
    public void Crowds_protest(string text, string expected) => Events(text).Should().Equal(expected);

    [Fact]
    public void A_protest_told_without_its_target_is_against_the_state_whose_forces_were_named_before()
    {
        Events("Kenyan security forces surrounded the square. Several hundred demonstrators blocked roads into the city.")
            .Should().Contain("PROTEST/144 protesters -> KEN");
    }

    [Theory]
    [InlineData("Kenyan police arrested dozens of protesters on Monday.", "COERCE/173 ken-police -> protesters")]
    [InlineData("Kenyan police fired tear gas at students outside the parliament.", "COERCE/175 ken-police -> students")]
    public void Coercion_reaches_the_group(string text, string expected) => Events(text).Should().Equal(expected);

    [Fact]
    public void Officials_of_a_country_are_its_state()
    {
        Events("Egyptian officials held talks with Israel on Monday.").Should().Equal("CONSULT/040 EGY -> ISR");
    }

    [Theory]
    [InlineData("Shares rallied on Monday after the figures.")]
    [InlineData("The troops marched into the town at dawn.")]
    [InlineData("The protests began in June.")]                  // a protest with nobody named as protesting
    [InlineData("The Greens have demonstrated that they can win.")] // showed, not protested
    [InlineData("The figures demonstrated the scale of the problem.")]
    public void No_protest_without_a_crowd_or_a_protest_phrase(string text) =>
        Events(text).Should().NotContain(e => e.StartsWith("PROTEST", StringComparison.Ordinal));

    [Fact]
    public void A_crowd_named_in_passing_is_no_target_of_a_demand()
    {
        Events("Refugees crossed the border on Monday. Kenya urged calm.").Should().NotContain(e => e.Contains("refugees", StringComparison.Ordinal));
    }
}
