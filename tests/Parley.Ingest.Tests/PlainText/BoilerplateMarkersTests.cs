using Parley.Ingest.Lexicons;
using Parley.Ingest.PlainText;

namespace Parley.Ingest.Tests.PlainText;

public sealed class BoilerplateMarkersTests
{
    private static readonly BoilerplateMarkers Markers = BoilerplateMarkers.Default;

    [Theory]
    // Whole-line markers ignore case and trailing punctuation.
    [InlineData("ADVERTISEMENT", "advertisement", "")]
    [InlineData("Advertisement:", "advertisement", "")]
    [InlineData("Story continues below advertisement", "advertisement", "")]
    // Prefix markers give the rest of the line as their value.
    [InlineData("Credit: Reuters Photo", "credit", "Reuters Photo")]
    [InlineData("Photo: AFP", "credit", "AFP")]
    [InlineData("Also Read | Snow traps lorries on Andes highway", "also-read", "| Snow traps lorries on Andes highway")]
    [InlineData("Follow us on Twitter", "follow-us", "Twitter")]
    // The longest prefix wins: "Last Updated on" before "Last Updated".
    [InlineData("Last Updated on 06 Feb 2026", "update-line", "06 Feb 2026")]
    [InlineData("Last Updated IST", "update-line", "IST")]
    [InlineData("We use cookies to improve your experience.", "cookie-notice", "to improve your experience.")]
    [InlineData("Related stories", "related-stories", "")]
    public void Finds_the_marker_a_line_starts_with(string line, string reason, string rest)
    {
        MarkerHit hit = Markers.Find(line)!;
        hit.Should().NotBeNull();
        hit.Marker.Reason.Should().Be(reason);
        hit.Rest.Should().Be(rest);
    }

    [Theory]
    // A prefix is a whole word: "Shared" is not "Share", "Adverts" not "Ad".
    [InlineData("Shared custody rules change in April")]
    [InlineData("Advertising revenue fell by 8%.")]
    // Prefix markers keep case: a sentence starting "Follow-up talks" is article text.
    [InlineData("Follow-up talks are due in Geneva.")]
    [InlineData("Subscribers to the scheme will be paid in May.")]
    public void Leaves_article_text_alone(string line) =>
        Markers.Find(line).Should().BeNull();

    [Theory]
    [InlineData("ADVERTISEMENT\teverywhere\tadvertisement\tDH", "markers.tsv:3:2: match 'everywhere' is not known. Use one of: line, prefix, block.")]
    [InlineData("ADVERTISEMENT\tline\tads\tDH", "markers.tsv:3:3: reason 'ads' is not known. Use one of: advertisement,")]
    [InlineData("ADVERTISEMENT\tline\tadvertisement\tDH\nAdvertisement\tline\tadvertisement\tGuardian", "markers.tsv:4:1: marker 'Advertisement' is already defined on line 3.")]
    public void Names_file_line_column_and_what_was_expected_for_a_bad_row(string rows, string message)
    {
        Action load = () => BoilerplateMarkers.Parse("markers.tsv", "# test\nmarker\tmatch\treason\tsource\n" + rows);
        load.Should().Throw<LexiconFormatException>().Which.Message.Should().StartWith(message);
    }
}
