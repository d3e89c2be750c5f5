using Parley.Quotes.Marks;

namespace Parley.Quotes.Tests.Marks;

public sealed class QuotationFinderTests
{
    private static List<string> Words(string text) => [.. QuotationFinder.Find(text).Select(quotation => quotation.Words.Of(text))];

    [Theory]
    // Straight double marks, trailing attribution comma dropped.
    [InlineData("\"We will go,\" he said.", "We will go")]
    // Curly double marks.
    [InlineData("He said: “We will go.”", "We will go.")]
    // Guillemets.
    [InlineData("Il a dit: «Nous irons.»", "Nous irons.")]
    // Single curly marks used as quotes in a headline style.
    [InlineData("Talks were ‘rare, interesting’ says analyst", "rare, interesting")]
    // Straight single marks used as quotes, while the apostrophes of "don't" and "Xi's" are not.
    [InlineData("Xi's aides don't call it 'a long and thorough conversation' at all", "a long and thorough conversation")]
    public void Finds_the_quoted_words(string text, string expected) => Words(text).Should().Equal(expected);

    [Fact]
    public void Cuts_a_quotation_the_writer_reopens_without_closing()
    {
        // BBC style: each new sentence of a continuing quotation opens a mark again.
        Words("He said: \"I am glad. \"Once again we were right.\"").Should().Equal("I am glad.", "Once again we were right.");
    }

    [Fact]
    public void Ends_an_open_quotation_at_the_end_of_its_paragraph()
    {
        Words("He said: \"First part.\n\n\"Second part.\"").Should().Equal("First part.", "Second part.");
    }
}
