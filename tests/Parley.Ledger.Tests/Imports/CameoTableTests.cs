using Parley.Knowledge;
using Parley.Ledger.Imports;

namespace Parley.Ledger.Tests.Imports;

public sealed class CameoTableTests
{
    [Theory]
    // The codes DESIGN.md §2 names, with the type, mode and medium Parley's own events carry for them.
    [InlineData("041", "CONSULT", "phone", "phone", "occurred")]
    [InlineData("042", "CONSULT", "visit", "in-person", "occurred")]
    [InlineData("043", "CONSULT", "visit", "in-person", "occurred")]
    [InlineData("044", "CONSULT", "third-party", "in-person", "occurred")]
    [InlineData("040", "CONSULT", null, null, "occurred")]
    [InlineData("046", "CONSULT", null, null, "occurred")]
    // An announced meeting is a planned CONSULT, as Parley reads "Trump's April trip".
    [InlineData("036", "CONSULT", null, null, "planned")]
    [InlineData("057", "AGREE", null, null, "occurred")]
    [InlineData("112", "ACCUSE", null, null, "occurred")]
    [InlineData("163", "SANCTION", null, null, "occurred")]
    [InlineData("010", "STATEMENT", null, null, "occurred")]
    [InlineData("193", "ASSAULT", "firearms", null, "occurred")]
    public void Maps_the_codes_parley_names_to_its_own_vocabulary(string cameo, string type, string? mode, string? medium, string status)
    {
        CameoMapping mapping = CameoTable.Shipped.Find(cameo)!;
        mapping.Type.Should().Be(type);
        mapping.Mode.Should().Be(mode);
        mapping.Medium.Should().Be(medium);
        mapping.Status.Should().Be(status);
    }

    [Theory]
    // Unlisted codes take their nearest listed parent: CAMEO is hierarchical by prefix.
    [InlineData("0842", "084", "RETREAT")]
    [InlineData("1382", "138", "THREATEN")]
    [InlineData("1056", "10", "REQUEST")]
    [InlineData("2042", "204", "ASSAULT")]
    [InlineData("09", "09", "ACCUSE")]
    public void A_code_without_a_row_takes_its_parents(string cameo, string row, string type)
    {
        CameoMapping mapping = CameoTable.Shipped.Find(cameo)!;
        mapping.Cameo.Should().Be(row);
        mapping.Type.Should().Be(type);
    }

    [Theory]
    [InlineData("")]
    [InlineData("21")]
    [InlineData("00")]
    [InlineData("17x")]
    [InlineData("04111")]
    public void Something_that_is_not_a_cameo_code_finds_nothing(string code) =>
        CameoTable.Shipped.Find(code).Should().BeNull();

    [Fact]
    public void Every_type_in_the_shipped_table_is_in_the_contract_vocabulary() =>
        CameoTable.Shipped.Rows.Select(row => row.Type).Should().OnlyContain(type => CameoTable.Types.Contains(type));

    [Fact]
    public void A_bad_row_is_named_by_file_and_line()
    {
        const string text = "cameo\tlabel\ttype\tmode\tmedium\tstatus\tsource\n04\tConsult\tCONSULT\t-\t-\toccurred\tx\n041\tPhone\tCONSUL\tphone\tphone\toccurred\tx\n";
        var act = () => CameoTable.Parse("test.tsv", text);
        act.Should().Throw<KnowledgeFormatException>().Which.Errors.Should().Contain(error => error.File == "test.tsv" && error.Line == 3);
    }

    [Fact]
    public void A_table_missing_a_root_is_refused()
    {
        const string text = "cameo\tlabel\ttype\tmode\tmedium\tstatus\tsource\n04\tConsult\tCONSULT\t-\t-\toccurred\tx\n";
        var act = () => CameoTable.Parse("test.tsv", text);
        act.Should().Throw<KnowledgeFormatException>().Which.Errors.Should().Contain(error => error.Value == "01");
    }
}
