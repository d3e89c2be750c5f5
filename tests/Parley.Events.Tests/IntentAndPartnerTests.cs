namespace Parley.Events.Tests;

// Talks still to be opened, the partner of a deal, and meetings of several parties' ministers (issue 4, events, fourth
// round). Sentences written for these tests in the style of wire copy.
public sealed class IntentAndPartnerTests
{
    private static string[] Events(string text) => CodedEvents.Of(text);

    [Theory]
    // Talks to be opened are an agreement to negotiate, with or without a modifier before "talks".
    [InlineData("Japan will start talks with Mexico in April.", "AGREE/036 JPN -> MEX")]
    [InlineData("Japan will open formal talks with Mexico in April.", "AGREE/036 JPN -> MEX")]
    [InlineData("Japan said it would begin trade talks with Mexico next year.", "AGREE/036 JPN -> MEX")]
    // Talks held are a meeting.
    [InlineData("Japan held talks with Mexico on Monday.", "CONSULT/040 JPN -> MEX")]
    public void Codes_talks_to_be_opened_as_agreement(string text, params string[] expected) => Events(text).Should().Contain(expected);

    [Fact]
    public void Deciding_whether_to_open_talks_is_no_agreement() =>
        Events("Japan will decide next month whether to begin trade talks with Mexico.").Should().BeEmpty();

    [Theory]
    // The party after "from"/"with" in a deal's clause is the partner, past a bracketed amount.
    [InlineData("Japan has signed a $12bn (£8bn) deal to buy liquefied natural gas from Qatar.", "JPN -> QAT")]
    [InlineData("Japan signed an agreement to build a railway with Kenya on Monday.", "JPN -> KEN")]
    public void Finds_the_partner_of_a_deal(string text, string expected) =>
        Events(text).Should().Contain(e => e.StartsWith("AGREE", StringComparison.Ordinal) && e.EndsWith(expected, StringComparison.Ordinal));

    [Fact]
    public void A_meeting_of_the_ministers_of_two_countries_is_between_them() =>
        Events("The visa deal came after a meeting of the foreign ministers of Chile and Peru in Lima.")
            .Should().Contain(e => e.StartsWith("CONSULT", StringComparison.Ordinal) && (e.EndsWith("CHL -> PER", StringComparison.Ordinal) || e.EndsWith("PER -> CHL", StringComparison.Ordinal)));

    [Theory]
    // A request to a group no one names ("rich nations") is still a request told in full, even with a pronoun as subject
    // (which alone would leave it below the 0.5 threshold).
    [InlineData("Keir Starmer was in good spirits. He called on rich nations to cancel the debts of the poorest countries.")]
    [InlineData("Keir Starmer was in good spirits. He urged the international community to act.")]
    public void Reads_requests_to_unnamed_groups(string text) =>
        Events(text).Should().Contain(e => e.StartsWith("REQUEST/020 keir-starmer", StringComparison.Ordinal));

    [Theory]
    // Conversations with someone are consultations.
    [InlineData("Keir Starmer has held several conversations with Emmanuel Macron.", "CONSULT/040 keir-starmer -> emmanuel-macron")]
    public void Reads_conversations(string text, params string[] expected) => Events(text).Should().Contain(expected);

    [Fact]
    public void An_additive_aside_is_passed_over_to_the_subject() =>
        Events("Kenya, along with Chile, Brazil, Peru and Norway, is invited to take part in the G7 summit in Rome next week.")
            .Should().Contain(e => e.StartsWith("CONSULT", StringComparison.Ordinal) && e.Contains("KEN", StringComparison.Ordinal))
            .And.NotContain(e => e.Contains("NOR ->", StringComparison.Ordinal) || e.Contains("PER+NOR", StringComparison.Ordinal));
}
