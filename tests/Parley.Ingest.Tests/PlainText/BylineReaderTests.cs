using Parley.Ingest.Lexicons;
using Parley.Ingest.PlainText;

namespace Parley.Ingest.Tests.PlainText;

public sealed class BylineReaderTests
{
    private static readonly BylineReader Reader = BylineReader.Default;

    [Theory]
    // A newsroom desk (Deccan Herald's form).
    [InlineData("DH Web Desk", "DH Web Desk")]
    [InlineData("Express News Service", "Express News Service")]
    // A personal byline drops its "By".
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("BY JANE DOE", "JANE DOE")]
    // Two reporters and an agency.
    [InlineData("By Jane Doe and John Roe, Reuters", "Jane Doe and John Roe, Reuters")]
    // An agency alone, or two.
    [InlineData("Reuters", "Reuters")]
    [InlineData("PTI/Reuters", "PTI/Reuters")]
    // Names with particles and initials.
    [InlineData("By Ursula von der Leyen", "Ursula von der Leyen")]
    [InlineData("By Jane K. Doe", "Jane K. Doe")]
    // A desk title after the name.
    [InlineData("By Jane Doe, Special Correspondent", "Jane Doe, Special Correspondent")]
    // The Guardian adds where the reporter filed from.
    [InlineData("By Shaun Walker in Kyiv", "Shaun Walker in Kyiv")]
    [InlineData("Written by Priya Nair", "Priya Nair")]
    public void Reads_a_byline(string line, string byline) =>
        Reader.Read(line, allowBareNames: false).Should().Be(byline);

    [Fact]
    public void Reads_bare_names_only_where_the_caller_allows_them()
    {
        // Right under a headline "Jane Doe and John Roe" is a byline; inside a story it may be anything.
        Reader.Read("Jane Doe and John Roe", allowBareNames: true).Should().Be("Jane Doe and John Roe");
        Reader.Read("Jane Doe and John Roe", allowBareNames: false).Should().BeNull();
        Reader.Read("Shaun Walker in Kyiv", allowBareNames: true).Should().Be("Shaun Walker in Kyiv");
    }

    [Theory]
    // A sentence is not a byline, even one opening with "By".
    [InlineData("By Monday the talks had stalled over the wording of the final statement.")]
    [InlineData("The talks ended late on Tuesday.")]
    // A headline in title case that ends with an ordinary word.
    [InlineData("Ports Reopen After Strike")]
    public void Refuses_what_is_not_a_byline(string line) =>
        Reader.Read(line, allowBareNames: false).Should().BeNull();

    [Fact]
    public void Names_the_row_of_an_unknown_kind()
    {
        Action load = () => BylineReader.Parse("bylines.tsv", "# test\ntext\tkind\tsource\nReuters\twire\tnote");
        load.Should().Throw<LexiconFormatException>().Which.Message.Should().StartWith(
            "bylines.tsv:3:2: kind 'wire' is not known. Use one of: agency, desk, prefix.");
    }
}
