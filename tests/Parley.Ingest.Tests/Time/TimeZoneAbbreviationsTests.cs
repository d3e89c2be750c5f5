using Parley.Ingest.Lexicons;
using Parley.Ingest.Time;

namespace Parley.Ingest.Tests.Time;

public sealed class TimeZoneAbbreviationsTests
{
    private const string Header = "# test\nabbreviation\tkind\tvalue\tsource\n";

    [Fact]
    public void Loads_the_shipped_table()
    {
        TimeZoneAbbreviations zones = TimeZoneAbbreviations.Default;
        zones.IsKnown("IST").Should().BeTrue();
        zones.TryOffset("IST", new DateTime(2026, 2, 6, 15, 28, 0), out TimeSpan ist).Should().BeTrue();
        ist.Should().Be(new TimeSpan(5, 30, 0));
    }

    [Fact]
    public void Resolves_a_zone_abbreviation_by_the_date()
    {
        TimeZoneAbbreviations zones = TimeZoneAbbreviations.Default;
        zones.TryOffset("ET", new DateTime(2026, 1, 15, 12, 0, 0), out TimeSpan winter).Should().BeTrue();
        zones.TryOffset("ET", new DateTime(2026, 7, 15, 12, 0, 0), out TimeSpan summer).Should().BeTrue();
        winter.Should().Be(TimeSpan.FromHours(-5));
        summer.Should().Be(TimeSpan.FromHours(-4));
    }

    [Theory]
    [InlineData("IST\tfixd\t+05:30\ttzdata", "test.tsv:3:2: kind 'fixd' is not known. Use one of: fixed, zone.")]
    [InlineData("IST\tfixed\t5:30\ttzdata", "test.tsv:3:3: value '5:30' is not valid: expected a signed UTC offset")]
    [InlineData("ET\tzone\tAmerica/Nowhere\tAP", "test.tsv:3:3: value 'America/Nowhere' is not valid: expected an IANA zone id")]
    [InlineData("ist\tfixed\t+05:30\ttzdata", "test.tsv:3:1: abbreviation 'ist' is not valid: expected capital letters")]
    [InlineData("IST\tfixed\t+05:30", "test.tsv:3: found 3 tab-separated field(s); expected 4")]
    [InlineData("IST\tfixed\t+05:30\t", "test.tsv:3:4: source '' is not valid: expected a non-empty value")]
    [InlineData("IST\tfixed\t+05:30\ttzdata\nIST\tfixed\t+05:30\ttzdata", "test.tsv:4:1: abbreviation 'IST' is already defined on line 3.")]
    public void Names_file_line_column_and_what_was_expected_for_a_bad_row(string rows, string message)
    {
        Action load = () => TimeZoneAbbreviations.Parse("test.tsv", Header + rows);
        load.Should().Throw<LexiconFormatException>().Which.Message.Should().StartWith(message);
    }
}
