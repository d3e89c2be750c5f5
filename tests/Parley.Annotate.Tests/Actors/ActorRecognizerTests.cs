using Parley.Annotate.Actors;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Annotate.Tests.Actors;

public sealed partial class ActorRecognizerTests
{
    private static readonly Annotator Annotator = new(KnowledgeLoader.LoadShipped());

    private static AnnotatedArticle Annotate(string text, string published)
    {
        NewsTime.TryParseIso(published, out NewsTime time).Should().BeTrue();
        return Annotator.Annotate(new Article(ArticleId.Of(text), null, null, null, null, time, null, "en", text, [], [], null));
    }

    private static ArticleActor Listed(AnnotatedArticle article, string id) =>
        article.Actors.Should().ContainSingle(actor => actor.Id == id && actor.IsListed).Subject;

    [Fact]
    public void Resolves_a_leader_to_the_office_held_on_the_article_date()
    {
        // Putin was prime minister in 2010 and president again from May 2012.
        const string text = "Prime Minister Vladimir Putin met the Chinese premier in Moscow on Tuesday. Putin said trade would double.";
        Listed(Annotate(text, "2010-06-02"), "vladimir-putin").Roles.Should().Equal("Prime Minister of Russia");
        Listed(Annotate(text, "2013-06-02"), "vladimir-putin").Roles.Should().Equal("President of Russia");
    }

    [Fact]
    public void Knows_a_former_president_holds_no_office()
    {
        ArticleActor trump = Listed(Annotate("Donald Trump held a rally in Ohio on Saturday. Trump attacked the Justice Department.", "2022-06-01"), "donald-trump");
        trump.Roles.Should().BeEmpty();
        trump.Description.Should().Be("former President of the United States");
        trump.Mentions.Select(m => m.Form).Should().Equal(MentionForm.Name, MentionForm.ShortName);
    }

    [Fact]
    public void Keeps_the_description_of_a_person_the_knowledge_base_does_not_know()
    {
        AnnotatedArticle article = Annotate(
            "Maria Lindqvist, a senior fellow at the Nordic Policy Institute, said the talks were overdue. Lindqvist added that Oslo would host them.",
            "2026-03-10");
        ArticleActor analyst = Listed(article, "maria-lindqvist");
        analyst.Description.Should().Be("a senior fellow at the Nordic Policy Institute");
        analyst.Sector.Should().Be("academia");
        analyst.Mentions.Should().HaveCount(2);
        article.Actors.Should().NotContain(actor => actor.Name.Contains("Institute", StringComparison.Ordinal) && actor.Kind == "person");
    }

    [Fact]
    public void Reads_a_title_and_surname_as_the_person_named_in_full_before()
    {
        AnnotatedArticle article = Annotate(
            "Cardinal Pietro Moretti has called for the camps to be closed. Cardinal Moretti said the detentions were unjust.", "2026-03-10");
        ArticleActor cardinal = Listed(article, "pietro-moretti");
        cardinal.Mentions.Select(m => m.Form).Should().Equal(MentionForm.Name, MentionForm.ShortName);
        article.Actors.Where(actor => actor.Kind == "person").Should().ContainSingle();
    }

    [Fact]
    public void Keeps_a_title_and_surname_nobody_was_named_with_as_a_surname_with_the_title_in_its_description()
    {
        // Issue 4, actors round 5: no "cardinal-moretti" id; the printed words stay the mention.
        AnnotatedArticle article = Annotate("Cardinal Moretti said the detentions were unjust.", "2026-03-10");
        ArticleActor cardinal = article.Actors.Should().ContainSingle(actor => actor.Kind == "person").Subject;
        cardinal.Id.Should().Be("moretti");
        cardinal.Name.Should().Be("Moretti");
        cardinal.Description.Should().Be("Cardinal");
        cardinal.Mentions.Single().Span.Of(article.Article.Text).Should().Be("Cardinal Moretti");
    }

    [Theory]
    [InlineData("Iraq's Oil Minister Karim Hassan al-Tamimi said output would rise.", "Karim Hassan al-Tamimi")]
    [InlineData("Oman's Foreign Minister Khalid bin Saif said the talks would resume.", "Khalid bin Saif")]
    [InlineData("Central bank governor Pieter van der Berg said rates would hold.", "Pieter van der Berg")]
    public void Keeps_the_particles_of_a_printed_name(string text, string name)
    {
        Annotate(text, "2026-03-10").Actors.Should().ContainSingle(actor => actor.Kind == "person").Which.Name.Should().Be(name);
    }

    [Fact]
    public void Brussels_acting_is_the_union_and_in_brussels_the_city()
    {
        AnnotatedArticle article = Annotate(
            "Washington filed a complaint against Brussels over farm subsidies. Ministers met in Brussels on Monday before a Brussels summit.", "2005-03-10");
        Listed(article, "EU").Mentions.Should().ContainSingle().Which.Span.Start.Should().Be(article.Article.Text.IndexOf("Brussels", StringComparison.Ordinal));
        article.Actors.Where(actor => actor.Country == "BEL").SelectMany(actor => actor.Mentions).Should().HaveCount(2);
    }

    [Theory]
    // "COUNTRY's ROLE NAME": the country and sector come from the description.
    [InlineData("Kenya's Foreign Minister Amina Odhiambo said the border would reopen.", "amina-odhiambo", "Kenya's Foreign Minister", "KEN")]
    // "NAME, COUNTRY's ROLE"
    [InlineData("Lars Eklund, Sweden's deputy foreign minister, said talks would resume.", "lars-eklund", "Sweden's deputy foreign minister", "SWE")]
    // "NAME, who ..." keeps the clause as printed.
    [InlineData("Tomas Reyes, who advised three presidents, said the deal would hold.", "tomas-reyes", "who advised three presidents", null)]
    public void Reads_the_patterns_news_introduces_people_with(string text, string id, string description, string? country)
    {
        ArticleActor person = Listed(Annotate(text, "2026-03-10"), id);
        person.Description.Should().Be(description);
        person.Country.Should().Be(country);
    }

    [Theory]
    [InlineData("Sweden has been cautious, but on Wednesday Mr Lindgren said he wanted the ban to end.")]
    [InlineData("Talks stalled. Yesterday Ms Okafor said the offer stood.")]
    public void A_fronted_day_word_is_no_part_of_a_name(string text)
    {
        Annotate(text, "2026-03-10").Actors.Should().NotContain(actor => actor.Name.StartsWith("Wednesday", StringComparison.Ordinal)
            || actor.Name.StartsWith("Yesterday", StringComparison.Ordinal));
    }

    [Fact]
    public void Counts_a_seat_of_power_as_an_actor_only_where_it_acts()
    {
        AnnotatedArticle acting = Annotate("The Kremlin said the call was useful.", "2026-02-06");
        Listed(acting, "rus-presidency").Kind.Should().Be("government");

        AnnotatedArticle place = Annotate("Reporters waited outside the Kremlin for hours.", "2026-02-06");
        place.Actors.Should().NotContain(actor => actor.IsListed && actor.Kind == "government");
    }

    [Fact]
    public void Tells_a_capital_acting_from_a_capital_as_a_place()
    {
        AnnotatedArticle article = Annotate("Beijing claims the island. The envoy held talks in Beijing on Monday.", "2026-02-06");
        ActorMention[] mentions = article.Actors.SelectMany(actor => actor.Mentions).Where(m => m.Span.Of(article.Text) == "Beijing").ToArray();
        mentions.Select(m => m.Form).Should().Equal(MentionForm.Acting, MentionForm.Place);
    }

    [Fact]
    public void Resolves_a_shared_surname_to_the_person_the_article_names_in_full()
    {
        // "Chen" alone could be several people; the article introduced Chen Ming-chi first.
        AnnotatedArticle article = Annotate(
            "Chen Ming-chi, Taiwan's Deputy Foreign Minister, said the island was calm. Chen said talks with allies continued.",
            "2026-02-06");
        Listed(article, "chen-ming-chi").Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void Matches_names_with_or_without_diacritics_and_in_other_scripts_without_crashing()
    {
        Listed(Annotate("Recep Tayyip Erdoğan spoke to reporters in Ankara.", "2026-02-06"), "recep-tayyip-erdogan");
        Listed(Annotate("Recep Tayyip Erdogan spoke to reporters in Ankara.", "2026-02-06"), "recep-tayyip-erdogan");
        Annotate("Президент Путин и 习近平 обсудили торговлю.", "2026-02-06").Actors.Should().NotBeNull();
    }

    [Fact]
    public void Does_not_take_a_month_for_a_person()
    {
        AnnotatedArticle article = Annotate("Elections are due in May. Theresa May spoke in London.", "2019-03-01");
        article.Actors.SelectMany(a => a.Mentions).Select(m => m.Span.Of(article.Text)).Should().NotContain("May").And.Contain("Theresa May");
    }

    [Fact]
    public void Every_mention_offset_points_at_its_text()
    {
        AnnotatedArticle article = Annotate(
            "Xi Jinping held a call with Vladimir Putin on Wednesday.\n\nThe White House said Xi and Trump spoke too.", "2026-02-06");
        foreach (ActorMention mention in article.Actors.SelectMany(actor => actor.Mentions))
        {
            mention.Span.End.Should().BeLessThanOrEqualTo(article.Text.Length);
            mention.Span.Of(article.Text).Should().NotBeNullOrWhiteSpace();
        }
    }
}

public sealed class ReferenceResolverTests
{
    private static readonly Annotator Annotator = new(KnowledgeLoader.LoadShipped());

    private static string[] References(string text)
    {
        NewsTime.TryParseIso("2026-02-06T15:28+05:30", out NewsTime time).Should().BeTrue();
        AnnotatedArticle article = Annotator.Annotate(new Article(ArticleId.Of(text), null, null, null, null, time, null, "en", text, [], [], null));
        return [.. article.References.Select(r => $"{r.Span.Of(text)} = {string.Join('+', r.ActorIds)}")];
    }

    [Fact]
    public void Points_a_closing_he_said_at_the_person_who_opened_the_paragraph()
    {
        // The last name before "he" is Xi, but the speaker is the analyst the sentence before began with.
        References("George Chen, a partner at The Asia Group said that it is rare for Xi to call twice. \"It is unusual,\" he said.")
            .Should().Equal("he = george-chen");
    }

    [Fact]
    public void Resolves_the_two_leaders_and_the_president()
    {
        References("Xi Jinping spoke with Donald Trump on Wednesday. The two leaders discussed trade, and the president praised the call.")
            .Should().Equal("The two leaders = donald-trump+xi-jinping", "the president = donald-trump");
    }
}
