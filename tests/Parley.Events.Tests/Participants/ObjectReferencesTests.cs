namespace Parley.Events.Tests.Participants;

// Targets an act's object names through a noun phrase pointing back at a party told earlier (issue 4, events, fifth
// round). Sentences written for these tests in the style of wire copy.
public sealed class ObjectReferencesTests
{
    private static string[] Events(string text) => CodedEvents.Of(text);

    private const string Lead = "Brussels has kept its embargo on oil sales to Syria since 2011, and the EU foreign ministers renewed it on Monday.";

    [Fact]
    public void An_embargo_on_exports_to_a_country_is_aimed_at_that_country() =>
        Events(Lead).Should().Contain(e => e.StartsWith("SANCTION", StringComparison.Ordinal) && e.EndsWith("EU -> SYR", StringComparison.Ordinal));

    [Fact]
    public void A_call_to_lift_the_ban_is_made_to_the_party_that_imposed_it() =>
        Events(Lead + " Italy and Greece are pressing for the embargo to end.")
            .Should().Contain(e => e.StartsWith("REQUEST", StringComparison.Ordinal) && e.EndsWith("-> EU", StringComparison.Ordinal));

    [Fact]
    public void A_pledge_by_the_imposer_to_lift_the_ban_is_made_to_the_party_under_it() =>
        Events(Lead + " In March the EU promised to start easing the ban.")
            .Should().Contain(e => e.StartsWith("AGREE", StringComparison.Ordinal) && e.EndsWith("EU -> SYR", StringComparison.Ordinal));

    [Fact]
    public void A_ban_no_trigger_reads_still_names_its_sides() =>
        // "ban" alone is no trigger row: the phrase "the EU's ban on ... to Syria" still says who imposed it on whom.
        Events("Plans to scrap the EU's ban on oil sales to Syria drew criticism on Monday. Spain is pressing for the ban to end.")
            .Should().Contain(e => e.StartsWith("REQUEST", StringComparison.Ordinal) && e.EndsWith("ESP -> EU", StringComparison.Ordinal));

    [Fact]
    public void The_country_is_the_country_named_last_other_than_the_actor() =>
        Events("About 2,000 Russian troops remain in Georgia, 15 years after Moscow invaded the country.")
            .Should().Contain(e => e.StartsWith("ASSAULT", StringComparison.Ordinal) && e.EndsWith("RUS -> GEO", StringComparison.Ordinal));
}
