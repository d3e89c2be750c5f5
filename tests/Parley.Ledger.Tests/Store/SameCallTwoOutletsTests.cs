using Parley.Annotate;
using Parley.Core;
using Parley.Events;
using Parley.Ingest;
using Parley.Ingest.Sources;
using Parley.Knowledge;
using Parley.Ledger.Store;
using Parley.Quotes;
using Parley.TestKit;

namespace Parley.Ledger.Tests.Store;

/// <summary>
/// The real analysis end to end: the reference article (../shared/seed) and a wire story of our own report
/// the same Xi–Putin video call of Wednesday 4 February 2026; the ledger must hold it as one event with one
/// mention per article.
/// </summary>
public sealed class SameCallTwoOutletsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "parley-ledger-" + Guid.NewGuid().ToString("N") + ".duckdb");

    private static ArticleFindings Analyse(KnowledgeBase knowledge, string path, SourceHints hints)
    {
        Article article = ArticleReader.Read(new SourceReader(hints: hints).ReadFile(path).Single().Document!).Article!;
        AnnotatedArticle annotated = new Annotator(knowledge).Annotate(article);
        return new ArticleFindings(path, article, annotated.Actors, new EventExtractor(knowledge).Extract(annotated),
            [.. new QuoteExtractor(knowledge).Extract(annotated)]);
    }

    [Fact]
    public void The_call_reported_by_the_seed_article_and_a_wire_story_is_one_event_with_two_mentions()
    {
        string? seed = Fixture.SharedPath("seed/article.txt");
        if (seed is null)
        {
            Assert.Skip(Fixture.SharedMissing("seed/article.txt"));
        }

        KnowledgeBase knowledge = KnowledgeLoader.LoadShipped();
        NewsTime.TryParseIso("2026-02-04T14:05+00:00", out NewsTime wireTime).Should().BeTrue();
        ArticleFindings first = Analyse(knowledge, seed, SourceHints.None);
        ArticleFindings second = Analyse(knowledge, Fixture.PathOf("ledger/xi-putin-call-second-report.txt"), new SourceHints(Published: wireTime));

        using ILedger ledger = LedgerFactory.Open(_path);
        ledger.EnsureSchema();
        long run = ledger.StartRun("ingest", "0.1.0", knowledge.Version, DateTimeOffset.UnixEpoch);
        ledger.Write([first], run);
        ledger.Write([second], run).EventsMerged.Should().BeGreaterThanOrEqualTo(1);

        LedgerEvent call = ledger.Events(new EventQuery(Actor: "xi-jinping", Counterpart: "vladimir-putin", Type: "CONSULT"))
            .Should().ContainSingle().Subject;
        call.Date.Should().Be(FuzzyDate.OnDay(new DateOnly(2026, 2, 4)));
        call.Duration?.ToIso().Should().Be("PT1H30M", "the seed article gives the length of the call");
        call.MentionCount.Should().Be(2);
        ledger.MentionsOf([call.Id]).Select(mention => mention.ArticleId).Should().BeEquivalentTo([first.Article.Id, second.Article.Id]);
    }

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(_path + ".wal");
    }
}
