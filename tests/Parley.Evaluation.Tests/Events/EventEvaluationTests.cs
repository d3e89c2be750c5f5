using Parley.Evaluation.Events;
using Parley.Knowledge;

namespace Parley.Evaluation.Tests.Events;

public sealed class EventEvaluationTests : IDisposable
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.LoadShipped();
    private readonly string _folder = Directory.CreateTempSubdirectory("parley-eval-events-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_descriptive_gold_actor_matches_only_at_country_level()
    {
        // Parley codes "US diplomats" as the United States; the gold keeps the label "US diplomats" with country USA.
        // (Not "US officials": since round 7 Parley reads officials of a country as a group named so, and the strict score matches.)
        File.WriteAllText(Path.Combine(_folder, "row.txt"),
            "Diplomats criticise Tehran\n\nUS diplomats accused Iran of arming rebel groups in the region on Monday.\n\nThe dispute is the latest in a long row.\n");
        File.WriteAllText(Path.Combine(_folder, "gold.jsonl"), """
            {"source": "row.txt", "published": "2024-03-05", "actors": [{"name": "US diplomats", "kind": "government", "country": "USA"}, {"name": "Iran", "kind": "country", "country": "IRN"}], "events": [{"type": "ACCUSE", "actors": ["US diplomats"], "recipients": ["Iran"], "evidence": "US diplomats accused Iran of arming rebel groups in the region on Monday."}]}

            """);

        EventReport report = new EventEvaluation(Knowledge).Run(GoldArticle.Load(Path.Combine(_folder, "gold.jsonl")));

        report.Overall.Matched.Should().Be(0, "the strict score needs the gold's own name");
        report.CountryLevel.Matched.Should().Be(1);
        report.CountryLevel.Gold.Should().Be(1);
        report.CountryLevel.Predicted.Should().Be(report.Overall.Predicted);
    }

    [Fact]
    public void Country_level_still_needs_the_type_and_the_recipient_country()
    {
        File.WriteAllText(Path.Combine(_folder, "row.txt"),
            "Officials criticise Tehran\n\nUS officials accused Iran of arming rebel groups in the region on Monday.\n");
        File.WriteAllText(Path.Combine(_folder, "gold.jsonl"), """
            {"source": "row.txt", "published": "2024-03-05", "actors": [{"name": "US officials", "country": "USA"}, {"name": "Iraq", "country": "IRQ"}], "events": [{"type": "ACCUSE", "actors": ["US officials"], "recipients": ["Iraq"]}, {"type": "THREATEN", "actors": ["US officials"], "recipients": []}]}

            """);

        EventReport report = new EventEvaluation(Knowledge).Run(GoldArticle.Load(Path.Combine(_folder, "gold.jsonl")));

        report.CountryLevel.Matched.Should().Be(0);
    }
}
