using Parley.Analysis.Rarity;

namespace Parley.Analysis.Tests;

/// <summary>
/// The rarity model of docs/analysis.md on the hand-built ledger of <see cref="HandLedger.XiYear"/>; the expected
/// figures are worked out in the comments from the rows, not taken from the code's output.
/// </summary>
public sealed class RarityModelTests
{
    private static readonly DateOnly Feb4 = new(2026, 2, 4);

    [Fact]
    public void Two_counterparts_in_a_day_counts_days_and_compares_with_poisson()
    {
        using HandLedger ledger = HandLedger.XiYear();
        RarityAnswer answer = new RarityAnalyzer(ledger.Db, ContactRules.Default).MultiCounterpart("xi-jinping", 2, Feb4);

        // Covered days (any day-dated event of Xi before Feb 4): Jan 10, Feb 1, Mar 5, Apr 20, May 1, Jun 15, Jul 1 = 7.
        // Distinct counterparts per contact day: 2 + 1 + 1 + 2 + 1 = 7 contacts, so λ = 1 per covered day.
        answer.Coverage.CoveredWindows.Should().Be(7);
        answer.Coverage.Contacts.Should().Be(7);
        answer.Coverage.Events.Should().Be(11, "eight day-dated contacts and three other day-dated events; the month-dated one is left out");
        answer.Coverage.First.Should().Be(new DateOnly(2025, 1, 10));
        answer.Coverage.Last.Should().Be(new DateOnly(2025, 7, 1));
        answer.Observed.Should().Be(2, "Jan 10 (Putin, Modi) and Apr 20 (Lula, Putin)");
        answer.LastBefore.Should().Be(new DateOnly(2025, 4, 20));
        // Expected = 7 × P(N ≥ 2 | λ = 1) = 7 × (1 − 2/e).
        double expected = 7 * (1 - (2 / Math.E));
        answer.Expected.Should().BeApproximately(expected, 1e-9);
        answer.Lift.Should().BeApproximately(2 / expected, 1e-9);
        answer.TailProbability.Should().BeApproximately(1 - (Math.Exp(-expected) * (1 + expected)), 1e-9);
        answer.SmallSample.Should().BeTrue("eleven events are fewer than thirty");
        answer.Sentence.Should().Contain("on 2 of 7 covered days before 2026-02-04").And.Contain("last on 2025-04-20").And.Contain("Small sample");
    }

    [Fact]
    public void Counterpart_set_expects_the_product_of_each_counterparts_share_of_days()
    {
        using HandLedger ledger = HandLedger.XiYear();
        RarityAnswer answer = new RarityAnalyzer(ledger.Db, ContactRules.Default).CounterpartSet("xi-jinping", ["vladimir-putin", "donald-trump"], Feb4);

        // Putin on 4 of the 7 covered days (Jan 10, Mar 5, Apr 20, Jun 15), Trump on 1 (Feb 1): 7 × 4/7 × 1/7.
        answer.Observed.Should().Be(0);
        answer.Expected.Should().BeApproximately(4.0 / 7, 1e-9);
        answer.TailProbability.Should().Be(1);
        answer.LastBefore.Should().BeNull();
        answer.Sentence.Should().Contain("Vladimir Putin and Donald Trump").And.Contain("never before on record");
    }

    [Fact]
    public void Silence_compares_the_gap_with_the_dyads_earlier_gaps()
    {
        using HandLedger ledger = HandLedger.XiYear();
        RarityAnswer answer = new RarityAnalyzer(ledger.Db, ContactRules.Default).DyadSilence("xi-jinping", "vladimir-putin", Feb4);

        // Contact days before: Jan 10, Mar 5, Apr 20, Jun 15 → gaps 54, 46, 56 (mean 52); Jun 15 → Feb 4 is 234 days.
        answer.Description.Should().Contain("after 234 days");
        answer.Trials.Should().Be(3);
        answer.Observed.Should().Be(0);
        answer.TailProbability.Should().BeApproximately(Math.Exp(-234.0 / 52), 1e-9);
        answer.Expected.Should().BeApproximately(3 * Math.Exp(-234.0 / 52), 1e-9);
    }

    [Fact]
    public void Type_between_two_actors_expects_type_and_counterpart_independent()
    {
        using HandLedger ledger = HandLedger.XiYear();
        RarityAnswer answer = new RarityAnalyzer(ledger.Db, ContactRules.Default).DyadType("xi-jinping", "donald-trump", "CONSULT", Feb4);

        // Xi's events before Feb 4 (any precision): 12, of which CONSULT 9; with Trump 4 (Feb 1 ×2, May 1, Aug), CONSULT 2.
        answer.Observed.Should().Be(2);
        answer.Trials.Should().Be(9);
        answer.Expected.Should().BeApproximately(9.0 * 4 / 12, 1e-9);
        answer.TailProbability.Should().BeApproximately(1 - (Math.Exp(-3) * 4), 1e-9);
        answer.LastBefore.Should().Be(new DateOnly(2025, 8, 1));
    }

    [Fact]
    public void An_event_leads_with_the_same_day_pattern_then_silence_and_type()
    {
        using HandLedger ledger = HandLedger.XiYear();
        var answers = new RarityAnalyzer(ledger.Db, ContactRules.Default).ForEvent("feb4-trump");

        answers.Should().NotBeNull();
        answers!.Select(a => a.Pattern).Should().Equal("multi-counterpart", "counterpart-set", "dyad-silence", "dyad-type");
        answers[0].Observed.Should().Be(2);
        answers[1].Counterparts.Should().Equal("donald-trump", "vladimir-putin");
        answers[2].Counterparts.Should().Equal("donald-trump");
    }

    [Fact]
    public void An_unknown_event_has_no_answer()
    {
        using HandLedger ledger = HandLedger.XiYear();
        new RarityAnalyzer(ledger.Db, ContactRules.Default).ForEvent("no-such-event").Should().BeNull();
    }

    [Fact]
    public void A_wider_window_groups_days_into_windows()
    {
        using HandLedger ledger = HandLedger.XiYear();
        RarityAnswer answer = new RarityAnalyzer(ledger.Db, ContactRules.Default with { WindowDays = 365000 }).MultiCounterpart("xi-jinping", 2, Feb4);

        // One window holds all of history: a single covered window with four distinct counterparts.
        answer.Coverage.CoveredWindows.Should().Be(1);
        answer.Coverage.Contacts.Should().Be(4);
        answer.Observed.Should().Be(1);
    }

    [Theory]
    [InlineData(0, 2.0, 1.0)]
    [InlineData(1, 0.0, 0.0)]
    [InlineData(3, 2.0, 0.32332358381693654)]
    public void Poisson_tail_matches_known_values(int k, double mean, double expected)
    {
        Poisson.AtLeast(k, mean).Should().BeApproximately(expected, 1e-12);
    }

    [Fact]
    public void Poisson_tail_stays_accurate_far_out()
    {
        // P(X ≥ 50 | 10) ≈ P(X = 50) × 1.25 ≈ 1.49e-19 × 1.25: the subtraction from 1 would have returned 0.
        Poisson.AtLeast(50, 10).Should().BeInRange(1.5e-19, 2.2e-19);
    }

    [Theory]
    [InlineData(2_000, 1_900.0)]
    [InlineData(5_073, 5_000.0)]
    public void Poisson_tail_for_counts_in_the_thousands_matches_term_by_term_sums(int k, double mean)
    {
        // The terms one by one from the closed form (each with its own log factorial), as a check on the recurrence.
        double below = Enumerable.Range(0, k).Sum(i => Poisson.Probability(i, mean));

        Poisson.AtLeast(k, mean).Should().BeApproximately(1 - below, 1e-9);
    }
}

/// <summary>Marking rare events in the ledger (<c>events.rare</c>).</summary>
public sealed class RareFlaggerTests
{
    [Fact]
    public void Marks_an_event_whose_pattern_never_happened_and_leaves_one_with_no_history()
    {
        using HandLedger ledger = HandLedger.XiYear();
        var analyzer = new RarityAnalyzer(ledger.Db, ContactRules.Default);

        // feb4-trump: Xi with Putin and Trump on one day happened on 0 of 7 covered days (rate 0 < 0.05).
        // c1 is Xi's first day on record: no history, so no rate and no mark.
        var flagged = RareFlagger.Flag(ledger.Db, analyzer, ["feb4-trump", "c1"]);

        flagged.Should().Equal("feb4-trump");
        ledger.Db.Query("SELECT event_id FROM events WHERE rare ORDER BY 1", [], r => r.GetString(0)).Should().Equal("feb4-trump");
        RareFlagger.DatedSince(ledger.Db, new DateOnly(2026, 1, 1)).Should().Equal("feb4-putin", "feb4-trump");
    }
}
