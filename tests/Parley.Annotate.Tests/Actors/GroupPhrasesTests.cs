using Parley.Annotate.Actors;
using Parley.Annotate.Lexicons;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Annotate.Tests.Actors;

/// <summary>Unnamed collective actors (data/lexicons/group-nouns.tsv): crowds, supporters of a named leader, officials of a country. Sentences written for these tests.</summary>
public sealed class GroupPhrasesTests
{
    private static readonly Annotator Annotator = new(KnowledgeLoader.LoadShipped());

    private static AnnotatedArticle Annotate(string text) =>
        Annotator.Annotate(new Article(ArticleId.Of(text), null, null, null, null, null, null, "en", text, [], [], null));

    private static string[] Mentions(AnnotatedArticle article, ArticleActor actor) => [.. actor.Mentions.Select(mention => mention.Span.Of(article.Text))];

    [Fact]
    public void A_bare_plural_is_a_group_actor()
    {
        AnnotatedArticle article = Annotate("Protesters blocked the main bridge on Sunday.");

        ArticleActor group = article.Actors.Should().ContainSingle(actor => actor.Kind == "group").Subject;
        group.Id.Should().Be("protesters");
        group.Name.Should().Be("protesters");
        group.Country.Should().BeNull();
        group.IsListed.Should().BeTrue();
        group.Sector.Should().Be("civil-society");
        GroupPhrases.Shipped.Should().Contain(row => row.Noun == "protesters" && row.Agent == "OPP");
    }

    [Fact]
    public void A_demonym_attaches_the_group_to_its_country_and_later_synonyms_join_it()
    {
        AnnotatedArticle article = Annotate("Kenyan anti-government protesters gathered in the square. Police said the demonstrators had thrown stones.");

        ArticleActor group = article.Actors.Should().ContainSingle(actor => actor.Kind == "group").Subject;
        group.Id.Should().Be("ken-protesters");
        group.Name.Should().Be("Kenyan protesters");
        group.Country.Should().Be("KEN");
        group.Description.Should().Be("Kenyan anti-government protesters");
        Mentions(article, group).Should().Equal("Kenyan anti-government protesters", "demonstrators");
    }

    [Fact]
    public void Officials_of_a_country_act_for_it_and_are_not_listed()
    {
        AnnotatedArticle article = Annotate("Senior Egyptian officials said the crossing would reopen. Bare officials said nothing.");

        ArticleActor officials = article.Actors.Should().ContainSingle(actor => actor.Id == "egy-officials").Subject;
        officials.Kind.Should().Be("government");
        officials.Country.Should().Be("EGY");
        officials.Name.Should().Be("Egyptian officials");
        officials.IsListed.Should().BeFalse();
        Mentions(article, officials).Should().Equal("Egyptian officials");
    }

    [Theory]
    [InlineData("Supporters of Evo Morales blocked the highway to the capital.")]
    [InlineData("Evo Morales's supporters blocked the highway to the capital.")]
    public void Supporters_belong_to_the_leader_they_back(string text)
    {
        AnnotatedArticle article = Annotate(text);

        ArticleActor group = article.Actors.Should().ContainSingle(actor => actor.Kind == "group").Subject;
        group.Id.Should().Be("evo-morales-supporters");
        group.Name.Should().Be("Evo Morales supporters");
        group.Country.Should().Be("BOL");
    }

    [Theory]
    [InlineData("The club thanked its supporters for their patience.")]    // nobody named is backed
    [InlineData("Officials will publish the figures on Monday.")]          // officials of no country
    [InlineData("The Rebels won the cup final.")]                          // a capitalised noun inside a sentence is a name
    [InlineData("The bill passed despite 40 Labour rebels.")]              // a party's own MPs, not a crowd
    public void Some_group_nouns_need_more_than_the_noun(string text) =>
        Annotate(text).Actors.Should().NotContain(actor => actor.Kind == "group" || actor.Id.EndsWith("-officials", StringComparison.Ordinal));

    [Fact]
    public void A_state_body_printed_bare_is_the_body_the_article_named_with_its_country()
    {
        AnnotatedArticle article = Annotate("Kenyan security forces surrounded the stadium. Witnesses said security forces fired tear gas. A police station was burned.");

        ArticleActor body = article.Actors.Should().ContainSingle(actor => actor.Id == "ken-security-forces").Subject;
        Mentions(article, body).Should().Equal("Kenyan security forces", "security forces");
        article.Actors.Should().NotContain(actor => actor.Id.EndsWith("-police", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lexicon_loads_and_rejects_bad_rows()
    {
        GroupPhrases.Shipped.Should().Contain(row => row.Noun == "demonstrators" && row.StandsFor == "protesters");
        const string bad = "noun\tstands_for\tkind\tneeds\tagent\tsector\texample\nmobs\tmobs\tcrowd\t-\t-\t-\tMobs gathered.\n";

        FluentActions.Invoking(() => GroupPhrases.Read(EmbeddedLexicon.Parse("group-nouns.tsv", bad, "noun", "stands_for", "kind", "needs", "agent", "sector", "example")))
            .Should().Throw<KnowledgeFormatException>();
    }
}
