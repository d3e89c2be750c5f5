namespace Parley.Events.Tests;

// The right participants for events the stage already finds (issue 4, seventh round): descriptions that name a party
// (a compound, "European leaders", an unnamed person introduced next), the speaker of his own state's act, subjects
// behind asides and possessives, and targets pointed back at. Sentences written for these tests in the style of wire copy.
public sealed class RoundSevenTests
{
    private static string[] Events(string text) => CodedEvents.Of(text);

    private static bool Has(string[] events, string type, string participants) =>
        events.Any(e => e.StartsWith(type, StringComparison.Ordinal) && e.EndsWith(participants, StringComparison.Ordinal));

    [Fact]
    public void An_example_picked_out_of_the_subject_is_passed_over() =>
        Events("Myanmar faces fresh pressure over the crackdown, which the G7, in particular France, has condemned for weeks.")
            .Should().Contain(e => e.StartsWith("ACCUSE", StringComparison.Ordinal) && e.Contains(" G7 ->", StringComparison.Ordinal))
            .And.NotContain(e => e.Contains(" FRA ->", StringComparison.Ordinal));

    [Fact]
    public void The_country_that_leads_a_coalition_is_its_target() =>
        Has(Events("Keir Starmer has criticised the Saudi-led coalition, saying the United Nations should be in charge."), "ACCUSE", "keir-starmer -> SAU")
            .Should().BeTrue();

    [Fact]
    public void A_deal_on_a_two_country_relation_is_with_the_other_country() =>
        Events("Keir Starmer also signed a deal on UK-Japan tourism.").Should().Contain("AGREE/057 keir-starmer -> JPN");

    [Theory]
    // A party that only modifies a noun ("the EU budget") is asked nothing.
    [InlineData("Sweden and Denmark want the EU budget to be frozen.", false)]
    // A group named after the party is still asked.
    [InlineData("Japan wants other G7 nations to raise their aid.", true)]
    public void Wanting_asks_only_the_party_before_to(string text, bool request) =>
        Events(text).Any(e => e.StartsWith("REQUEST", StringComparison.Ordinal)).Should().Be(request);

    [Fact]
    public void European_leaders_are_the_eu() =>
        Has(Events("The EU summit opened in Brussels on Monday. Keir Starmer urged European leaders to agree a common asylum plan."), "REQUEST", "keir-starmer -> EU")
            .Should().BeTrue();

    [Fact]
    public void An_unnamed_person_is_the_one_the_next_sentence_introduces() =>
        Has(Events("Chile has asked a US economist to run its central bank. Maria Lopez, a professor at Harvard, has agreed to take the job."),
            "REQUEST", "CHL -> maria-lopez").Should().BeTrue();

    [Fact]
    public void A_private_person_described_by_country_is_no_party() =>
        Events("Chile has asked a US economist to run its central bank.").Should().NotContain(e => e.Contains("USA", StringComparison.Ordinal));

    [Fact]
    public void The_office_holder_telling_his_states_act_is_its_actor() =>
        Has(Events("Keir Starmer said the UK backed Ukraine's entry."), "SUPPORT", "keir-starmer+GBR -> UKR").Should().BeTrue();

    [Fact]
    public void Judging_a_measure_an_office_holder_announced_judges_the_state() =>
        Has(Events("Marco Rubio announced the new tariffs on Monday. The African Union condemned the move."), "ACCUSE", "AU -> USA").Should().BeTrue();

    [Fact]
    public void The_same_sides_second_reaction_has_the_first_ones_target() =>
        Has(Events("Canada has welcomed the decision by Peru and Chile to reopen a border crossing. Ottawa also praised the goodwill on both sides."),
            "SUPPORT", "CAN -> PER+CHL").Should().BeTrue();

    [Theory]
    // The possessor of another noun does not own the talks.
    [InlineData("Spain's part in the talks was small.", "ESP")]
    // A name after "about" is what the words are about, not who met anyone.
    [InlineData("His remarks about Emmanuel Macron met a cool reception from Olaf Scholz.", "emmanuel-macron")]
    // The same past a title before the surname.
    [InlineData("Her words about President Macron met a cool reception from Olaf Scholz.", "emmanuel-macron")]
    // The subject of a clause opened by "if" follows "if".
    [InlineData("Hamas has refused Egypt as a broker if peace talks ever resume.", "EGY ->")]
    public void A_name_that_is_not_the_subject_does_not_act(string text, string actor) =>
        Events(text).Should().NotContain(e => e.StartsWith("CONSULT", StringComparison.Ordinal) && e.Contains(actor, StringComparison.Ordinal));

    [Fact]
    public void A_body_of_states_meeting_in_a_city_does_not_meet_its_country() =>
        Events("EU ministers held talks in Brussels on farm subsidies.").Should().NotContain(e => e.Contains("BEL", StringComparison.Ordinal));

    [Fact]
    public void The_minister_saying_it_is_an_actor_of_the_states_reaction() =>
        Events("Germany welcomed the decision by Poland, with foreign minister Johann Wadephul saying it was fair.")
            .Should().Contain(e => e.StartsWith("SUPPORT", StringComparison.Ordinal) && e.Contains("johann-wadephul", StringComparison.Ordinal)
                && e.EndsWith("-> POL", StringComparison.Ordinal));

    [Fact]
    public void A_visit_to_no_known_party_does_not_count() =>
        Events("Keir Starmer will visit Auschwitz next week.").Should().NotContain(e => e.StartsWith("CONSULT", StringComparison.Ordinal));

    [Fact]
    public void A_country_inside_a_longer_name_is_no_subject() =>
        // "China" in "East China Sea" is part of a sea's name; "China’s" (curly apostrophe) owns the patrols, not the accusation.
        Events("The Philippines has long objected to China’s patrols near the East China Sea shoals and has accused Beijing of harassment.")
            .Should().NotContain(e => e.Contains(" CHN -> PHL", StringComparison.Ordinal));

    [Fact]
    public void The_topic_of_a_hosted_meeting_is_no_party() =>
        Events("Friday's meeting on Syrian reconstruction is being hosted by Keir Starmer.").Should().NotContain(e => e.Contains("SYR", StringComparison.Ordinal));
}
