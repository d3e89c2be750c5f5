using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Annotate.Sentences;

namespace Parley.Annotate.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        (_, List<Sentence> sentences) = new SentenceSplitter().Split(text);
        return sentences.Select(s => s.Span.Of(text)).ToArray();
    }

    [Fact]
    public void Does_not_end_a_sentence_after_a_title_an_initial_or_a_decimal()
    {
        Sentences("Mr. Xi met Gen. Mark A. Milley for 1.5 hours. They discussed Taiwan.")
            .Should().Equal("Mr. Xi met Gen. Mark A. Milley for 1.5 hours.", "They discussed Taiwan.");
    }

    [Fact]
    public void Ends_a_sentence_after_an_initialism_only_before_a_sentence_start()
    {
        Sentences("The envoy flew to the U.S. The talks began on Monday. The U.S. President spoke.")
            .Should().Equal("The envoy flew to the U.S.", "The talks began on Monday.", "The U.S. President spoke.");
    }

    [Fact]
    public void Keeps_a_quotation_with_its_cue()
    {
        // The quote has two sentences but closes in the same paragraph with its cue: one sentence, so the quote stage sees both.
        Sentences("\"We will talk. We will not give in,\" the minister said. Talks resume on Friday.")
            .Should().Equal("\"We will talk. We will not give in,\" the minister said.", "Talks resume on Friday.");
    }

    [Fact]
    public void Ends_a_sentence_inside_closing_quotes()
    {
        Sentences("He called the call “excellent.” Analysts disagreed.")
            .Should().Equal("He called the call “excellent.”", "Analysts disagreed.");
    }

    [Fact]
    public void Splits_inside_a_quotation_that_runs_into_the_next_paragraph()
    {
        // A quote left open at a paragraph end continues in the next paragraph (news convention): split as usual.
        Sentences("\"The region needs calm. Nobody wants war.\n\n\"We said so in Cairo,\" she added.")
            .Should().Equal("\"The region needs calm.", "Nobody wants war.", "\"We said so in Cairo,\" she added.");
    }

    [Fact]
    public void Does_not_split_a_dateline()
    {
        Sentences("BEIJING, Feb. 4 (Reuters) - Chinese President Xi Jinping held a call on Wednesday.")
            .Should().ContainSingle();
    }

    [Fact]
    public void Always_ends_a_sentence_at_a_paragraph_break()
    {
        Sentences("Leaders met in Rome\n\nThey agreed on grain").Should().Equal("Leaders met in Rome", "They agreed on grain");
    }

    [Property(MaxTest = 200)]
    public Property Sentences_tile_the_tokens_in_order_without_overlap() =>
        Prop.ForAll(Gen.Elements("Mr.", "Xi", "met", "U.S.", "envoys", ".", "\"", "“", "”", "said", "1.5", "hours", "?", "\n\n", ",", "The", "J.")
            .ListOf().Select(words => string.Join(' ', words)).ToArbitrary(), text =>
        {
            (var tokens, List<Sentence> sentences) = new SentenceSplitter().Split(text);
            int next = 0;
            foreach (Sentence sentence in sentences)
            {
                if (sentence.FirstToken != next || sentence.TokenCount <= 0 || sentence.Span.End > text.Length)
                {
                    return false;
                }

                next = sentence.EndToken;
            }

            return next == tokens.Count;
        });
}
