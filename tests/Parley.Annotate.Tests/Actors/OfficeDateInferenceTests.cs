using Parley.Annotate.Actors;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Annotate.Tests.Actors;

/// <summary>
/// Articles with no publication date (archive texts): offices are resolved on a day inferred from
/// the text, and the roles say they rest on it. Sentences written for these tests.
/// </summary>
public sealed class OfficeDateInferenceTests
{
    private static readonly Annotator Annotator = new(KnowledgeLoader.LoadShipped());

    private static AnnotatedArticle Undated(string text) =>
        Annotator.Annotate(new Article(ArticleId.Of(text), null, null, null, null, null, null, "en", text, [], [], null));

    private static AnnotatedArticle Dated(string text, string published)
    {
        NewsTime.TryParseIso(published, out NewsTime time).Should().BeTrue();
        return Annotator.Annotate(new Article(ArticleId.Of(text), null, null, null, null, time, null, "en", text, [], [], null));
    }

    private static ArticleActor Actor(AnnotatedArticle article, string id) =>
        article.Actors.Should().ContainSingle(actor => actor.Id == id).Subject;

    [Fact]
    public void Titles_before_known_names_pick_the_years_they_were_held_together()
    {
        // "President Bush" alone fits both Bushes; with "Prime Minister Tony Blair" only the son does.
        AnnotatedArticle article = Undated("President Bush welcomed Prime Minister Tony Blair to Camp David. Mr Bush said the alliance was strong.");

        article.IsOfficeDateInferred.Should().BeTrue();
        article.OfficeDate.Should().NotBeNull();
        article.OfficeDate!.Value.Should().BeOnOrAfter(new DateOnly(2001, 1, 20)).And.BeBefore(new DateOnly(2007, 6, 27));
        ArticleActor bush = Actor(article, "george-w-bush");
        bush.Roles.Should().Equal("President of the United States");
        bush.RolesInferred.Should().BeTrue();
        article.Actors.Should().NotContain(actor => actor.Id == "george-h-w-bush");
    }

    [Fact]
    public void A_historic_year_is_only_a_floor_when_titles_point_later()
    {
        AnnotatedArticle article = Undated(
            "The ban was imposed in 1989. President Bush told Prime Minister Tony Blair on Tuesday that it should stay.");

        Actor(article, "george-w-bush").Roles.Should().Equal("President of the United States");
    }

    [Fact]
    public void The_latest_reported_date_is_the_day_when_no_title_is_printed()
    {
        AnnotatedArticle article = Undated(
            "Jack Straw said in March 2005 that the talks would resume. The foreign secretary said the offer stood.");

        article.OfficeDate.Should().Be(new DateOnly(2005, 3, 16));
        ArticleActor straw = Actor(article, "jack-straw");
        straw.Roles.Should().Equal("Foreign Secretary of the United Kingdom");
        straw.RolesInferred.Should().BeTrue();
        // "The foreign secretary" now finds its holder.
        article.References.Should().Contain(reference => reference.ActorIds.Length == 1 && reference.ActorIds[0] == "jack-straw"
            && reference.Span.Of(article.Text) == "The foreign secretary");
    }

    [Fact]
    public void Targets_and_plans_are_not_evidence_of_the_date()
    {
        AnnotatedArticle article = Undated("Jack Straw said the plan would halve poverty by 2015. He will report to ministers in 2008.");

        article.OfficeDate.Should().BeNull();
        article.IsOfficeDateInferred.Should().BeFalse();
        ArticleActor straw = Actor(article, "jack-straw");
        straw.Roles.Should().BeEmpty();
        straw.RolesInferred.Should().BeFalse();
    }

    [Fact]
    public void A_former_title_is_not_evidence()
    {
        // Only "former President Clinton" is titled: no evidence, no year, so no office is claimed.
        AnnotatedArticle article = Undated("Former President Clinton praised the deal on Tuesday.");

        article.OfficeDate.Should().BeNull();
    }

    [Fact]
    public void A_published_date_is_used_as_it_is_and_never_marked_inferred()
    {
        AnnotatedArticle article = Dated("President Bush met Chancellor Gordon Brown in Washington in 1991.", "2005-06-01");

        article.OfficeDate.Should().Be(new DateOnly(2005, 6, 1));
        article.IsOfficeDateInferred.Should().BeFalse();
        ArticleActor brown = Actor(article, "gordon-brown");
        brown.Roles.Should().Equal("Chancellor of the Exchequer");
        brown.RolesInferred.Should().BeFalse();
    }

    [Fact]
    public void A_first_name_the_knowledge_base_lacks_may_stand_between_title_and_surname()
    {
        // "Gerhard Schroeder" is not a listed spelling; "Schroeder" is, and "Chancellor" two words before it counts.
        AnnotatedArticle article = Undated("Chancellor Gerhard Schroeder said Berlin would not block the budget.");

        Actor(article, "gerhard-schroder").Roles.Should().Equal("Chancellor of Germany");
        article.OfficeDate!.Value.Should().BeOnOrAfter(new DateOnly(1998, 10, 27)).And.BeBefore(new DateOnly(2005, 11, 22));
    }
}
