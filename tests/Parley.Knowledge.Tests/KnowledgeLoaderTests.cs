using Parley.Knowledge.Tables;

namespace Parley.Knowledge.Tests;

public sealed class KnowledgeLoaderTests
{
    [Fact]
    public void Shipped_knowledge_loads_without_errors()
    {
        IReadOnlyList<KnowledgeFile> files = KnowledgeFile.Shipped();
        files.Select(file => file.Table).Should().BeEquivalentTo(KnowledgeFile.Tables);

        KnowledgeBase knowledge = KnowledgeLoader.Load(files);

        knowledge.Countries.Should().HaveCountGreaterThanOrEqualTo(193 + 2 + 2);
        knowledge.People.Should().NotBeEmpty();
        knowledge.Tenures.Should().NotBeEmpty();
        knowledge.Media.Should().Contain(outlet => outlet.Id == "afp");
    }

    [Fact]
    public void The_version_is_a_hash_of_the_loaded_tables_that_changes_when_a_table_changes()
    {
        IReadOnlyList<KnowledgeFile> files = KnowledgeFile.Shipped();
        string version = KnowledgeLoader.Load(files).Version;

        version.Should().MatchRegex("^kb-[0-9a-f]{12}$");
        KnowledgeLoader.Load(files).Version.Should().Be(version, "the same tables give the same version");
        KnowledgeFile media = files.Single(file => file.Table == "media.tsv");
        KnowledgeFile edited = media with { Text = "# reviewed again\n" + media.Text };
        KnowledgeLoader.Load([.. files.Select(file => file == media ? edited : file)]).Version.Should().NotBe(version);
    }

    [Theory]
    // Every UN member and observer, Taiwan, Kosovo, and the former states news archives name.
    [InlineData("CHN")]
    [InlineData("USA")]
    [InlineData("TWN")]
    [InlineData("XKX")]
    [InlineData("KSV")] // CAMEO's code for Kosovo
    [InlineData("PSE")]
    [InlineData("VAT")]
    [InlineData("SUN")]
    [InlineData("DDR")]
    [InlineData("YUG")]
    [InlineData("CSK")]
    public void Knows_the_polity(string code) =>
        ShippedKnowledge.Instance.CountryByCode(code).Should().NotBeNull();

    [Fact]
    public void Every_un_member_state_has_a_head_of_state_or_government_office()
    {
        KnowledgeBase knowledge = ShippedKnowledge.Instance;
        IEnumerable<string> polities = knowledge.Offices.Where(office => office.Kinds.Contains("head-of-state") || office.Kinds.Contains("head-of-government"))
            .Select(office => office.Polity);

        knowledge.Countries.Where(country => country.ValidTo is null && country.Code.Value is not ("VAT" or "PSE" or "XKX"))
            .Select(country => country.Code.Value).Except(polities).Should().BeEmpty();
    }

    [Fact]
    public void Extra_folder_adds_people_to_the_shipped_ones()
    {
        using var folder = new TempFolder();
        folder.Write("people.tsv", "id\tname\taliases\tcountry\tgender\tsource\nchen-ming-chi\tChen Ming-chi\tChen\tTWN\tmale\tmofa.gov.tw\n");

        KnowledgeBase knowledge = KnowledgeLoader.LoadShipped(folder.Path);

        knowledge.ActorsNamed("Chen Ming-chi").Should().ContainSingle().Which.Country.Should().Be(new CountryCode("TWN"));
    }

    [Fact]
    public void A_users_tenure_that_overlaps_a_shipped_one_is_blamed_on_the_users_file()
    {
        using var folder = new TempFolder();
        string path = folder.Write("tenures.tsv", "person_id\toffice_id\tstart\tend\tsource\nxi-jinping\tchn-president\t2012-01-01\t\ttest\n");

        Action load = () => KnowledgeLoader.LoadShipped(folder.Path);

        KnowledgeError error = load.Should().Throw<KnowledgeFormatException>().Which.Errors.Should().ContainSingle().Subject;
        error.Should().BeEquivalentTo(new { File = path, Line = 2, Code = KnowledgeErrorCodes.OverlappingTenure });
        error.Expected.Should().Contain("tenures.tsv:");
    }
}
