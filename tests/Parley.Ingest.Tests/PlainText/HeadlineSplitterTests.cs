using Parley.Ingest.PlainText;

namespace Parley.Ingest.Tests.PlainText;

public sealed class HeadlineSplitterTests
{
    [Theory]
    // Attribution after a colon, then a sentence: the reference article's layout.
    [InlineData("Erdogan's twin calls a 'careful balancing act': Experts Turkey's presidency said the calls lasted an hour each.",
        "Erdogan's twin calls a 'careful balancing act': Experts")]
    // A two-word attribution.
    [InlineData("Budget will not raise income tax: Finance Minister The government will instead widen the base of the goods and services tax, officials said.",
        "Budget will not raise income tax: Finance Minister")]
    // Headline case, then a sentence-case standfirst.
    [InlineData("Xi Makes Rare Back-To-Back Calls To Putin And Trump China's leader spoke to both men within hours on Wednesday, state media said.",
        "Xi Makes Rare Back-To-Back Calls To Putin And Trump")]
    // A question headline.
    [InlineData("Is the ceasefire in Gaza about to collapse? Negotiators in Cairo say the next 48 hours will decide whether it holds.",
        "Is the ceasefire in Gaza about to collapse?")]
    public void Splits_a_glued_headline_from_its_standfirst(string line, string headline)
    {
        GluedHeadline glued = HeadlineSplitter.Split(line)!;
        glued.Should().NotBeNull();
        glued.Headline.Should().Be(headline);
        (glued.Headline + " " + glued.Standfirst).Should().Be(line);
    }

    [Theory]
    // A headline alone has no final period.
    [InlineData("Campbell: E-mail row 'silly fuss'")]
    // A dateline and a capitalised city are not a headline.
    [InlineData("NEW DELHI: Their American dream shattered and savings gone, 145 Indians deported from the US arrived here on Wednesday.")]
    [InlineData("WASHINGTON (AP) — Ambassador Gordon Sondland, the most anticipated witness in the inquiry, faces questions on Wednesday.")]
    // Prose opening with a name: "US President Donald | Trump" must not split.
    [InlineData("US President Donald Trump has claimed victory as the House concluded its third public hearing on Tuesday.")]
    // Two ordinary sentences.
    [InlineData("The talks ended late on Tuesday. Officials said a second round would follow next month.")]
    // A reported colon inside prose.
    [InlineData("The minister said: reforms will go on whatever the opposition says about the timing of the bill.")]
    public void Leaves_a_line_that_is_not_two_glued_parts(string line) =>
        HeadlineSplitter.Split(line).Should().BeNull();
}
