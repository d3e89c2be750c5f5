using System.Collections.Immutable;
using Parley.Annotate;
using Parley.Core;
using Parley.Evaluation.Corpus;
using Parley.Events;
using Parley.Ingest;
using Parley.Knowledge;

namespace Parley.Evaluation.Tests.Corpus;

public sealed class SyntheticNewsTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.LoadShipped();

    [Fact]
    public void The_same_seed_writes_the_same_articles_and_every_text_is_distinct()
    {
        SyntheticArticle[] first = [.. new SyntheticNews(Knowledge, seed: 11).Generate(300)];
        SyntheticArticle[] again = [.. new SyntheticNews(Knowledge, seed: 11).Generate(300)];
        SyntheticArticle[] other = [.. new SyntheticNews(Knowledge, seed: 12).Generate(300)];

        again.Should().Equal(first);
        other.Select(a => a.Text).Should().NotEqual(first.Select(a => a.Text));
        first.Select(a => a.Text).Should().OnlyHaveUniqueItems();
        first.Select(a => a.Slug).Should().OnlyHaveUniqueItems();
        first.Select(a => a.Kind).Distinct().Should().BeEquivalentTo(["phone", "video", "visit", "meeting", "warning"]);
        first.Select(a => a.EventDate.Year).Distinct().Should().HaveCountGreaterThan(10, "dates spread over years");
    }

    [Fact]
    public void Leaders_are_in_office_on_the_day_of_the_event()
    {
        foreach (SyntheticArticle article in new SyntheticNews(Knowledge, seed: 3).Generate(200))
        {
            Knowledge.TenuresOf(new PersonId(article.Actor)).Should().Contain(t => t.HoldsOn(article.EventDate), article.Slug);
        }
    }

    [Fact]
    public void A_generated_article_reads_clean_and_analyses_to_its_intended_event()
    {
        var annotator = new Annotator(Knowledge);
        var extractor = new EventExtractor(Knowledge);
        SyntheticArticle[] articles = [.. new SyntheticNews(Knowledge, seed: 5).Generate(60)];
        var missed = new List<string>();
        foreach (SyntheticArticle generated in articles)
        {
            ReadOutcome outcome = ArticleReader.Read(new SourceDocument(generated.Slug, ContentKind.PlainText, generated.Text, SourceHints.None));
            Article article = outcome.Article ?? throw new InvalidOperationException($"{generated.Slug} was rejected: {outcome.Rejection}");
            article.Text.Should().NotContain("ADVERTISEMENT").And.NotContain("Photo:").And.NotContain("Reporting by");
            article.Published.Should().NotBeNull(generated.Slug);

            ImmutableArray<EventRecord> events = extractor.Extract(annotator.Annotate(article));
            if (!events.Any(e => e.Actors.Concat(e.Recipients).Contains(generated.Actor) && e.Actors.Concat(e.Recipients).Contains(generated.Counterpart)))
            {
                missed.Add($"{generated.Slug}: {article.Text.Split("\n\n")[0]}");
            }
        }

        missed.Should().HaveCountLessThanOrEqualTo(articles.Length / 10, "nearly every article's lead names both sides of one event:\n" + string.Join('\n', missed));
    }
}
