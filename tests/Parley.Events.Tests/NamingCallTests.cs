namespace Parley.Events.Tests;

// Sixth round of events (issue 4): "calls X hostile" (a naming verb) is no phone call. Sentences written for these tests in the style of wire copy.
public sealed class NamingCallTests
{
    private static string[] Events(string text) => CodedEvents.Of(text);

    [Theory]
    // "calls" + object + predicate names what the object is; it is no call.
    [InlineData("Iran - which calls the US hostile and has turned down talks - said on Monday it would not attend.")]
    [InlineData("Jordan calls the plan a betrayal.")]
    public void Calling_something_a_name_is_no_phone_call(string text) =>
        Events(text).Should().NotContain(e => e.StartsWith("CONSULT/041", StringComparison.Ordinal));

    [Fact]
    public void Calling_someone_every_week_stays_a_call() =>
        Events("Vladimir Putin calls Emmanuel Macron every week.").Should().Contain("CONSULT/041 vladimir-putin -> emmanuel-macron");
}
