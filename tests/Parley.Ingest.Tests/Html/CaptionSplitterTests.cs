using Parley.Core;
using Parley.Ingest.Html;

namespace Parley.Ingest.Tests.Html;

public sealed class CaptionSplitterTests
{
    [Theory]
    // A credit on a line of its own, as a <span class="credit"> gives it.
    [InlineData(new[] { "Idle cranes at the terminal.", "Photo: Lewis Okafor/Reuters" }, "Idle cranes at the terminal.", "Lewis Okafor/Reuters")]
    // The agency style: the credit in a trailing parenthesis.
    [InlineData(new[] { "Protesters march on the ministry (AP Photo/Ana Ruiz)" }, "Protesters march on the ministry", "AP Photo/Ana Ruiz")]
    // The broadsheet style: "Photograph:" after the caption.
    [InlineData(new[] { "The minister leaves Downing Street. Photograph: Kim Lee/PA" }, "The minister leaves Downing Street.", "Kim Lee/PA")]
    // No credit at all.
    [InlineData(new[] { "A ferry leaves the harbour at dawn." }, "A ferry leaves the harbour at dawn.", null)]
    public void Splits_caption_and_credit(string[] lines, string caption, string? credit)
    {
        MediaItem item = CaptionSplitter.Split(lines);
        item.Caption.Should().Be(caption);
        item.Credit.Should().Be(credit);
    }
}
