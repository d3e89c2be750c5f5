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

    [Theory]
    // A trigger inside the object is passed over to reach the recipient; a participle with an adverbial before "by" is a passive.
    [InlineData("The Arab League condemned the move announced on Monday by Mike Pompeo.",
        "ACCUSE/-/-/111 ARL -> mike-pompeo undated occurred", "STATEMENT/-/-/010 mike-pompeo -> ARL 2026-02-02 occurred")]
    // A possessor acts even after "to"; the nested noun is the possessor's act, aimed at the one other party of the sentence.
    [InlineData("Donald Trump agreed to Beijing's demands.", "AGREE/-/-/030 donald-trump -> CHN undated occurred", "REQUEST/-/-/020 CHN -> donald-trump undated occurred")]
    // A noun of the verb's own type is the verb's event; of another type, not an act of the verb's subject.
    [InlineData("Keir Starmer signed a deal with Pakistan.", "AGREE/-/-/057 keir-starmer -> PAK undated occurred")]
    [InlineData("Keir Starmer welcomed the deal.", "SUPPORT/-/-/051 keir-starmer ->  undated occurred")]
    // "while" opens a clause with its own subject: the criticism is not Starmer's.
    [InlineData("Emmanuel Macron met Keir Starmer in Paris, while criticising Italy.", "CONSULT/-/in-person/040 emmanuel-macron -> keir-starmer undated occurred")]
    // A country in a person's title is not the object.
    [InlineData("Emmanuel Macron met UK Prime Minister Keir Starmer.", "CONSULT/-/in-person/040 emmanuel-macron -> keir-starmer undated occurred")]
    // A reaction without a named target takes the one other party of the sentence before.
    [InlineData("Israel announced new settlements on Monday. The Arab League condemned the move.",
        "STATEMENT/-/-/010 ISR ->  2026-02-02 occurred", "ACCUSE/-/-/111 ARL -> ISR undated occurred")]
    // "a meeting of X": X meets.
    [InlineData("Finance ministers gathered for a meeting of the G20 in Riyadh.", "CONSULT/-/in-person/040 G20 ->  undated occurred")]
    // A second verb after "and" shares the first one's subject.
    [InlineData("ActionAid criticised Keir Starmer and called on the World Bank to act.",
        "ACCUSE/-/-/111 ACTAID -> keir-starmer undated occurred", "REQUEST/-/-/020 ACTAID -> WB undated occurred")]
    // A fronted "In a statement," belongs to the subject after the comma, title included.
    [InlineData("In a statement, Mr Macron said the talks had failed.", "STATEMENT/-/statement/010 emmanuel-macron ->  undated occurred")]
    // An agentless passive is not an act of its subject; an infinitive after another act is intended, not done;
    // a verb row after an article is another word.
    [InlineData("Keir Starmer is being urged to act on climate change.")]
    [InlineData("Keir Starmer pledged to write off the debts of Tanzania.", "AGREE/-/-/030 keir-starmer -> TZA undated occurred")]
    [InlineData("Emmanuel Macron faces a host of problems.")]
    // A noun's objects end where the predicate starts.
    [InlineData("Keir Starmer's trip is designed to show how France can help.", "CONSULT/visit/in-person/042 keir-starmer ->  undated occurred")]
    // Parties and ministries are actors; attending a body's meeting is consulting it.
    [InlineData("The Tories criticised the Home Office.", "ACCUSE/-/-/111 GBRCON -> gbr-government undated occurred")]
    [InlineData("India attends the G7 meeting.", "CONSULT/multilateral/in-person/040 IND -> G7 undated occurred")]
    // The agent of a nominal act follows "by".
    [InlineData("Keir Starmer welcomed the announcement by Israel.", "SUPPORT/-/-/051 keir-starmer -> ISR undated occurred", "STATEMENT/-/-/010 ISR ->  undated occurred")]
    // A demonym before a common noun is its country; before a role noun it names a person, not the country.
    [InlineData("Keir Starmer criticised Chinese subsidies.", "ACCUSE/-/-/111 keir-starmer -> CHN undated occurred")]
    // ... and with the article's day, "the French president" is the holder then (knowledge round 3: offices named by country and title).
    [InlineData("The French president criticised the plan.", "ACCUSE/-/-/111 emmanuel-macron ->  undated occurred")]
    // A relative clause after the object is not the object: "where Iraq ..." names no participant of the summit.
    [InlineData("Keir Starmer is at a summit in Rome, where Libya is on the agenda.", "CONSULT/multilateral/in-person/040 keir-starmer ->  undated occurred")]
    // A warning told as speech is a quote; a warning of consequences is a threat.
    [InlineData("The IMF warned on Thursday that the deficit was too large.")]
    [InlineData("Keir Starmer warned Iran of serious consequences.", "THREATEN/-/-/130 keir-starmer -> IRN undated occurred")]
    // "wants/asks X to": a request of the named party; "wants to", "wants it to" and a want with no "to" ask no one.
    [InlineData("Beijing wants Donald Trump to drop the tariffs.", "REQUEST/-/-/020 CHN -> donald-trump undated occurred")]
    [InlineData("Oxfam will ask the World Bank to cancel the debts.", "REQUEST/-/-/020 OXFAM -> WB undated planned")]
    [InlineData("Beijing wants to unite the two sides.")]
    [InlineData("Keir Starmer wants it to end soon.")]
    [InlineData("Emmanuel Macron wants the embargo lifted because Paris wants to sell arms.")]
    // A city before a meeting noun is where the meeting is held, not a party to it.
    [InlineData("After a Brussels summit on Friday, Keir Starmer criticised Iran.", "ACCUSE/-/-/111 keir-starmer -> IRN undated occurred")]
    // Denying a claim is not a rejection.
    [InlineData("Keir Starmer denied there was any rift.")]
    // "held by" after a noun describes the people; after a form of "be" it tells the act.
    [InlineData("The sailors held by Iran are in good health.")]
    [InlineData("Two sailors have been held by Iran since March.", "COERCE/-/-/173 IRN ->  2025-03 occurred")]
    // An act in a ", with X -ing" clause is aimed at the main clause's recipient.
    [InlineData("Egypt criticised Israel, with Keir Starmer warning of serious consequences.",
        "ACCUSE/-/-/111 EGY -> ISR undated occurred", "THREATEN/-/-/130 keir-starmer -> ISR undated occurred")]
    // An attack in words is an accusation; an attack on a place is violence.
    [InlineData("Keir Starmer attacked Labour's plans, saying they would fail.", "ACCUSE/-/-/111 keir-starmer -> GBRLAB undated occurred")]
    [InlineData("Iran attacked Israel on Monday.", "ASSAULT/-/-/190 IRN -> ISR 2026-02-02 occurred")]
    // Congratulations sent are support.
    [InlineData("Keir Starmer sent Emmanuel Macron his warmest congratulations.", "SUPPORT/-/-/051 keir-starmer -> emmanuel-macron undated occurred")]
    public void Reads_clauses_objects_and_context(string text, params string[] expected) => Events(text).Should().BeEquivalentTo(expected);

    [Theory]
    // "both sides" are the two countries or bodies the article has named most.
    [InlineData("India and Pakistan held talks in Delhi on Monday. Both sides agreed to reopen their consulates.",
        "AGREE IND -> PAK")]
    // "the move" points back at the act the article leads with, not at a meeting told since.
    [InlineData("Israel announced new settlements on Monday. Arab League ministers met in Cairo. Jordan condemned the move.", "ACCUSE JOR -> ISR")]
    // "criticised his nomination": whose act it is, is who the criticism is aimed at.
    [InlineData("Stanley Fischer faces a hard task, as Ariel Sharon criticised his nomination.", "ACCUSE ariel-sharon -> stanley-fischer")]
    // A parenthesis between dashes, or an apposition between commas, is passed over to the subject it describes.
    [InlineData("The Arab League - which distrusts Washington - called on Israel to halt the settlements.", "REQUEST ARL -> ISR")]
    [InlineData("Japan, the biggest donor to the bank, criticised Myanmar.", "ACCUSE JPN -> MMR")]
    // Between dashes that name the subject itself, the names are the subject.
    [InlineData("Two states - Egypt and Jordan - criticised Israel.", "ACCUSE EGY+JOR -> ISR")]
    // "warned the two" and "both countries said in a statement" name the article's two main parties.
    [InlineData("France and Germany missed the debt target once more. The European Commission warned the two were being watched closely.",
        "THREATEN EC -> FRA+DEU")]
    [InlineData("Chile and Peru signed a fishing pact, both countries said in a statement.", "STATEMENT CHL -> PER")]
    // Talks with no one named are with the one other party of the sentence before.
    [InlineData("Narendra Modi arrived in London on Sunday. Keir Starmer held talks on trade on Monday.", "CONSULT keir-starmer -> narendra-modi")]
    // A short parenthesis does not hide the subject before it; a verb after "but" shares the reporting verb's subject.
    [InlineData("Next spring the World Trade Organisation (WTO) holds its first talks with Iraq.", "CONSULT WTO -> IRQ")]
    [InlineData("Gordon Brown said America needed to act but praised Emmanuel Macron for his aid.", "SUPPORT gordon-brown -> emmanuel-macron")]
    // A participle clause after a comma shares the sentence's opening subject; the speaker is no one's recipient.
    [InlineData("The Tories said they were glad Keir Starmer had gone, having earlier criticised the choice.", "ACCUSE GBRCON -> keir-starmer")]
    public void Reads_participants_the_words_point_back_to(string text, string expected) =>
        Extractor.Extract(Annotate(text)).Where(e => e.Confidence >= 0.5)
            .Select(e => $"{e.Type} {string.Join('+', e.Actors)} -> {string.Join('+', e.Recipients)}").Should().Contain(expected);

    [Fact]
    public void A_speaker_before_an_apposition_is_not_the_party_of_what_they_report()
    {
        Extractor.Extract(Annotate("Kristalina Georgieva, the fund's chief, said the credit agreement would steady Egypt."))
            .Should().NotContain(e => e.Actors.Contains("kristalina-georgieva"));
    }

    [Fact]
    public void A_reported_clause_with_its_own_subject_is_not_the_speakers_act()
    {
        // "the deal" is the subject of what Mr Howard reports, not a deal of his; "The US said it filed" keeps the speaker.
        Extractor.Extract(Annotate("Kemi Badenoch said the pact with India put old worries to bed.")).Should().NotContain(e => e.Actors.Contains("kemi-badenoch"));
        Extractor.Extract(Annotate("The US said it criticised Brazil on Monday.")).Should().Contain(e => e.Type == "ACCUSE" && e.Actors.Contains("USA"));
    }

    [Fact]
    public void The_speaker_of_the_sentence_is_not_the_object_of_its_act()
    {
        // ", Jack Straw said" closes the sentence: the summit is not with him.
        Extractor.Extract(Annotate("Nothing on farm aid will change at the Brussels summit in May, Jack Straw said."))
            .Should().NotContain(e => e.Recipients.Contains("jack-straw"));
    }

    private static AnnotatedArticle Annotate(string text)
    {
        NewsTime.TryParseIso("2026-02-06T15:28+05:30", out NewsTime time).Should().BeTrue();
        return Annotator.Annotate(new Article(ArticleId.Of(text), null, null, null, null, time, null, "en", text, [], [], null));
    }

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
