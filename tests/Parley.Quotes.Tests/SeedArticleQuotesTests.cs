using System.Text.Json;
using Parley.Annotate;
using Parley.Evaluation.Quotes;
using Parley.Ingest;
using Parley.Ingest.Sources;
using Parley.Knowledge;
using Parley.TestKit;

namespace Parley.Quotes.Tests;

/// <summary>The reference article (../shared/seed): every gold quote with its speaker, and nothing the gold leaves out.</summary>
public sealed class SeedArticleQuotesTests
{
    [Fact]
    public void Finds_all_eight_gold_quotes_of_the_seed_article_with_their_speakers()
    {
        string? articlePath = Fixture.SharedPath("seed/article.txt");
        string? goldPath = Fixture.SharedPath("seed/gold.json");
        if (articlePath is null || goldPath is null)
        {
            Assert.Skip(Fixture.SharedMissing("seed"));
        }

        KnowledgeBase knowledge = KnowledgeLoader.LoadShipped();
        Core.Article article = ArticleReader.Read(new SourceReader().ReadFile(articlePath).Single().Document!).Article!;
        AnnotatedArticle annotated = new Annotator(knowledge).Annotate(article);
        IReadOnlyList<QuoteRecord> quotes = new QuoteExtractor(knowledge).Extract(annotated);

        using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var expected = gold.RootElement.GetProperty("quotes").EnumerateArray().ToList();
        expected.Should().HaveCount(8);
        foreach (JsonElement wanted in expected)
        {
            string text = wanted.GetProperty("text").GetString()!;
            string speaker = wanted.GetProperty("speaker").GetString()!;
            string kind = wanted.GetProperty("kind").GetString()!;
            QuoteRecord found = quotes.Should().ContainSingle(quote => quote.TextIn(annotated.Text) == text, $"the gold quote '{text}' is found once").Subject;
            found.KindName.Should().Be(kind, text);
            string[] names = [found.Speaker.Name, found.Speaker.ActorId, .. found.Speaker.Description is { } description ? [description] : Array.Empty<string>()];
            QuoteMatcher.SpeakerAgrees(speaker, new ScoredQuote(text, kind, found.Speaker.Name, [.. names])).Should().BeTrue($"'{text}' is {speaker}'s");
        }

        // The reporter's scare quotes ("rare and interesting", "opinions") and the unattributed "long and through conversation" are left out.
        quotes.Should().HaveCount(8);
        annotated.Actors.Count(actor => actor.IsListed).Should().Be(9);
    }
}
