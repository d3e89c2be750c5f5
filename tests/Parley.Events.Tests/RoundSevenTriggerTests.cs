namespace Parley.Events.Tests;

// Issue 4, events, seventh round: phrasings with no trigger before (a tweet, an announcement to come, put out of a party or a
// country) and deal nouns that tell no agreement (a treaty's name, a deal wished for). Sentences written for these tests.
public sealed class RoundSevenTriggerTests
{
    private static string[] Events(string text) => CodedEvents.Of(text);

    [Theory]
    [InlineData("Kenya said in a tweet that the border with Somalia would reopen.", "STATEMENT/010 KEN -> ")]
    [InlineData("Japan hopes to announce the rescue package on Friday.", "STATEMENT/010 JPN -> ")]
    [InlineData("Ahmed Rashid, a councillor, was expelled from the Conservative Party over his remarks.", "COERCE/17 GBRCON -> ahmed-rashid")]
    [InlineData("Two Kenyan diplomats were deported from Ethiopia on Monday.", "COERCE/174 ETH -> ")]
    [InlineData("Keir Starmer was urged by Kenya to lift the ban.", "REQUEST/020 KEN -> keir-starmer")]
    [InlineData("Britain and Norway reached a new agreement on fishing.", "AGREE/030 GBR -> NOR")]
    public void New_phrasings_are_coded(string text, string expected) => Events(text).Should().Contain(expected);

    [Fact]
    public void A_joint_news_conference_is_a_meeting_and_a_statement_by_both()
    {
        string[] events = Events("Keir Starmer, at a joint news conference alongside Emmanuel Macron, said the talks went well.");
        events.Should().Contain("STATEMENT/010 keir-starmer+emmanuel-macron -> ");
        events.Should().Contain("CONSULT/040 keir-starmer -> emmanuel-macron");
    }

    [Theory]
    // A treaty's name and a deal still wished for are no agreement told.
    [InlineData("Italy and Spain have breached the Fiscal Compact rules for three years.")]
    [InlineData("Britain wants to end the row with Norway with a new agreement on fishing.")]
    [InlineData("The EU is hoping to strike a deal with Turkey at the June summit.")]
    public void Deal_nouns_that_tell_no_agreement_code_none(string text) =>
        Events(text).Should().NotContain(e => e.StartsWith("AGREE", StringComparison.Ordinal));

    [Theory]
    // Acts told as a condition have not happened; a noun that is another act's object keeps its reading.
    [InlineData("Analysts said whether Japan will agree to cut tariffs depends on the election.", "AGREE")]
    [InlineData("Kenya has refused Norway as a broker if peace talks ever resume.", "CONSULT")]
    [InlineData("Ghana is ready to sell the stake if Nigeria will award it the oil deal.", "AGREE")]
    [InlineData("Tariffs are the main obstacle to any deal between Japan and Korea.", "AGREE")]
    public void Conditions_and_deals_nobody_made_code_none(string text, string type) =>
        Events(text).Should().NotContain(e => e.StartsWith(type, StringComparison.Ordinal));

    [Theory]
    // Talks backed or still to start are not held; an agreement pursued is not made. The meeting itself stays.
    [InlineData("Kenya is a keen proponent of talks with Somalia.", "CONSULT")]
    [InlineData("Ghana and Togo would welcome a quick start to talks on the border.", "CONSULT")]
    [InlineData("Kenya and Somalia held talks pursuing an agreement on the border.", "AGREE")]
    [InlineData("Kenya holds regular meetings with Somalia on border security.", "CONSULT")]
    public void Talks_backed_and_deals_pursued_code_none(string text, string type) =>
        Events(text).Should().NotContain(e => e.StartsWith(type, StringComparison.Ordinal));

    [Fact]
    public void Talks_pursuing_an_agreement_are_still_held() =>
        Events("Kenya and Somalia held talks pursuing an agreement on the border.").Should().Contain("CONSULT/040 KEN -> SOM");

    [Fact]
    public void Demands_in_a_condition_were_still_made() =>
        Events("Talks may collapse if Japan agrees to Beijing's demands on tariffs.").Should().Contain(e => e.StartsWith("REQUEST/020 CHN", StringComparison.Ordinal));

    [Fact]
    public void Expelled_with_no_one_put_out_of_anything_stays_a_sanction() =>
        Events("Germany expelled two Russian diplomats on Monday.").Should().Contain(e => e.StartsWith("SANCTION/166 DEU", StringComparison.Ordinal));
}
