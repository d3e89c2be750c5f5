using Parley.Annotate.Actors;

namespace Parley.Annotate.Tests.Actors;

// Issue 4, actors round 5: what a surname the knowledge base knows means where the article prints it.
public sealed partial class ActorRecognizerTests
{
    private static IEnumerable<ArticleActor> People(AnnotatedArticle article) => article.Actors.Where(actor => actor.Kind == "person");

    [Fact]
    public void A_surname_is_the_person_the_article_named_in_full_not_a_knowledge_base_namesake()
    {
        // Kim Campbell (Canada) is in the knowledge base; the article is about someone else of that name.
        AnnotatedArticle article = Annotate(
            "A new book by Alastair Campbell went on sale in London on Monday. Campbell said the diaries were an honest record.", "2005-03-10");
        People(article).Should().NotContain(actor => actor.Id == "kim-campbell");
        People(article).Should().ContainSingle(actor => actor.Id == "alastair-campbell").Which.Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void A_known_surname_used_as_a_first_name_is_not_that_person()
    {
        // "Martin" is Micheál Martin's surname in the knowledge base, and here a first name.
        AnnotatedArticle article = Annotate(
            "Lawyers for Martin Mubanga, from London, asked the court to hear the case. Mr Mubanga has denied the charges.", "2005-01-12");
        People(article).Should().NotContain(actor => actor.Id == "micheal-martin");
        People(article).Should().ContainSingle(actor => actor.Id == "martin-mubanga").Which.Mentions.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Turkish premier Recep Erdogan said the talks had been hard.", "recep-tayyip-erdogan")]
    [InlineData("Binyamin Netanyahu, who leads the opposition, said the budget was reckless.", "benjamin-netanyahu")]
    [InlineData("US Secretary of State Condoleezza Rice said the meeting had been useful.", "condoleezza-rice")]
    public void A_first_name_or_its_transliteration_before_a_known_surname_is_the_knowledge_base_person(string text, string id)
    {
        People(Annotate(text, "2005-03-10")).Should().ContainSingle().Which.Id.Should().Be(id);
    }

    [Fact]
    public void A_bare_surname_is_a_knowledge_base_person_only_where_the_article_supports_it()
    {
        // No full name, no office on the day, no mention of Canada: a Mr Campbell, not Kim Campbell.
        AnnotatedArticle unsupported = Annotate("Mr Campbell said the party would fight every seat in the north.", "2005-03-10");
        People(unsupported).Should().ContainSingle().Which.Id.Should().Be("campbell");

        // The article names her country: the knowledge base's Campbell.
        AnnotatedArticle supported = Annotate("Campbell told Canadian reporters that she would not stand again.", "2005-03-10");
        People(supported).Should().ContainSingle().Which.Id.Should().Be("kim-campbell");

        // Holding office on the article's day is support enough.
        People(Annotate("Erdogan said Ankara would not give way.", "2005-03-10")).Should().ContainSingle().Which.Id.Should().Be("recep-tayyip-erdogan");
    }

    [Fact]
    public void An_honorific_of_the_other_sex_refuses_the_knowledge_base_person()
    {
        // Kim Campbell is recorded as female; "Mr Campbell" in an article about Canada is someone else.
        AnnotatedArticle article = Annotate("Mr Campbell, a Canadian trade official, said the talks would resume.", "2005-03-10");
        People(article).Should().NotContain(actor => actor.Id == "kim-campbell");
    }

    [Fact]
    public void A_title_and_a_surname_is_the_person_the_article_printed_in_full_without_describing()
    {
        AnnotatedArticle article = Annotate(
            "Pictures of Margaret Hassan were shown on television. Dr Hassan said she had worked in the country for thirty years.", "2004-10-25");
        ArticleActor hassan = People(article).Should().ContainSingle().Subject;
        hassan.Id.Should().Be("margaret-hassan");
        hassan.Mentions.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Lord Goldsmith said the advice was his own.", "goldsmith", "Goldsmith", "Lord")]
    [InlineData("Ambassador Volker said the talks had stalled.", "volker", "Volker", "Ambassador")]
    [InlineData("Police Commissioner Sir John Stevens said the law should change.", "john-stevens", "John Stevens", "Police Commissioner")]
    [InlineData("Tory Dominic Grieve said the bill was badly drafted.", "dominic-grieve", "Dominic Grieve", null)]
    [InlineData("Dr Hallworth said the figures were wrong.", "hallworth", "Hallworth", "Dr")]
    public void Titles_and_honorifics_stay_out_of_the_name_and_id(string text, string id, string name, string? description)
    {
        ArticleActor person = People(Annotate(text, "2005-03-10")).Should().ContainSingle().Subject;
        person.Id.Should().Be(id);
        person.Name.Should().Be(name);
        person.Description.Should().Be(description);
    }

    [Fact]
    public void Mr_or_ms_and_a_surname_nobody_was_named_with_is_left_to_the_quote_stage()
    {
        // Made a person here, such speakers' acts cost the events more precision than they gained on the news gold.
        People(Annotate("Ms Hallworth said the figures were wrong.", "2005-03-10")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Officials said influential senator Harold Vance visited the prime minister.", "harold-vance", "senator")]
    [InlineData("US Undersecretary of State Marcus Hale will hold talks in Ottawa on Monday.", "marcus-hale", "US Undersecretary of State")]
    [InlineData("Several nations objected, and the EU's ambassador to the WTO, Pieter Claes, said the bid was premature.", "pieter-claes", "the EU's ambassador to the WTO")]
    public void Reads_a_description_printed_before_the_name(string text, string id, string description)
    {
        ArticleActor person = People(Annotate(text, "2005-03-10")).Should().ContainSingle().Subject;
        person.Id.Should().Be(id);
        person.Description.Should().Be(description);
    }

    [Fact]
    public void A_headline_in_title_case_makes_no_person_of_a_surname_and_a_capitalised_verb()
    {
        AnnotatedArticle article = Annotate("Blair Backs Brown Over Budget Row\n\nTony Blair said the budget was sound.", "2005-03-10");
        People(article).Should().OnlyContain(actor => actor.Id == "tony-blair" || actor.Id == "gordon-brown");
    }
}
