namespace Parley.Events.Tests;

// Phrasings of sentences where no trigger row fired (issue 4, events, fifth round): complaints, attacks in words told
// with "attacking", bans on trade, nominations, people freed by those who held them, and stance
// told in reported clauses (giving way, "putting X above Y", "must", judged words that point back at an act). Sentences
// written for these tests in the style of wire copy.
public sealed class RoundFiveTests
{
    private static string[] Events(string text) => CodedEvents.Of(text);

    [Theory]
    // A complaint answered by a complaint: two acts with their sides turned round, not one merged event.
    [InlineData("Canada lodged a complaint against the United States over timber duties, prompting a US complaint over Canadian dairy quotas.",
        "ACCUSE/114 CAN -> USA", "ACCUSE/114 USA -> CAN")]
    // "attacking X for doing" is an attack in words; "attacking X from the north" stays force.
    [InlineData("The vote split the bloc, with Emmanuel Macron attacking Keir Starmer for backing the plan.", "ACCUSE/111 emmanuel-macron -> keir-starmer")]
    [InlineData("Russia was attacking Ukraine from the north.", "ASSAULT/190 RUS -> UKR")]
    // A ban on trade is aimed at where the trade goes; imposing tariffs is a sanction.
    [InlineData("Japan's ban on fish imports from South Korea stays in force.", "SANCTION/163 JPN -> KOR")]
    [InlineData("The United States imposed tariffs on Chinese steel.", "SANCTION/163 USA -> CHN")]
    // A nomination told with its agent after "by" is the agent's endorsement of the nominee.
    [InlineData("Keir Starmer's nomination by Emmanuel Macron drew little comment.", "SUPPORT/051 emmanuel-macron -> keir-starmer")]
    // People told as held by a party are freed by it, although the passive names no agent.
    [InlineData("The three Canadian sailors held by Iran will be released on Friday.", "RETREAT/0841 IRN -> CAN")]
    public void Reads_the_fifth_round_rows(string text, params string[] expected) => Events(text).Should().BeEquivalentTo(expected);

    [Theory]
    // Hosting an occasion that is no meeting is no visit; hosting a leader is.
    [InlineData("The university hosted a lecture by Keir Starmer last year.")]
    [InlineData("Emmanuel Macron hosted a concert for veterans at the Elysee.")]
    public void Hosting_an_occasion_is_no_visit(string text) => Events(text).Should().NotContain(e => e.StartsWith("CONSULT", StringComparison.Ordinal));

    [Fact]
    public void Hosting_a_leader_is_a_visit() =>
        Events("Emmanuel Macron hosted Keir Starmer at the Elysee.").Should().Contain("CONSULT/043 emmanuel-macron -> keir-starmer");

    [Theory]
    // Staying away from a meeting is refusing it, not attending it.
    [InlineData("Japan will not attend the summit in Seoul.")]
    [InlineData("Japan decided not to attend the summit in Seoul.")]
    public void Staying_away_is_a_refusal(string text) =>
        Events(text).Should().Contain(e => e.StartsWith("REJECT/125 JPN", StringComparison.Ordinal)).And.NotContain(e => e.StartsWith("CONSULT", StringComparison.Ordinal));

    [Fact]
    public void Declining_to_impose_sanctions_is_a_concession() =>
        Events("Japan said it would not impose sanctions on Mexico.").Should().Contain("CONCEDE/08 JPN -> MEX").And.NotContain(e => e.StartsWith("SANCTION", StringComparison.Ordinal));

    [Fact]
    public void A_verb_row_after_a_possessive_is_an_adjective() =>
        Events("Critics doubt that Serbia's proposed entry will happen soon.").Should().NotContain(e => e.StartsWith("AGREE", StringComparison.Ordinal));

    [Theory]
    // Giving way, and putting one thing above another, said of a party.
    [InlineData("Emmanuel Macron says Keir Starmer is surrendering Britain's fishing rights.", "ACCUSE/111 emmanuel-macron -> keir-starmer")]
    [InlineData("Emmanuel Macron says the United States is putting profit above the climate.", "ACCUSE/111 emmanuel-macron -> USA")]
    // "must" in a reported clause is a demand on the party the clause names.
    [InlineData("Donald Trump said Iran must free the sailors.", "REQUEST/020 donald-trump -> IRN")]
    // Judged words that name no one but point back at an act judge its actor.
    [InlineData("Egypt announced new tariffs on Monday. Jordan called it a betrayal.", "STATEMENT/010 EGY -> ", "ACCUSE/111 JOR -> EGY")]
    [InlineData("Egypt announced new tariffs on Monday. Jordan said the move was a betrayal.", "STATEMENT/010 EGY -> ", "ACCUSE/111 JOR -> EGY")]
    public void Reads_stance_told_in_reported_clauses(string text, params string[] expected) => Events(text).Should().BeEquivalentTo(expected);

    [Theory]
    // "putting" without "above"/"before" in reach is no judgement.
    [InlineData("Emmanuel Macron says the EU is putting forward a plan.")]
    // A judgement of nothing named and of no act told before codes nothing.
    [InlineData("Jordan called it a betrayal.")]
    public void Codes_no_stance_without_the_whole_frame(string text) => Events(text).Should().BeEmpty();
}
