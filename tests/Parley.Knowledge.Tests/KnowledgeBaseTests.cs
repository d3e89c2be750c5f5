namespace Parley.Knowledge.Tests;

/// <summary>Who held an office on a date, table-driven across the years; each row is a public-record fact.</summary>
public sealed class KnowledgeBaseTests
{
    private readonly KnowledgeBase _knowledge = ShippedKnowledge.Instance;

    [Theory]
    [InlineData("gbr-prime-minister", "2019-07-01", "theresa-may")]
    [InlineData("gbr-prime-minister", "2019-07-25", "boris-johnson")]
    [InlineData("gbr-prime-minister", "2022-10-01", "liz-truss")]
    [InlineData("gbr-prime-minister", "1985-01-01", "margaret-thatcher")]
    [InlineData("usa-president", "1985-01-01", "ronald-reagan")]
    [InlineData("usa-president", "2021-01-20", "joe-biden")]                 // inauguration day belongs to the successor
    [InlineData("usa-president", "2021-01-19", "donald-trump")]
    [InlineData("usa-secretary-of-state", "2015-06-01", "john-kerry")]
    [InlineData("rus-president", "2008-05-07", "dmitry-medvedev")]
    [InlineData("rus-prime-minister", "1999-09-01", "vladimir-putin")]
    [InlineData("rus-foreign-minister", "2026-02-04", "sergei-lavrov")]
    [InlineData("chn-president", "2013-03-14", "xi-jinping")]
    [InlineData("chn-president", "2013-03-13", "hu-jintao")]
    [InlineData("chn-premier", "1990-01-01", "li-peng")]
    [InlineData("fra-president", "1990-01-01", "francois-mitterrand")]
    [InlineData("fra-prime-minister", "1987-01-01", "jacques-chirac")]
    [InlineData("sun-foreign-minister", "1987-01-01", "eduard-shevardnadze")]
    // Finance ministers (kind finance-minister, round 3 of issue 4).
    [InlineData("ind-finance-minister", "2005-02-04", "p-chidambaram")]
    [InlineData("gbr-chancellor-of-the-exchequer", "2005-02-04", "gordon-brown")]
    [InlineData("deu-finance-minister", "2005-02-04", "hans-eichel")]
    [InlineData("deu-finance-minister", "2005-11-22", "peer-steinbruck")]
    [InlineData("usa-treasury-secretary", "2004-06-01", "john-snow")]
    [InlineData("wto-director-general", "2004-06-01", "supachai-panitchpakdi")]
    [InlineData("pse-prime-minister", "2005-01-10", "ahmed-qurei")]
    public void Holder_of_office_on_date(string office, string date, string person) =>
        _knowledge.HolderOf(new OfficeId(office), ShippedKnowledge.Date(date))!.Id.Value.Should().Be(person);

    [Fact]
    public void Putin_holds_both_offices_while_acting_president()
    {
        IEnumerable<string> titles = _knowledge.OfficesHeld(new PersonId("vladimir-putin"), ShippedKnowledge.Date("2000-01-15")).Select(office => office.Title);

        titles.Should().BeEquivalentTo(["President of Russia", "Prime Minister of Russia"]);
    }

    [Fact]
    public void Putin_tenures_match_the_public_record()
    {
        var tenures = _knowledge.TenuresOf(new PersonId("vladimir-putin"))
            .Where(tenure => tenure.Office.Value == "rus-president")
            .Select(tenure => (tenure.Start, tenure.End));

        tenures.Should().Contain((new DateOnly(2000, 5, 7), new DateOnly(2008, 5, 7)))
            .And.Contain((new DateOnly(2012, 5, 7), (DateOnly?)null));
    }

    [Theory]
    [InlineData("Chinese", "CHN")]
    [InlineData("Russian", "RUS")]
    [InlineData("Soviet", "SUN")]
    [InlineData("Taiwanese", "TWN")]
    public void Country_by_demonym(string demonym, string code) =>
        _knowledge.CountriesByDemonym(demonym).Select(country => country.Code.Value).Should().Contain(code);

    [Theory]
    [InlineData("Türkiye", "TUR")]
    [InlineData("Burma", "MMR")]
    [InlineData("Ivory Coast", "CIV")]
    [InlineData("U.S.", "USA")]
    public void Country_by_name_or_alias(string name, string code) =>
        _knowledge.CountriesNamed(name).Select(country => country.Code.Value).Should().Contain(code);

    [Theory]
    [InlineData("Deputy Foreign Minister", "government")]
    [InlineData("assistant professor", "academia")]
    [InlineData("partner", "business")]
    public void Role_noun_to_sector(string noun, string sector) =>
        _knowledge.RoleNoun(noun)!.Sector.Should().Be(sector);

    [Theory]
    // The descriptions of the seed article's analysts (../shared/seed/gold.json).
    [InlineData("a partner at The Asia Group", "partner", "business")]
    [InlineData("Taiwan's Deputy Foreign Minister", "deputy foreign minister", "government")]
    [InlineData("assistant professor at S Rajaratnam School of International Studies", "assistant professor", "academia")]
    [InlineData("Kremlin's foreign policy aide", "foreign policy aide", "government")]
    public void Longest_role_noun_in_a_description(string description, string noun, string sector)
    {
        RoleNoun role = _knowledge.RoleNounIn(description)!;

        role.Noun.Should().Be(noun);
        role.Sector.Should().Be(sector);
    }

    [Fact]
    public void Description_without_a_role_noun_has_none() =>
        _knowledge.RoleNounIn("the man in the blue coat").Should().BeNull();
}
