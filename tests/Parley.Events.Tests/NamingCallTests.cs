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

// An interview given to a news outlet is no meeting with it (seen on real news: "speaking to the BBC ... before visiting").
public sealed class MediaAreNoMeetingPartyTests
{
    [Fact]
    public void Speaking_to_a_broadcaster_is_no_meeting_with_it() =>
        CodedEvents.Of("Keir Starmer was speaking to the BBC on Sunday before visiting a hospital in Leeds.")
            .Should().NotContain(e => e.StartsWith("CONSULT", StringComparison.Ordinal) && e.Contains("bbc", StringComparison.Ordinal));

    [Fact]
    public void A_meeting_the_broadcaster_reports_stays_a_meeting() =>
        CodedEvents.Of("Keir Starmer met Emmanuel Macron in Paris on Sunday, the BBC reported.")
            .Should().Contain(e => e.StartsWith("CONSULT", StringComparison.Ordinal) && e.EndsWith("keir-starmer -> emmanuel-macron", StringComparison.Ordinal));
}
