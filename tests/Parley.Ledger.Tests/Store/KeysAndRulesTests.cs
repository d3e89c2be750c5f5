using Parley.Core;
using Parley.Ledger.Store;

namespace Parley.Ledger.Tests.Store;

public sealed class KeysAndRulesTests
{
    [Fact]
    public void A_postgres_url_becomes_a_connection_string()
    {
        string text = PostgresLedger.ConnectionString("postgresql://ingest:s%3Acret@db.example:6432/parley?Search%20Path=ledger");
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(text);
        builder.Host.Should().Be("db.example");
        builder.Port.Should().Be(6432);
        builder.Database.Should().Be("parley");
        builder.Username.Should().Be("ingest");
        builder.Password.Should().Be("s:cret");
        builder.SearchPath.Should().Be("ledger");
        new Npgsql.NpgsqlConnectionStringBuilder(PostgresLedger.ConnectionString("postgres://me@localhost/db")).Port.Should().Be(5432);
    }

    [Fact]
    public void A_malformed_url_is_a_ledger_error()
    {
        Action open = () => PostgresLedger.ConnectionString("postgres:///nohost");
        open.Should().Throw<LedgerException>().WithMessage("*not a PostgreSQL URL*");
        LedgerFactory.IsPostgres("POSTGRESQL://x@y/z").Should().BeTrue();
        LedgerFactory.IsPostgres("data/postgres.duckdb").Should().BeFalse();
    }

    [Fact]
    public void The_merge_key_ignores_sides_and_order_but_not_mode_or_status()
    {
        string key = Keys.MergeKey("CONSULT", "phone", "occurred", Keys.Participants(["xi-jinping"], ["vladimir-putin"]));
        key.Should().Be("CONSULT|phone|occurred|vladimir-putin,xi-jinping");
        Keys.MergeKey("CONSULT", "phone", "occurred", Keys.Participants(["vladimir-putin", "xi-jinping"], [])).Should().Be(key);
        Keys.MergeKey("CONSULT", null, "occurred", Keys.Participants(["xi-jinping"], ["vladimir-putin"])).Should().NotBe(key);
        Keys.MergeKey("CONSULT", "phone", "planned", Keys.Participants(["xi-jinping"], ["vladimir-putin"])).Should().NotBe(key);
    }

    [Theory]
    [InlineData("\u201CThe timing of the call is rare and interesting,\u201D", "the timing of the call is rare and interesting")]
    [InlineData("  The timing of the call\n is RARE and interesting. ", "the timing of the call is rare and interesting")]
    [InlineData("don\u2019t worry too much", "don't worry too much")]
    public void Quote_words_are_compared_without_case_spacing_or_curly_marks(string words, string normalised)
    {
        Keys.NormaliseWords(words).Should().Be(normalised);
        Keys.QuoteId("chen-ming-chi", words).Should().Be(Keys.QuoteId("chen-ming-chi", normalised)).And.StartWith("q-").And.HaveLength(18);
    }

    private static MergedEvent Stored(FuzzyDate? date, DateOnly? reportedOn = null) => new()
    {
        Id = "ev-1", MergeKey = "k", Type = "CONSULT", Cameo = "040", Status = "occurred", Actors = [], Recipients = [], Date = date, ReportedOn = reportedOn,
    };

    [Fact]
    public void Dates_join_when_compatible_at_each_reports_precision()
    {
        FuzzyDate day = FuzzyDate.OnDay(new DateOnly(2026, 2, 4));
        EventMerge.Joins(Stored(FuzzyDate.InMonth(2026, 2)), day, null).Should().BeTrue();
        EventMerge.Joins(Stored(FuzzyDate.WeekOf(new DateOnly(2026, 2, 2))), day, null).Should().BeTrue();
        EventMerge.Joins(Stored(FuzzyDate.OnDay(new DateOnly(2026, 2, 3))), day, null).Should().BeFalse();
        EventMerge.Joins(Stored(null, new DateOnly(2026, 2, 4)), day, new DateOnly(2026, 2, 4)).Should().BeFalse("a dated report never joins an undated event");
        EventMerge.Joins(Stored(day), null, new DateOnly(2026, 2, 4)).Should().BeFalse("an undated report never joins a dated event");
        EventMerge.Joins(Stored(null, new DateOnly(2026, 2, 4)), null, new DateOnly(2026, 2, 6)).Should().BeTrue();
        EventMerge.Joins(Stored(null, new DateOnly(2026, 2, 4)), null, new DateOnly(2026, 2, 7)).Should().BeFalse();
        EventMerge.Joins(Stored(null, new DateOnly(2026, 2, 4)), null, null).Should().BeFalse();
    }

    [Fact]
    public void Every_event_a_report_joins_is_filed_under_a_year_the_report_reaches()
    {
        // The run index looks a report's candidates up by year only; a joinable event filed outside the report's years
        // would be missed. Every period of every precision around two New Years, dated and undated, either side.
        List<(FuzzyDate? Date, DateOnly? Published)> periods = [(null, null)];
        for (var day = new DateOnly(2024, 12, 1); day <= new DateOnly(2026, 1, 31); day = day.AddDays(1))
        {
            periods.AddRange([(FuzzyDate.OnDay(day), day), (FuzzyDate.WeekOf(day), day), (FuzzyDate.InMonth(day.Year, day.Month), day),
                (FuzzyDate.InYear(day.Year), day), (null, day)]);
        }

        periods = [.. periods.Distinct()];
        int joined = 0, crossing = 0;
        foreach ((FuzzyDate? storedDate, DateOnly? firstReported) in periods)
        {
            int filed = EventMerge.YearFiled(storedDate, firstReported);
            foreach ((FuzzyDate? date, DateOnly? published) in periods)
            {
                if (!EventMerge.Joins(storedDate, firstReported, date, published))
                {
                    continue;
                }

                (int first, int last) = EventMerge.YearsJoined(date, published);
                filed.Should().BeInRange(first, last, $"a report {date?.ToIso() ?? "undated"} of {published:yyyy-MM-dd} joins an event {storedDate?.ToIso() ?? "undated"} first reported {firstReported:yyyy-MM-dd}");
                joined++;
                crossing += filed != (date?.Start.Year ?? published!.Value.Year) ? 1 : 0;
            }
        }

        joined.Should().BeGreaterThan(100_000);
        crossing.Should().BeGreaterThan(0, "some joins cross a New Year");
        EventMerge.YearsJoined(null, null).Should().Match<(int First, int Last)>(range => range.First > range.Last, "a report with no date at all joins nothing");
    }

    [Theory]
    [InlineData("PT1H30M")]
    [InlineData("P3D")]
    [InlineData("P1Y6M")]
    [InlineData("P2W")]
    public void Stored_durations_read_back_as_written(string iso) => EventMerge.ParseDuration(iso)!.Value.ToIso().Should().Be(iso);
}
