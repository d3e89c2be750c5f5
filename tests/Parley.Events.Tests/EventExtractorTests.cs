using Parley.Annotate;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Events.Tests;

public sealed class EventExtractorTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.LoadShipped();
    private static readonly Annotator Annotator = new(Knowledge);
    private static readonly EventExtractor Extractor = new(Knowledge);

    // Friday 6 February 2026, as in the reference article.
    private static string[] Events(string text, string published = "2026-02-06T15:28+05:30")
    {
        NewsTime.TryParseIso(published, out NewsTime time).Should().BeTrue();
        AnnotatedArticle article = Annotator.Annotate(new Article(ArticleId.Of(text), null, null, null, null, time, null, "en", text, [], [], null));
        return [.. Extractor.Extract(article).Where(e => e.Confidence >= 0.5).Select(e =>
            $"{e.Type}/{e.Mode ?? "-"}/{e.Medium ?? "-"}/{e.Cameo} {string.Join('+', e.Actors)} -> {string.Join('+', e.Recipients)} {e.Date?.ToIso() ?? "undated"} {e.Status}")];
    }

    [Theory]
    // A light verb carries the event; coordination with ellipsis makes a second call by the same caller; a fronted "On Wednesday" dates both.
    [InlineData("On Wednesday Xi Jinping made a video call to Vladimir Putin, and a phone call with Donald Trump.",
        "CONSULT/phone/video/041 xi-jinping -> vladimir-putin 2026-02-04 occurred", "CONSULT/phone/phone/041 xi-jinping -> donald-trump 2026-02-04 occurred")]
    // Symmetric phrasing: "A and B spoke" is one consultation between them.
    [InlineData("Recep Tayyip Erdogan and Vladimir Putin spoke by phone on Tuesday.", "CONSULT/phone/phone/041 recep-tayyip-erdogan -> vladimir-putin 2026-02-03 occurred")]
    // Future tense: a planned visit, dated to the coming Monday.
    [InlineData("Emmanuel Macron will visit Beijing on Monday.", "CONSULT/visit/in-person/042 emmanuel-macron -> CHN 2026-02-09 planned")]
    // A possessive nominal: a trip in a month still ahead is planned.
    [InlineData("Officials discussed Donald Trump's April trip to China.", "CONSULT/visit/in-person/042 donald-trump -> CHN 2026-04 planned")]
    // Negation.
    [InlineData("Vladimir Putin did not meet Volodymyr Zelensky in Istanbul.", "CONSULT/-/in-person/040 vladimir-putin -> volodymyr-zelenskyy undated negated")]
    // A capital acting is its country.
    [InlineData("Xi Jinping warned Washington against arms sales to Taiwan.", "THREATEN/-/-/130 xi-jinping -> USA undated occurred")]
    // Appositions between the verb and its objects.
    [InlineData("Keir Starmer held talks with his Irish counterpart, Micheal Martin, and the French president, Emmanuel Macron.",
        "CONSULT/-/in-person/040 keir-starmer -> micheal-martin+emmanuel-macron undated occurred")]
    // A passive: the agent after "by" acts on the subject.
    [InlineData("Ariel Sharon was criticised by Mahmoud Abbas on Tuesday.", "ACCUSE/-/-/111 mahmoud-abbas -> ariel-sharon 2026-02-03 occurred")]
    // Coordinated subjects of a one-sided act are both its actors, also with a description between them.
    [InlineData("Keir Starmer and his French counterpart Emmanuel Macron called on Vladimir Putin to withdraw.",
        "REQUEST/-/-/020 keir-starmer+emmanuel-macron -> vladimir-putin undated occurred")]
    // Talks held in a capital are with its country; "the Indian government" is India.
    [InlineData("Keir Starmer held talks in Beijing.", "CONSULT/-/in-person/040 keir-starmer -> CHN undated occurred")]
    [InlineData("Keir Starmer held talks with the Indian government.", "CONSULT/-/in-person/040 keir-starmer -> IND undated occurred")]
    // A fronted "In a statement," belongs to the main clause's subject, who is not its own recipient.
    [InlineData("In a statement, Emmanuel Macron said the talks had failed.", "STATEMENT/-/statement/010 emmanuel-macron ->  undated occurred")]
    public void Reads_the_grammar_news_uses(string text, params string[] expected) => Events(text).Should().BeEquivalentTo(expected);

    [Fact]
    public void Later_mentions_add_to_the_event_instead_of_repeating_it()
    {
        // One article, one event: "the call between A and B" adds the duration; "A and B spoke about" adds nothing new.
        string[] events = Events(
            "On Wednesday Xi Jinping made a video call to Vladimir Putin. The call between Xi and Putin went on for 1.5 hours. Putin and Xi spoke about energy.");
        events.Should().ContainSingle();
        NewsTime.TryParseIso("2026-02-06", out NewsTime time).Should().BeTrue();
        const string Text = "On Wednesday Xi Jinping made a video call to Vladimir Putin. The call between Xi and Putin went on for 1.5 hours.";
        AnnotatedArticle article = Annotator.Annotate(new Article(ArticleId.Of(Text), null, null, null, null, time, null, "en", Text, [], [], null));
        EventRecord call = Extractor.Extract(article).Single();
        call.Duration!.Value.ToIso().Should().Be("PT1H30M");
        call.Mentions.Should().HaveCount(2);
        call.Evidence.Of(Text).Should().StartWith("On Wednesday");
    }

    [Fact]
    public void A_mention_of_an_event_told_elsewhere_is_not_a_new_event()
    {
        Events("Kenya's Foreign Minister Amina Odhiambo said the phone call was useful.").Should().BeEmpty();
    }

    [Fact]
    public void Trigger_lexicon_rows_are_validated_with_file_and_line()
    {
        const string Bad = "trigger\trole\ttype\tmode\tmedium\tcameo\tsymmetric\texample\nmet\tverb\tCONSLT\t-\tin-person\t040\tyes\tThey met.\n";
        Action load = () => Triggers.EventTriggers.Parse("event-triggers.tsv", Bad);
        load.Should().Throw<KnowledgeFormatException>().Which.Message.Should().Contain("event-triggers.tsv:2");
    }
}
