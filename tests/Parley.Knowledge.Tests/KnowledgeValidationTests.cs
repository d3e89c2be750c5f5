using Parley.Knowledge.Tables;

namespace Parley.Knowledge.Tests;

/// <summary>
/// Each kind of bad knowledge, on a small set of files written by the test: the error names the
/// file, the line, the column where the bad value starts, and a stable code.
/// </summary>
public sealed class KnowledgeValidationTests : IDisposable
{
    private const string Countries = "# test countries\niso3\tcameo\tname\taliases\tdemonyms\tvalid_from\tvalid_to\tsource\n"
        + "GBR\t\tUnited Kingdom\tUK|Britain\tBritish\t\t\ttest\n";
    private const string Offices = "id\ttitle\tpolity\tkind\tsingle_holder\tsource\n"
        + "gbr-prime-minister\tPrime Minister of the United Kingdom\tGBR\thead-of-government\tyes\ttest\n";
    private const string People = "id\tname\taliases\tcountry\tgender\tsource\n"
        + "theresa-may\tTheresa May\tMay\tGBR\tfemale\ttest\n"
        + "boris-johnson\tBoris Johnson\tJohnson\tGBR\tmale\ttest\n";
    private const string TenureHeader = "person_id\toffice_id\tstart\tend\tsource\n";
    private const string MayTenure = "theresa-may\tgbr-prime-minister\t2016-07-13\t2019-07-24\ttest";
    private const string JohnsonTenure = "boris-johnson\tgbr-prime-minister\t2019-07-24\t2022-09-06\ttest";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Valid_small_files_load_and_a_handover_day_belongs_to_the_successor()
    {
        KnowledgeBase knowledge = Load(tenures: TenureHeader + MayTenure + "\n" + JohnsonTenure + "\t# handover on the same day\n");

        knowledge.HolderOf(new OfficeId("gbr-prime-minister"), new DateOnly(2019, 7, 23))!.Name.Should().Be("Theresa May");
        knowledge.HolderOf(new OfficeId("gbr-prime-minister"), new DateOnly(2019, 7, 24))!.Name.Should().Be("Boris Johnson");
        knowledge.Tenures[1].Note.Should().Be("handover on the same day");
    }

    [Fact]
    public void A_finance_minister_office_loads_with_its_kind()
    {
        const string Chancellor = "gbr-chancellor-of-the-exchequer\tChancellor of the Exchequer\tGBR\tfinance-minister\tyes\ttest\n";
        KnowledgeBase knowledge = Load(offices: Offices + Chancellor, tenures: TenureHeader + "boris-johnson\tgbr-chancellor-of-the-exchequer\t2019-07-24\t2020-02-13\ttest\n");

        knowledge.OfficesOf("GBR", "finance-minister").Select(office => office.Id.Value).Should().Equal("gbr-chancellor-of-the-exchequer");
        knowledge.OfficesHeld(new PersonId("boris-johnson"), new DateOnly(2019, 8, 1)).Single().Kinds.Should().Equal("finance-minister");
    }

    [Fact]
    public void Malformed_line_with_too_few_fields_is_reported_at_its_end()
    {
        const string Short = "theresa-may\tgbr-prime-minister\t2016-07-13";
        KnowledgeError error = LoadError(tenures: TenureHeader + Short + "\n");

        error.Should().BeEquivalentTo(new { File = Path("tenures.tsv"), Line = 2, Column = Short.Length + 1, Code = KnowledgeErrorCodes.ColumnCount });
    }

    [Fact]
    public void Unknown_country_code_is_reported_at_the_code()
    {
        string line = "xi-jinping\tXi Jinping\tXi\tXXX\tmale\ttest";
        KnowledgeError error = LoadError(people: People + line + "\n");

        error.Should().BeEquivalentTo(new { File = Path("people.tsv"), Line = 4, Column = ColumnOf(line, 3), Code = KnowledgeErrorCodes.UnknownCountry, Value = "XXX" });
    }

    [Fact]
    public void Overlapping_tenures_of_a_single_holder_office_are_reported_on_the_later_row()
    {
        string early = "boris-johnson\tgbr-prime-minister\t2019-07-01\t2022-09-06\ttest";
        KnowledgeError error = LoadError(tenures: TenureHeader + MayTenure + "\n" + early + "\n");

        error.Should().BeEquivalentTo(new { File = Path("tenures.tsv"), Line = 3, Column = ColumnOf(early, 2), Code = KnowledgeErrorCodes.OverlappingTenure });
        error.Expected.Should().Contain("tenures.tsv:2");
    }

    [Fact]
    public void An_open_tenure_overlaps_every_later_one()
    {
        string open = "theresa-may\tgbr-prime-minister\t2016-07-13\t\ttest";
        KnowledgeError error = LoadError(tenures: TenureHeader + open + "\n" + JohnsonTenure + "\n");

        error.Should().BeEquivalentTo(new { Line = 3, Code = KnowledgeErrorCodes.OverlappingTenure });
    }

    [Fact]
    public void End_before_start_is_reported_at_the_end()
    {
        string backwards = "theresa-may\tgbr-prime-minister\t2016-07-13\t2015-01-01\ttest";
        KnowledgeError error = LoadError(tenures: TenureHeader + backwards + "\n");

        error.Should().BeEquivalentTo(new { File = Path("tenures.tsv"), Line = 2, Column = ColumnOf(backwards, 3), Code = KnowledgeErrorCodes.EndBeforeStart, Value = "2015-01-01" });
    }

    [Theory]
    [InlineData("2019-7-24")]
    [InlineData("24/07/2019")]
    [InlineData("2019-02-30")]
    public void Malformed_date_is_reported_with_the_value(string date)
    {
        string line = $"boris-johnson\tgbr-prime-minister\t{date}\t\ttest";
        KnowledgeError error = LoadError(tenures: TenureHeader + line + "\n");

        error.Should().BeEquivalentTo(new { Line = 2, Column = ColumnOf(line, 2), Code = KnowledgeErrorCodes.MalformedDate, Value = date });
        error.Expected.Should().Contain("yyyy-mm-dd");
    }

    [Fact]
    public void Unknown_person_and_office_ids_are_reported()
    {
        string stranger = "nobody\tgbr-prime-minister\t2019-07-24\t\ttest";
        string noOffice = "boris-johnson\tgbr-chancellor\t2019-07-24\t\ttest";
        KnowledgeFormatException error = LoadErrors(tenures: TenureHeader + stranger + "\n" + noOffice + "\n");

        error.Errors.Should().SatisfyRespectively(
            first => first.Should().BeEquivalentTo(new { Line = 2, Column = 1, Code = KnowledgeErrorCodes.UnknownPerson, Value = "nobody" }),
            second => second.Should().BeEquivalentTo(new { Line = 3, Column = ColumnOf(noOffice, 1), Code = KnowledgeErrorCodes.UnknownOffice }));
    }

    [Fact]
    public void Duplicate_id_names_the_first_definition()
    {
        KnowledgeError error = LoadError(people: People + "theresa-may\tTheresa May\t\tGBR\t\ttest\n");

        error.Should().BeEquivalentTo(new { File = Path("people.tsv"), Line = 4, Column = 1, Code = KnowledgeErrorCodes.DuplicateId });
        error.Expected.Should().Contain("people.tsv:2");
    }

    [Fact]
    public void Value_outside_a_closed_list_lists_the_allowed_values()
    {
        string line = "gbr-monarch\tMonarch of the United Kingdom\tGBR\tmonarch\tyes\ttest";
        KnowledgeError error = LoadError(offices: Offices + line + "\n");

        error.Should().BeEquivalentTo(new { File = Path("offices.tsv"), Line = 3, Column = ColumnOf(line, 3), Code = KnowledgeErrorCodes.UnknownValue, Value = "monarch" });
        error.Expected.Should().Contain("head-of-state");
    }

    [Fact]
    public void Id_that_is_not_kebab_case_is_reported()
    {
        KnowledgeError error = LoadError(people: People + "Xi_Jinping\tXi Jinping\tXi\tGBR\t\ttest\n");

        error.Should().BeEquivalentTo(new { Line = 4, Column = 1, Code = KnowledgeErrorCodes.MalformedId, Value = "Xi_Jinping" });
    }

    [Fact]
    public void Wrong_header_is_reported_at_the_first_wrong_column()
    {
        KnowledgeError error = LoadError(tenures: "# comment\nperson_id\toffice\tstart\tend\tsource\n");

        error.Should().BeEquivalentTo(new { File = Path("tenures.tsv"), Line = 2, Column = 11, Code = KnowledgeErrorCodes.BadHeader, Value = "office" });
    }

    [Fact]
    public void Every_error_is_reported_not_only_the_first()
    {
        KnowledgeFormatException error = LoadErrors(
            people: People + "xi-jinping\tXi Jinping\tXi\tXXX\tmale\ttest\n",
            tenures: TenureHeader + "theresa-may\tgbr-prime-minister\t2016-07-13\t2015-01-01\ttest\n");

        error.Errors.Select(problem => problem.Code).Should().BeEquivalentTo([KnowledgeErrorCodes.UnknownCountry, KnowledgeErrorCodes.EndBeforeStart]);
        error.Message.Should().Contain("people.tsv:4:").And.Contain("tenures.tsv:2:");
    }

    private static int ColumnOf(string line, int field) => line.Split('\t').Take(field).Sum(part => part.Length + 1) + 1;

    private string Path(string name) => System.IO.Path.Combine(_folder.Path, name);

    private KnowledgeBase Load(string countries = Countries, string offices = Offices, string people = People, string tenures = TenureHeader)
    {
        _folder.Write("countries.tsv", countries);
        _folder.Write("offices.tsv", offices);
        _folder.Write("people.tsv", people);
        _folder.Write("tenures.tsv", tenures);
        return KnowledgeLoader.Load(KnowledgeFile.FromFolder(_folder.Path));
    }

    private KnowledgeFormatException LoadErrors(string countries = Countries, string offices = Offices, string people = People, string tenures = TenureHeader)
    {
        Action load = () => Load(countries, offices, people, tenures);
        return load.Should().Throw<KnowledgeFormatException>().Which;
    }

    private KnowledgeError LoadError(string countries = Countries, string offices = Offices, string people = People, string tenures = TenureHeader) =>
        LoadErrors(countries, offices, people, tenures).Errors.Should().ContainSingle().Which;
}
