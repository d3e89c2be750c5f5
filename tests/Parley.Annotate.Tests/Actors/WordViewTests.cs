using Parley.Annotate.Actors;
using Parley.Annotate.Tokens;
using Parley.Core;

namespace Parley.Annotate.Tests.Actors;

public sealed class WordViewTests
{
    private static List<Token> Tokens(string text) => [.. new Tokenizer().Tokenize(text, new TextSpan(0, text.Length))];

    [Fact]
    public void A_sentence_is_viewed_once_per_article_and_its_words_are_folded_and_split()
    {
        string text = "Chen Ming-chi met Zoë Ríos in Tokyo.";
        List<Token> tokens = Tokens(text);
        WordView first = WordView.Of(text, tokens, 0, tokens.Count);
        WordView.Of(text, tokens, 0, tokens.Count).Should().BeSameAs(first);
        first.Words.Should().StartWith(["chen", "ming", "chi", "met", "zoe", "rios"]);
        first.TokenOf(2).Should().Be(1, "both halves of Ming-chi come from one token");
        first.EndsToken(1).Should().BeFalse();
        WordView.Of(text, tokens, 0, 3).Should().NotBeSameAs(first, "another run of tokens is another view");
    }

    [Fact]
    public void Another_tokenization_or_a_forgotten_text_gets_fresh_views()
    {
        string text = "Kenya and Uganda signed a border accord.";
        List<Token> tokens = Tokens(text);
        WordView first = WordView.Of(text, tokens, 0, tokens.Count);
        WordView.Of(text, Tokens(text), 0, tokens.Count).Should().NotBeSameAs(first);
        WordView.Forget(text);
        WordView again = WordView.Of(text, tokens, 0, tokens.Count);
        again.Should().NotBeSameAs(first);
        again.Words.Should().Equal(first.Words);
    }
}
