using System.Collections.Immutable;
using Parley.Knowledge.Tables;

namespace Parley.Knowledge.Tests.Tables;

public sealed class TsvReaderTests
{
    private static readonly ImmutableArray<string> Columns = ["id", "name", "source"];

    [Fact]
    public void Skips_the_header_block_and_blank_lines_and_keeps_trailing_notes()
    {
        const string Text = "# source: test\n# owner: test\n\nid\tname\tsource\r\n\nxi-jinping\tXi Jinping\tgov.cn\t# a note\r\n";
        var errors = new List<KnowledgeError>();

        List<TsvRow> rows = TsvReader.Read("people.tsv", Text, Columns, errors);

        errors.Should().BeEmpty();
        TsvRow row = rows.Should().ContainSingle().Subject;
        row.Line.Should().Be(6);
        row.Text("name").Should().Be("Xi Jinping");
        row.Text("source").Should().Be("gov.cn");
        row.Note.Should().Be("a note");
        row.ColumnOf("source").Should().Be("xi-jinping\tXi Jinping\t".Length + 1);
    }

    [Fact]
    public void Too_many_fields_are_reported_where_the_extra_field_starts()
    {
        const string Extra = "xi-jinping\tXi Jinping\tgov.cn\tsurplus";
        var errors = new List<KnowledgeError>();

        TsvReader.Read("people.tsv", "id\tname\tsource\n" + Extra + "\n", Columns, errors).Should().BeEmpty();

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { File = "people.tsv", Line = 2, Column = Extra.IndexOf("surplus", StringComparison.Ordinal) + 1, Code = KnowledgeErrorCodes.ColumnCount });
    }

    [Fact]
    public void A_file_with_only_comments_has_no_header() =>
        Read("# nothing here\n").Should().ContainSingle().Which.Code.Should().Be(KnowledgeErrorCodes.BadHeader);

    private static List<KnowledgeError> Read(string text)
    {
        var errors = new List<KnowledgeError>();
        TsvReader.Read("people.tsv", text, Columns, errors);
        return errors;
    }
}
