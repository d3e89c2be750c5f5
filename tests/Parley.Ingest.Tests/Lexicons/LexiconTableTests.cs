using Parley.Ingest.Lexicons;

namespace Parley.Ingest.Tests.Lexicons;

public sealed class LexiconTableTests
{
    private static readonly string[] Columns = ["marker", "reason"];

    [Fact]
    public void Skips_comments_and_blank_lines_and_keeps_line_numbers()
    {
        LexiconTable table = LexiconTable.Parse("t.tsv", "# source: us\n# licence: CC0\nmarker\treason\n\nShare\tshare\n# note\nTweet\tshare\n", Columns);
        table.Rows.Select(row => (row.Line, row[1])).Should().Equal((5, "Share"), (7, "Tweet"));
    }

    [Theory]
    // A header that names other columns.
    [InlineData("marker\twhy\nShare\tshare", "t.tsv:1: header row is 'marker\twhy'")]
    // No header at all.
    [InlineData("# only comments\n", "t.tsv:2: header row is '(none)'")]
    // Spaces where a tab belongs.
    [InlineData("marker\treason\nShare share", "t.tsv:2: found 1 tab-separated field(s); expected 2: marker, reason.")]
    public void Names_file_and_line_of_a_malformed_file(string content, string message)
    {
        Action parse = () => LexiconTable.Parse("t.tsv", content, Columns);
        parse.Should().Throw<LexiconFormatException>().Which.Message.Should().StartWith(message);
    }

    [Theory]
    [InlineData("lexicons/time-zone-abbreviations.tsv")]
    [InlineData("lexicons/boilerplate-markers.tsv")]
    [InlineData("lexicons/byline-markers.tsv")]
    public void Every_shipped_file_is_embedded_under_its_data_path(string file)
    {
        using Stream? stream = typeof(LexiconTable).Assembly.GetManifestResourceStream(file);
        stream.Should().NotBeNull();
    }
}
