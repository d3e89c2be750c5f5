using Parley.Core;
using Parley.Ingest.Time;

namespace Parley.Ingest.Tests.Time;

public sealed class NewsTimeParserTests
{
    private static readonly NewsTimeParser Parser = NewsTimeParser.Default;

    [Theory]
    // Deccan Herald's bracketed publication line, read inside its brackets: IST is +05:30.
    [InlineData("06 February 2026, 15:28 IST", "2026-02-06T15:28:00+05:30")]
    // AP style month-first with a 12-hour clock and ET: 3 March is before US daylight saving, so -05:00.
    [InlineData("March 3, 2026 4:05 PM ET", "2026-03-03T16:05:00-05:00")]
    // The same wall time in July is EDT: ET follows the date, not the letters.
    [InlineData("July 3, 2026 4:05 PM ET", "2026-07-03T16:05:00-04:00")]
    // US pages print "EST" all year; the date decides (9 March 2026 is after the switch).
    [InlineData("March 9, 2026 4:05 p.m. EST", "2026-03-09T16:05:00-04:00")]
    // The Guardian: weekday, day-first, dotted clock, BST.
    [InlineData("Tue 14 Jul 2026 08.15 BST", "2026-07-14T08:15:00+01:00")]
    // GMT stays +00:00.
    [InlineData("Friday 6 February 2026 09:30 GMT", "2026-02-06T09:30:00Z")]
    // UTC with seconds.
    [InlineData("6 Feb 2026 10:15:42 UTC", "2026-02-06T10:15:42Z")]
    // An explicit offset wins over nothing: "+05:30" after the clock.
    [InlineData("Feb 6, 2026, 3:28 PM +05:30", "2026-02-06T15:28:00+05:30")]
    // "GMT+5:30" written the Indian way.
    [InlineData("6 February 2026 15:28 GMT+5:30", "2026-02-06T15:28:00+05:30")]
    // Central European summer time and its winter twin.
    [InlineData("12 June 2026 18:00 CEST", "2026-06-12T18:00:00+02:00")]
    [InlineData("12 January 2026 18:00 CET", "2026-01-12T18:00:00+01:00")]
    // Japan and Korea: one offset all year.
    [InlineData("March 1, 2026 9:00 AM JST", "2026-03-01T09:00:00+09:00")]
    [InlineData("1 March 2026 21:00 KST", "2026-03-01T21:00:00+09:00")]
    // Sydney winter time.
    [InlineData("1 July 2026 07:30 AEST", "2026-07-01T07:30:00+10:00")]
    // Pacific time in summer.
    [InlineData("Aug. 20, 2026, 11:45 a.m. PT", "2026-08-20T11:45:00-07:00")]
    // AP's "Sept." and an ordinal day.
    [InlineData("Sept. 21st, 2026 at 6 PM ET", "2026-09-21T18:00:00-04:00")]
    // Clock before the date, as Indian tickers print it.
    [InlineData("15:28 IST, 06 February 2026", "2026-02-06T15:28:00+05:30")]
    // ISO 8601 from a CMS footer.
    [InlineData("2026-02-06T15:28:00+05:30", "2026-02-06T15:28:00+05:30")]
    // A clock without a zone keeps no offset: it is not taken as UTC.
    [InlineData("6 February 2026 15:28", "2026-02-06T15:28:00")]
    // A date alone is a day.
    [InlineData("6 February 2026", "2026-02-06")]
    public void Reads_a_news_time_phrase(string phrase, string iso)
    {
        Parser.TryParse(phrase, out NewsTime time).Should().BeTrue();
        time.ToIso().Should().Be(iso);
    }

    [Theory]
    // A wire dateline's "Feb 4" takes the year of the story's publication.
    [InlineData("Feb 4", "2026-02-06", "2026-02-04")]
    // "Dec 31" filed in a story published on 2 January is from the year before.
    [InlineData("Dec 31", "2027-01-02", "2026-12-31")]
    public void Takes_a_missing_year_from_the_reference_date(string phrase, string reference, string iso)
    {
        Parser.TryParse(phrase, out NewsTime time, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture)).Should().BeTrue();
        time.ToIso().Should().Be(iso);
    }

    [Theory]
    // A sentence that starts like a time line is not one.
    [InlineData("figures show inflation at 4% in February")]
    // No year and no reference: the year is not guessed.
    [InlineData("Feb 4")]
    // Day and month order differ by country: refused.
    [InlineData("06/02/2026")]
    // 30 February does not exist.
    [InlineData("30 February 2026")]
    // 25 o'clock does not exist.
    [InlineData("6 February 2026 25:10 IST")]
    // An unknown zone word is not silently dropped.
    [InlineData("6 February 2026 15:28 XYZ")]
    [InlineData("")]
    public void Refuses_what_is_not_a_time(string phrase) =>
        Parser.TryParse(phrase, out _).Should().BeFalse();

    [Theory]
    [InlineData("IST", true)]
    [InlineData("", true)]
    [InlineData(": IST", true)]
    [InlineData("06 February 2026", false)]
    [InlineData("figures show", false)]
    public void Knows_an_empty_timestamp(string rest, bool isEmpty) =>
        Parser.IsEmptyTimestamp(rest).Should().Be(isEmpty);
}
