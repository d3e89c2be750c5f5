using Parley.Annotate.Tokens;
using Parley.Core;

namespace Parley.Annotate.Tests.Tokens;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text) =>
        new Tokenizer().Tokenize(text, new TextSpan(0, text.Length)).Select(t => t.In(text).ToString()).ToArray();

    [Theory]
    // Initialisms keep their periods: "U.S." is one token, and so is "J.K."
    [InlineData("the U.S. envoy", new[] { "the", "U.S.", "envoy" })]
    [InlineData("author J.K. Rowling", new[] { "author", "J.K.", "Rowling" })]
    // Titles and single initials keep their period; an ordinary word does not.
    [InlineData("Mr. Xi met Gen. Milley.", new[] { "Mr.", "Xi", "met", "Gen.", "Milley", "." })]
    [InlineData("George W. Bush", new[] { "George", "W.", "Bush" })]
    // Decimals, thousands and clock times stay whole.
    [InlineData("went on for 1.5 hours", new[] { "went", "on", "for", "1.5", "hours" })]
    [InlineData("1,000 troops at 15:28", new[] { "1,000", "troops", "at", "15:28" })]
    // Hyphens and apostrophes inside names and contractions; the possessive is split off.
    [InlineData("Chen Ming-chi don't", new[] { "Chen", "Ming-chi", "don't" })]
    [InlineData("Xi's call, Trump’s trip", new[] { "Xi", "'s", "call", ",", "Trump", "’s", "trip" })]
    // Quotes of every style are tokens of their own.
    [InlineData("“rare,” he said", new[] { "“", "rare", ",", "”", "he", "said" })]
    [InlineData("«Nous» 'rare'", new[] { "«", "Nous", "»", "'", "rare", "'" })]
    // Names in other scripts and with diacritics never break the tokenizer.
    [InlineData("Erdoğan и Путин 習近平", new[] { "Erdoğan", "и", "Путин", "習近平" })]
    public void Splits_news_english(string text, string[] expected) => Tokens(text).Should().Equal(expected);

    [Fact]
    public void Every_token_lies_inside_the_text()
    {
        const string text = "BEIJING, Feb 4 (Reuters) - Xi's 90-minute call… ended?! \"Yes.\"";
        foreach (Token token in new Tokenizer().Tokenize(text, new TextSpan(0, text.Length)))
        {
            token.Span.Start.Should().BeGreaterThanOrEqualTo(0);
            token.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            token.Span.Length.Should().BePositive();
        }
    }
}
