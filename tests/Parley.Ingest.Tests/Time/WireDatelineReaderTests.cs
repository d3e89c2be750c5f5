using Parley.Ingest.Time;

namespace Parley.Ingest.Tests.Time;

public sealed class WireDatelineReaderTests
{
    private static readonly WireDatelineReader Reader = new(NewsTimeParser.Default);
    private static readonly DateOnly Published = new(2026, 2, 6);

    [Theory]
    // Reuters: city, short date, agency, hyphen.
    [InlineData("BEIJING, Feb 4 (Reuters) - China said on Wednesday...", "BEIJING", "Reuters", "2026-02-04")]
    // AP: city, agency, em dash, no date.
    [InlineData("WASHINGTON (AP) — The Senate voted...", "WASHINGTON", "AP", null)]
    // AP with a state or country after the city.
    [InlineData("HANOI, Vietnam (AP) — Defense Secretary...", "HANOI, Vietnam", "AP", null)]
    // PTI in title case with a colon.
    [InlineData("New Delhi, Feb 5 (PTI): The government on Thursday...", "New Delhi", "PTI", "2026-02-05")]
    // A capitalised city and a dash without an agency.
    [InlineData("LONDON — Britain's Conservative Party...", "LONDON", null, null)]
    // Indian dailies: capitalised city and a colon.
    [InlineData("NEW DELHI: Their American dream shattered...", "NEW DELHI", null, null)]
    public void Reads_a_dateline(string paragraph, string city, string? agency, string? date)
    {
        WireDateline dateline = Reader.Read(paragraph, Published)!;
        dateline.Should().NotBeNull();
        dateline.City.Should().Be(city);
        dateline.Agency.Should().Be(agency);
        dateline.Date?.ToIso().Should().Be(date);
        paragraph.Should().StartWith(dateline.Text);
    }

    [Theory]
    // Prose that starts with a name and a dash is not a dateline.
    [InlineData("Officials - including two ministers - met on Monday.")]
    // A sentence with a colon after a lower-case word is not either.
    [InlineData("The minister said: Reforms will go on.")]
    public void Leaves_prose_alone(string paragraph) =>
        Reader.Read(paragraph, Published).Should().BeNull();

    [Fact]
    public void Leaves_the_date_null_without_a_year_to_give_it()
    {
        Reader.Read("BEIJING, Feb 4 (Reuters) - China said...", reference: null)!.Date.Should().BeNull();
    }
}
