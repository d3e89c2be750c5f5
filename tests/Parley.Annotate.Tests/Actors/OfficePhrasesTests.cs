using Parley.Annotate.Actors;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Annotate.Tests.Actors;

/// <summary>Offices and state bodies named by country and title ("India's finance minister", "the French foreign ministry"). Sentences written for these tests.</summary>
public sealed class OfficePhrasesTests
{
    private static readonly Annotator Annotator = new(KnowledgeLoader.LoadShipped());

    private static AnnotatedArticle Annotate(string text, string? published)
    {
        NewsTime? time = null;
        if (published is not null)
        {
            NewsTime.TryParseIso(published, out NewsTime parsed).Should().BeTrue();
            time = parsed;
        }

        return Annotator.Annotate(new Article(ArticleId.Of(text), null, null, null, null, time, null, "en", text, [], [], null));
    }

    [Fact]
    public void A_country_and_office_name_the_holder_on_the_day()
    {
        AnnotatedArticle article = Annotate("India's finance minister criticised farm subsidies in rich countries on Thursday.", "2005-02-04");

        ArticleActor holder = article.Actors.Should().ContainSingle(actor => actor.Id == "p-chidambaram").Subject;
        holder.Roles.Should().Equal("Finance Minister of India");
        holder.IsListed.Should().BeTrue();
        holder.Mentions.Should().ContainSingle(mention => mention.Form == MentionForm.Title)
            .Which.Span.Of(article.Text).Should().Be("India's finance minister");
        article.Actors.Should().NotContain(actor => actor.Id == "IND" && actor.Mentions.Any(mention => mention.Form == MentionForm.Acting));
    }

    [Fact]
    public void A_demonym_works_like_the_possessive()
    {
        AnnotatedArticle article = Annotate("The German foreign minister flew to Kabul on Sunday.", "2010-06-01");

        article.Actors.Should().ContainSingle(actor => actor.Id == "guido-westerwelle")
            .Which.Roles.Should().Equal("Foreign Minister of Germany");
    }

    [Theory]
    [InlineData("French finance minister Herve Gaymard said the euro was too strong for exporters.")]
    [InlineData("India's finance minister, P Chidambaram, said the talks had been useful.")]
    // An apposition describes the name before it, which may be a past holder: not today's holder.
    [InlineData("Jack Straw, the British foreign secretary, said the talks would resume.")]
    [InlineData("Mr Eichel, Germany's finance minister, said the pact was too rigid.")]
    public void A_title_before_a_name_is_left_to_the_name(string text)
    {
        AnnotatedArticle article = Annotate(text, "2005-02-04");

        article.Actors.SelectMany(actor => actor.Mentions).Should().NotContain(mention => mention.Form == MentionForm.Title);
    }

    [Theory]
    [InlineData("The former Indian finance minister said the budget was unfair.", "2005-02-04")]
    [InlineData("India's finance minister said the budget was fair.", null)]        // no day: no office is claimed
    [InlineData("The UK leader wants a deal on the scale of the threat.", "2005-02-04")] // a party leader's seat is no state office
    public void No_holder_is_claimed(string text, string? published)
    {
        AnnotatedArticle article = Annotate(text, published);

        article.Actors.Should().NotContain(actor => actor.Kind == "person");
    }

    [Fact]
    public void A_ministry_after_a_demonym_is_a_government_actor_of_that_country()
    {
        AnnotatedArticle article = Annotate("The French foreign ministry said it regretted the decision.", null);

        ArticleActor ministry = article.Actors.Should().ContainSingle(actor => actor.Id == "fra-foreign-ministry").Subject;
        ministry.Kind.Should().Be("government");
        ministry.Country.Should().Be("FRA");
        ministry.Name.Should().Be("French foreign ministry");
        ministry.IsListed.Should().BeTrue();
    }

    [Fact]
    public void A_place_before_a_comma_is_no_apposition()
    {
        AnnotatedArticle article = Annotate("Two soldiers died in a crash in Helmand, the US military said in a statement.", "2019-11-20");

        article.Actors.Should().ContainSingle(actor => actor.Id == "usa-military").Which.IsListed.Should().BeTrue();
    }

    [Fact]
    public void A_ministry_after_a_possessive_is_named_with_the_demonym()
    {
        AnnotatedArticle article = Annotate("Russia's defence ministry said the exercises had ended.", null);

        ArticleActor ministry = article.Actors.Should().ContainSingle(actor => actor.Id == "rus-military").Subject;
        ministry.Name.Should().Be("Russian defence ministry");
        ministry.Mentions.Single().Span.Of(article.Text).Should().Be("Russia's defence ministry");
    }

    [Fact]
    public void The_shipped_body_phrases_load_with_what_they_stand_for()
    {
        var bodies = OfficePhrases.Shipped.ToDictionary(pair => pair.Key, pair => pair.Value);

        bodies["foreign ministry"].Should().Be("foreign-ministry");
        bodies["police"].Should().Be("police");
        bodies.Values.Should().OnlyContain(value => value.Length > 0 && !value.Any(char.IsUpper) && !value.Contains(' ', StringComparison.Ordinal));
    }
}
