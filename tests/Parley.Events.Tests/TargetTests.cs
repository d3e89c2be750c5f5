namespace Parley.Events.Tests;

// Whom an act is aimed at when the object is not a plain name (issue 4, events, fifth round): an administration named
// after its leader, the subject of the verb a possessor's demand is the object of, a country where what is offered
// happens, an office holder met beside the act. Sentences written for these tests in the style of wire copy.
public sealed class TargetTests
{
    private static string[] Events(string text) => CodedEvents.Of(text);

    [Fact]
    public void The_leaders_administration_is_the_state() =>
        Events("Caracas has rejected the Trump administration as a go-between.")
            .Should().Contain(e => e.StartsWith("REJECT", StringComparison.Ordinal) && e.EndsWith("VEN -> USA", StringComparison.Ordinal));

    [Fact]
    public void A_possessors_demand_is_made_of_the_subject_that_agrees_to_it() =>
        Events("The tariffs could go if Japan agrees to Canada's demands to drop its quotas on dairy imports.")
            .Should().Contain(e => e.StartsWith("REQUEST", StringComparison.Ordinal) && e.EndsWith("CAN -> JPN", StringComparison.Ordinal));

    [Theory]
    [InlineData("Japan has offered to send a team of 40 engineers to help with the flood relief effort in Pakistan.", "AGREE", "JPN -> PAK")]
    // "in the" before the country, far into a long object.
    [InlineData("Keir Starmer has called for the release of two charity volunteers detained for months in the United Arab Emirates.", "REQUEST", "keir-starmer -> ARE")]
    public void An_offer_or_request_goes_to_the_country_where_it_is_carried_out(string text, string type, string participants) =>
        Events(text).Should().Contain(e => e.StartsWith(type, StringComparison.Ordinal) && e.EndsWith(participants, StringComparison.Ordinal));

    [Fact]
    public void An_office_holder_beside_the_act_stands_for_the_state() =>
        // Starmer reports Iran's agreement; the act is aimed at his government, not at him.
        Events("Keir Starmer told MPs that Iran had agreed to free the two sailors.")
            .Should().Contain(e => e.StartsWith("AGREE", StringComparison.Ordinal) && e.EndsWith("IRN -> GBR", StringComparison.Ordinal));

    [Fact]
    public void A_meeting_that_sets_the_scene_is_no_party() =>
        Events("Most EU ministers back the plan to tax aviation fuel, tabled by Spain and Italy after last month's G7 meeting.")
            .Should().Contain(e => e.StartsWith("AGREE", StringComparison.Ordinal) && e.EndsWith("-> EU", StringComparison.Ordinal));

    [Theory]
    // "was also announced": an adverb between "be" and the participle keeps the passive agentless.
    [InlineData("A new rail link between the two cities was also announced on Friday.")]
    // A participle after an act noun describes that act, with no author named.
    [InlineData("Few analysts expect the trade deal announced in October to survive the election.")]
    public void A_participle_with_no_agent_is_no_statement(string text) =>
        Events(text).Should().NotContain(e => e.StartsWith("STATEMENT", StringComparison.Ordinal));

    [Fact]
    public void A_trip_inside_ones_own_country_is_no_visit() =>
        Events("Keir Starmer visited a hospital in London on Tuesday.").Should().NotContain(e => e.StartsWith("CONSULT", StringComparison.Ordinal));

    [Fact]
    public void Living_under_an_embargo_is_no_sanction_told() =>
        Events("Keir Starmer said it was wrong to keep Cuba under the same embargo as North Korea.")
            .Should().NotContain(e => e.StartsWith("SANCTION", StringComparison.Ordinal));

    [Fact]
    public void A_verb_joined_to_a_relative_clause_shares_its_antecedent() =>
        // "the EU" is what the relative clause's first verb considers, not the one who rejects.
        Events("Iran - which considers the EU hostile and has rejected the Trump administration as a go-between - wants new elections.")
            .Should().Contain(e => e.StartsWith("REJECT", StringComparison.Ordinal) && e.EndsWith("IRN -> USA", StringComparison.Ordinal));

    [Fact]
    public void The_office_holder_who_announced_the_move_stands_for_the_state() =>
        Events("The African Union condemned the measure unveiled on Friday by US Secretary of State Marco Rubio.")
            .Should().Contain(e => e.StartsWith("ACCUSE", StringComparison.Ordinal) && e.EndsWith("-> USA", StringComparison.Ordinal));

    [Fact]
    public void An_agreement_between_two_parties_is_theirs_not_the_speakers() =>
        // "between" makes Chile a place for the recognizer; in the list after it, it is a party.
        Events("The United States calls it the most important trade agreement between Chile and Peru in a decade.")
            .Should().NotContain(e => e.StartsWith("AGREE", StringComparison.Ordinal) && e.Contains("USA", StringComparison.Ordinal));
}
