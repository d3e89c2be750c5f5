using Parley.Analysis.Brief;
using Parley.Analysis.Rarity;

namespace Parley.Analysis.Tests;

/// <summary>The brief on Xi from the hand-built ledger with one article, its evidence and its quotes.</summary>
public sealed class BriefTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "parley-brief-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Brief_reads_as_a_note_with_evidence_quotes_rarity_and_charts()
    {
        using HandLedger ledger = HandLedger.XiYear();
        ledger.Db.Execute("""
            INSERT INTO articles (article_id, source, url, outlet, headline, published, published_utc, language, text, run_id)
            VALUES ('art1', 'seed/article.txt', 'https://example.org/xi-calls', 'Example Wire', 'Xi speaks to Putin and Trump on the same day',
                    '2026-02-06T15:28+05:30', TIMESTAMP '2026-02-06 09:58:00', 'en', '…', 1);
            INSERT INTO event_mentions VALUES
                ('feb4-trump', 'art1', 120, 60, 'Hours later, Xi held a phone call with Trump, the Chinese foreign ministry said.', 'call', 0.9, NULL, NULL, 1),
                ('feb4-putin', 'art1', 0, 70, 'Xi Jinping spoke with Vladimir Putin by video link on Wednesday.', 'spoke', 0.9, NULL, NULL, 1);
            INSERT INTO quotes VALUES
                ('q1', 'xi-jinping', 'Xi Jinping', 'Chinese president', 'direct', 'Taiwan is the most important issue in China-US relations', 1),
                ('q2', 'donald-trump', 'Donald Trump', 'US president', 'direct', 'It was an excellent call with President Xi', 1),
                ('q3', 'vladimir-putin', 'Vladimir Putin', 'Russian president', 'direct', 'Xinhua and the taxi drivers of Moscow know it', 1);
            INSERT INTO quote_sources VALUES ('q1', 'art1', 10, 20, 0, 40, 'said'), ('q2', 'art1', 50, 20, 40, 40, 'wrote'), ('q3', 'art1', 90, 20, 80, 40, 'said');
            """);
        string path = Path.Combine(folder, "xi.md");

        string brief = new BriefWriter(ledger.Db, ContactRules.Default).Write("xi-jinping", null, path);

        File.ReadAllText(path).Should().Be(brief);
        brief.Should().StartWith("# Brief: Xi Jinping");
        foreach (string section in new[] { "## Summary", "## Key events", "## Quotes by Xi Jinping", "## Quotes about Xi Jinping", "## Rarity notes", "## Charts" })
        {
            brief.Should().Contain(section);
        }

        brief.Should().Contain("The ledger holds 14 events involving Xi Jinping between 2025-01-10 and 2026-02-04");
        // The most reported event leads the key events, with the sentence that reports it and where it was printed.
        string firstRow = brief.Split('\n').First(line => line.StartsWith("| 2026", StringComparison.Ordinal));
        firstRow.Should().Contain("Donald Trump").And.Contain("Hours later, Xi held a phone call with Trump").And.Contain("Example Wire, 2026-02-06T15:28+05:30");
        brief.Should().Contain("“Taiwan is the most important issue in China-US relations” (Example Wire)");
        brief.Should().Contain("Donald Trump: “It was an excellent call with President Xi”");
        // "Xi" is matched as a word: a quote that only says "Xinhua" or "taxi" is not about him.
        brief.Should().NotContain("Xinhua and the taxi drivers");
        brief.Should().Contain("with 2 or more distinct counterparts within one day: on 2 of 7 covered days before 2026-02-04");
        brief.Should().Contain("![Events per month](xi-timeline.png)").And.Contain("![Counterparts](xi-network.png)");
        File.Exists(Path.Combine(folder, "xi-timeline.png")).Should().BeTrue();
        File.Exists(Path.Combine(folder, "xi-network.svg")).Should().BeTrue();
    }

    [Fact]
    public void Brief_on_an_actor_without_events_says_so()
    {
        using HandLedger ledger = HandLedger.XiYear();
        string brief = new BriefWriter(ledger.Db, ContactRules.Default).Write("nobody", null, Path.Combine(folder, "nobody.md"));

        brief.Should().Contain("no events involving nobody").And.Contain("No events on record.").And.Contain("No dated events to chart.");
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
