using Parley.Evaluation;
using Parley.Evaluation.Gold;
using Parley.Evaluation.Quotes;
using Parley.Knowledge;

namespace Parley.Quotes.Tests.Scoring;

public sealed class QuoteScorerTests
{
    [Theory]
    // Same words, trailing punctuation differs.
    [InlineData("The timing of the call is rare and interesting", "The timing of the call is rare and interesting.", true)]
    // A short partial inside a long clause is not the same quote.
    [InlineData("excellent", "the two leaders completed an excellent phone conversation", false)]
    public void Compares_words(string gold, string predicted, bool agree) => QuoteMatcher.WordsAgree(gold, predicted).Should().Be(agree);

    [Theory]
    [InlineData("Jack Straw", "Mr Straw", true)]
    [InlineData("Kremlin's foreign policy aide", "Kremlin's foreign policy aid", true)]
    [InlineData("White House", "White House", true)]
    [InlineData("George Chen", "Benjamin Ho", false)]
    public void Compares_speakers(string gold, string name, bool agree) =>
        QuoteMatcher.SpeakerAgrees(gold, new ScoredQuote("x", "direct", name, [name])).Should().Be(agree);

    [Fact]
    public void Scores_a_tiny_hand_made_gold_file()
    {
        // A gold file written here with its source beside it: one quote found, one invented speaker never in the text.
        string folder = Directory.CreateTempSubdirectory("parley-quotes-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "talks.txt"),
                "Talks resume in Oslo\n\nJack Straw, the British foreign secretary, said: \"We will not give up on the talks.\"\n");
            File.WriteAllText(Path.Combine(folder, "gold.jsonl"),
                "{\"source\": \"talks.txt\", \"published\": null, \"quotes\": ["
                + "{\"speaker\": \"Jack Straw\", \"speaker_description\": null, \"text\": \"We will not give up on the talks.\", \"kind\": \"direct\"},"
                + "{\"speaker\": \"Nobody\", \"speaker_description\": null, \"text\": \"words never printed anywhere\", \"kind\": \"partial\"}]}\n");
            IReadOnlyList<GoldArticle> gold = GoldFile.Load(Path.Combine(folder, "gold.jsonl"));
            QuoteEvaluationReport report = new QuoteEvaluation(KnowledgeLoader.LoadShipped()).Run(gold);

            report.Unreadable.Should().BeEmpty();
            report.Total.Should().Be(new MatchCounts(Matched: 1, Predicted: 1, Gold: 2));
            report.Total.Precision.Should().Be(1.0);
            report.Total.Recall.Should().Be(0.5);
            report.Kind("direct").Recall.Should().Be(1.0);
            report.Articles[0].Missed.Should().ContainSingle().Which.Speaker.Should().Be("Nobody");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
