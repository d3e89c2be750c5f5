using Parley.Knowledge.Phoenix;
using Parley.TestKit;

namespace Parley.Knowledge.Tests.Phoenix;

public sealed class PhoenixDictionaryReaderTests
{
    private static readonly PhoenixDictionary Officials = PhoenixDictionaryReader.Read(Fixture.Text("phoenix/officials.actors.txt"));

    private static PhoenixEntry Entry(string name) => Officials.Entries.Single(entry => entry.Name == name);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Reads_every_entry_of_the_fixture_in_order()
    {
        Officials.Entries.Select(entry => entry.Name).Should().Equal(
            "Norway", "Norwegian Armed Forces", "Ingrid Halvorsen Moe", "Luis da Costa Pereira", "Patrick O'Donnell Jr.",
            "Kofi Mensah Asante", "Hassan Abdel-Rahman el-Amin", "Yusuf ibn Khalid", "Willem van der Berg", "Andrzej Nowicki",
            "Maria Silva", "Maria Silva", "Angela Merkel", "John Carter", "Albert II", "Kofi Mensah Asante");
    }

    [Fact]
    public void Reads_synonyms_and_the_inline_code_of_a_country()
    {
        PhoenixEntry norway = Entry("Norway");
        norway.Synonyms.Should().Equal("Norwegian", "Oslo");
        norway.Roles.Should().ContainSingle().Which.Should().Be(new PhoenixRole("NOR", null, null, 6, "[NOR]"));
    }

    [Fact]
    public void Reads_ranges_open_ends_and_eight_digit_dates_as_inclusive_days()
    {
        Entry("Ingrid Halvorsen Moe").Roles.Select(role => (role.Code, role.From, role.Until)).Should().Equal(
            ("NORELI", Day("1954-01-01"), Day("2005-10-16")),
            ("NORGOV", Day("2005-10-17"), Day("2013-09-30")),
            ("NORGOV", Day("2013-10-01"), (DateOnly?)null));
        Officials.Entries.First(entry => entry.Name == "Kofi Mensah Asante").Roles[0].Should().Be(new PhoenixRole("GHAGOV", Day("2000-01-07"), Day("2001-01-06"), 30, "[GHAGOV 20000107-20010106]"));
        Entry("Hassan Abdel-Rahman el-Amin").Roles[1].Should().Be(new PhoenixRole("SDNGOV", null, Day("1993-01-01"), 34, "[SDNGOV <930101]"));
        Entry("Patrick O'Donnell Jr.").Roles[1].IsDated.Should().BeFalse();
    }

    [Theory]
    [InlineData("000101", "2000-01-01")]
    [InlineData("200601", "2020-06-01")]   // the last two-digit year of this century
    [InlineData("210101", "1921-01-01")]   // the first of the last: years of birth of 1920s leaders
    [InlineData("991231", "1999-12-31")]
    [InlineData("19270101", "1927-01-01")] // eight digits need no rule
    public void Applies_the_century_rule_to_two_digit_years(string digits, string iso) =>
        PhoenixDictionaryReader.ParseDate(digits).Should().Be(Day(iso));

    [Theory]
    [InlineData("9910251")]
    [InlineData("201005011")]
    [InlineData("990231")]
    [InlineData("99O101")]
    public void Refuses_dates_that_are_not_real_days(string digits) =>
        PhoenixDictionaryReader.ParseDate(digits).Should().BeNull();

    [Fact]
    public void Folds_primary_lines_without_a_code_into_the_next_as_petrarch_does()
    {
        PhoenixEntry nowicki = Entry("Andrzej Nowicki");
        nowicki.Synonyms.Should().Equal("Andrzej J. Nowicki", "Nowicki");
        nowicki.Roles.Should().ContainSingle().Which.Code.Should().Be("POLGOV");
    }

    [Fact]
    public void Rejects_each_unreadable_line_with_its_number_and_a_code()
    {
        Officials.Rejected.Select(rejected => (rejected.Line, rejected.Code)).Should().Equal(
            (4, PhoenixRejectionCodes.Orphan),
            (24, PhoenixRejectionCodes.MalformedDate),
            (25, PhoenixRejectionCodes.EndBeforeStart),
            (31, PhoenixRejectionCodes.MalformedRole),
            (55, PhoenixRejectionCodes.MalformedRole),
            (59, PhoenixRejectionCodes.BrokenCharacter));
    }

    [Fact]
    public void Reads_windows_line_endings_the_same()
    {
        string text = Fixture.Text("phoenix/officials.actors.txt");
        PhoenixDictionary crlf = PhoenixDictionaryReader.Read(text.Replace("\n", "\r\n", StringComparison.Ordinal));
        crlf.Entries.Should().BeEquivalentTo(Officials.Entries, options => options.WithStrictOrdering());
        crlf.Rejected.Select(rejected => rejected.Line).Should().Equal(Officials.Rejected.Select(rejected => rejected.Line));
    }
}
