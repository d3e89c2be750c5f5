namespace Parley.Events.Tests;

// Visits told without "visit" (issue 4, events, sixth round): being in a place abroad, a length of stay there, heading on
// to the next place. Sentences written for these tests in the style of wire copy.
public sealed class RoundSixTests
{
    private static string[] Events(string text) => CodedEvents.Of(text);

    [Theory]
    [InlineData("When Keir Starmer was in Tokyo on Monday, the two sides spoke about trade.", "CONSULT/042 keir-starmer -> JPN")]
    [InlineData("Emmanuel Macron is due in Warsaw at the end of the month.", "CONSULT/042 emmanuel-macron -> POL")]
    [InlineData("Keir Starmer spent three days in Peru before heading on Sunday to Chile.", "CONSULT/042 keir-starmer -> PER")]
    [InlineData("Keir Starmer spent three days in Peru before heading on Sunday to Chile.", "CONSULT/042 keir-starmer -> CHL")]
    public void Being_in_a_place_abroad_is_a_visit(string text, string expected) => Events(text).Should().Contain(expected);

    [Theory]
    // At home, no place named, money spent rather than days, a place left: no visit.
    [InlineData("Keir Starmer was in London on Monday.")]
    [InlineData("Keir Starmer was in a hurry to leave.")]
    [InlineData("Keir Starmer spent $2bn in Peru.")]
    [InlineData("Keir Starmer is heading back to London.")]
    public void No_visit_without_a_place_abroad(string text) =>
        Events(text).Should().NotContain(e => e.StartsWith("CONSULT", StringComparison.Ordinal));
}
