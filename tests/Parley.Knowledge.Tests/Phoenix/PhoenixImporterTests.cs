using Parley.Knowledge.Phoenix;
using Parley.Knowledge.Tables;
using Parley.TestKit;

namespace Parley.Knowledge.Tests.Phoenix;

public sealed class PhoenixImporterTests
{
    private static readonly PhoenixImport Officials = new PhoenixImporter(ShippedKnowledge.Instance)
        .Import(PhoenixDictionaryReader.Read(Fixture.Text("phoenix/officials.actors.txt")), "officials.actors.txt");

    private static ImportedPerson Person(string id) => Officials.People.Single(person => person.Id.Value == id);

    private static IEnumerable<(string Office, string Start, string? End)> TenuresOf(string id) =>
        Officials.Tenures.Where(tenure => tenure.Person.Value == id)
            .Select(tenure => (tenure.Office.Value, Iso(tenure.Start), tenure.End is { } end ? Iso(end) : null));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Imports_people_but_not_countries_or_institutions()
    {
        Officials.EntriesRead.Should().Be(16);
        Officials.PeopleRead.Should().Be(14);
        Officials.People.Select(person => person.Id.Value).Should().Equal(
            "ingrid-halvorsen-moe", "luis-da-costa-pereira", "patrick-odonnell-jr", "kofi-mensah-asante", "hassan-abdel-rahman-el-amin",
            "yusuf-ibn-khalid", "willem-van-der-berg", "andrzej-nowicki", "maria-silva", "maria-silva-prt", "john-carter", "albert-ii-bel");
    }

    [Fact]
    public void Keeps_synonyms_as_aliases_without_repeating_the_name()
    {
        Person("ingrid-halvorsen-moe").Aliases.Should().Equal("Halvorsen Moe", "Minister Ingrid Halvorsen Moe");
        Person("maria-silva-prt").Aliases.Should().Equal("Maria da Silva Mendes");
        Person("ingrid-halvorsen-moe").Source.Should().Be("phoenix:officials.actors.txt:15");
    }

    [Fact]
    public void Gives_each_person_the_country_of_their_latest_code()
    {
        Person("luis-da-costa-pereira").Country.Should().Be(new CountryCode("PRT"));
        Person("hassan-abdel-rahman-el-amin").Country.Should().Be(new CountryCode("SDN"));
    }

    [Fact]
    public void Turns_dated_government_codes_into_tenures_with_exclusive_ends_merging_back_to_back_periods()
    {
        // [NORGOV 051017-130930] then [NORGOV >131001]: one open tenure from 2005-10-17.
        TenuresOf("ingrid-halvorsen-moe").Should().Equal(("nor-phoenix-gov", "2005-10-17", (string?)null));
        TenuresOf("luis-da-costa-pereira").Should().Equal(("prt-phoenix-gov", "1999-10-25", "2002-04-06"));
        TenuresOf("patrick-odonnell-jr").Should().Equal(("irl-phoenix-leg", "1997-06-06", "2002-05-18"));
        TenuresOf("hassan-abdel-rahman-el-amin").Should().Equal(("sdn-phoenix-mil", "1989-06-30", "1993-01-02"));
        TenuresOf("yusuf-ibn-khalid").Should().Equal(("jor-phoenix-gov", "2015-03-01", "2016-02-16"));
        TenuresOf("willem-van-der-berg").Should().Equal(("nld-phoenix-gov", "2020-01-01", "2020-06-02"));
    }

    [Fact]
    public void Makes_one_collective_office_per_country_and_body()
    {
        Officials.Offices.Select(office => (office.Id.Value, office.Title)).Should().Contain(
        [
            ("nor-phoenix-gov", "Government of Norway (Phoenix GOV)"),
            ("sdn-phoenix-mil", "Military of Sudan (Phoenix MIL)"),
            ("irl-phoenix-leg", "Legislature of Ireland (Phoenix LEG)"),
        ]);
        Officials.Offices.Select(office => office.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Skips_a_person_the_shipped_knowledge_knows_but_not_one_who_only_shares_a_surname()
    {
        Officials.KnownPeople.Should().Equal(("Angela Merkel", new PersonId("angela-merkel")));
        // "+CARTER_" is one word: it proves nothing about Jimmy Carter.
        Person("john-carter").Aliases.Should().Equal("Carter");
    }

    [Fact]
    public void Folds_a_second_entry_of_the_same_name_and_country_into_one_person()
    {
        Officials.DuplicatesMerged.Should().Be(1);
        Person("kofi-mensah-asante").Aliases.Should().Equal("K. Mensah Asante");
        TenuresOf("kofi-mensah-asante").Should().Equal(
            ("gha-phoenix-gov", "2000-01-07", "2001-01-07"),
            ("gha-phoenix-gov", "2004-01-01", "2005-01-01"));
    }

    [Fact]
    public void Does_not_take_a_regnal_name_for_the_monarch_of_another_country()
    {
        // The shipped albert-ii is the Prince of Monaco; ALBERT_II_ here is Belgian.
        Person("albert-ii-bel").Country.Should().Be(new CountryCode("BEL"));
        Person("albert-ii-bel").Aliases.Should().Equal("King Albert II");
    }

    [Fact]
    public void Counts_roles_without_tenure_and_codes_it_cannot_map()
    {
        Officials.UnmappedCodes.Should().Equal(new Dictionary<string, int> { ["USAASMGOV"] = 1, ["XYZGOV"] = 1 });
        Officials.RolesWithoutTenure["GOV (no start date)"].Should().Be(1);
        Officials.RolesWithoutTenure["OPP"].Should().Be(1);
        Officials.Rejected.Should().HaveCount(6);
    }

    [Fact]
    public void The_imported_files_load_next_to_the_shipped_knowledge_and_resolve_by_date()
    {
        KnowledgeBase knowledge = KnowledgeLoader.Load([.. KnowledgeFile.Shipped(), .. PhoenixImportFiles.Render(Officials)]);
        ActorMatch best = new ActorResolver(knowledge).Resolve("Halvorsen Moe", ShippedKnowledge.Date("2010-03-01"))[0];
        best.Actor.Id.Should().Be("ingrid-halvorsen-moe");
        best.Roles.Should().Equal("Government of Norway (Phoenix GOV)");
        new ActorResolver(knowledge).Resolve("Kofi Mensah Asante", ShippedKnowledge.Date("2003-01-01"))[0].Description
            .Should().Be("former Government of Ghana (Phoenix GOV)");
    }

    [Fact]
    public void Imports_the_real_phoenix_countries_dictionary_when_present()
    {
        const string relative = "data/actors/Phoenix.Countries.actors.txt";
        string? path = Fixture.SharedPath(relative);
        if (path is null)
        {
            Assert.Skip(Fixture.SharedMissing(relative));
            return;
        }

        PhoenixImport import = new PhoenixImporter(ShippedKnowledge.Instance)
            .Import(PhoenixDictionaryReader.Read(File.ReadAllText(path)), Path.GetFileName(path));
        KnowledgeBase knowledge = KnowledgeLoader.Load([.. KnowledgeFile.Shipped(), .. PhoenixImportFiles.Render(import)]);

        // Floors well under what the January 2014 file gives (about 17,000 people and 19,000 tenures),
        // so a reader change that loses most of it fails, while an edit to the shipped knowledge does not.
        import.People.Length.Should().BeGreaterThan(15_000);
        import.Tenures.Length.Should().BeGreaterThan(15_000);
        import.KnownPeople.Should().Contain(known => known.Known == new PersonId("vladimir-putin"));
        import.Rejected.Length.Should().BeLessThan(50);
        knowledge.People.Length.Should().Be(ShippedKnowledge.Instance.People.Length + import.People.Length);
        new ActorResolver(knowledge).Resolve("Wang Qishan", ShippedKnowledge.Date("2010-05-24"))[0].Roles
            .Should().Equal("Government of China (Phoenix GOV)");
    }
}
