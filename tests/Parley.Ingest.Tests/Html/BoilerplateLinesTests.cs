using Parley.Ingest.Html;

namespace Parley.Ingest.Tests.Html;

public sealed class BoilerplateLinesTests
{
    [Theory]
    [InlineData("Read more: Port strike talks collapse", "related-links")]
    [InlineData("ADVERTISEMENT", "advertisement")]
    [InlineData("© 2026 The Coastline Courier", "footer")]
    [InlineData("By Mara Ellison and Tom Reyes", "metadata")]
    [InlineData("Updated 12 March 2026, 21:10", "metadata")]
    [InlineData("Share this article", "share")]
    [InlineData("Advert", "advertisement")]
    [InlineData("Image 3 of 12", "caption")]
    [InlineData("Get the print edition every month. Click here for details.", "newsletter")]
    [InlineData("You may also like...", "related-links")]
    [InlineData("Have a tip? Write to the newsdesk.", "newsletter")]
    // A caption printed as a plain paragraph, with its credit in brackets.
    [InlineData("Protesters gather outside the assembly (Image: Getty)", "caption")]
    public void Names_page_furniture(string line, string reason) => BoilerplateLines.ReasonFor(line).Should().Be(reason);

    [Theory]
    // "By" also opens sentences of reporting.
    [InlineData("By Friday the talks had collapsed, and both sides blamed the other.")]
    // "Updated" without a time stamp is prose.
    [InlineData("Updated maps of the flood zone were handed to rescuers.")]
    // A long paragraph that happens to start like furniture is kept.
    [InlineData("Read more widely, the report suggests the ministry knew about the cracks in the sea wall for at least two years before the storm, and that engineers had warned it in writing on three separate occasions.")]
    public void Keeps_prose_that_starts_like_furniture(string line) => BoilerplateLines.ReasonFor(line).Should().BeNull();
}
