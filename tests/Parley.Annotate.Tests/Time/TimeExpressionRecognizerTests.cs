using Parley.Annotate.Sentences;
using Parley.Annotate.Time;

namespace Parley.Annotate.Tests.Time;

public sealed class TimeExpressionRecognizerTests
{
    // The reference case: an article published on Friday 6 February 2026.
    private static readonly DateOnly Friday = new(2026, 2, 6);

    private static List<TimeMention> Find(string sentence, DateOnly? anchor)
    {
        (var tokens, List<Sentence> sentences) = new SentenceSplitter().Split(sentence);
        return sentences.SelectMany(s => TimeExpressionRecognizer.Recognize(sentence, tokens, s, anchor)).ToList();
    }

    private static string Describe(TimeMention mention) =>
        $"{mention.Text} = {(mention.Duration?.ToIso() ?? mention.Date?.ToIso() ?? "unresolved")}";

    [Theory]
    // Weekdays: the clause's tense picks the one just gone or the one coming.
    [InlineData("On Wednesday Xi made a video call to Putin.", "Wednesday = 2026-02-04")]
    [InlineData("Xi will travel to Moscow on Monday.", "Monday = 2026-02-09")]
    [InlineData("The ministers met on Friday.", "Friday = 2026-02-06")] // a Friday article's "on Friday" is the same day
    [InlineData("They spoke last Friday.", "last Friday = 2026-01-30")]
    [InlineData("Talks resume next Wednesday.", "next Wednesday = 2026-02-11")]
    [InlineData("He said on Tuesday that he would visit in April.", "Tuesday = 2026-02-03", "April = 2026-04")]
    // Days around the publication date.
    [InlineData("Yesterday the envoy arrived.", "Yesterday = 2026-02-05")]
    [InlineData("Protests continued last night.", "last night = 2026-02-05")]
    [InlineData("The vote is due tomorrow.", "tomorrow = 2026-02-07")]
    // Periods: ISO weeks, months and years relative to the publication date.
    [InlineData("The deal was signed last week.", "last week = 2026-W05")]
    [InlineData("Officials met earlier this month.", "earlier this month = 2026-02")]
    [InlineData("Elections are expected next year.", "next year = 2027")]
    [InlineData("The minister resigned three days ago.", "three days ago = 2026-02-03")]
    // A month alone with no tense in reach is the nearest one: "Trump's April trip" is April 2026.
    [InlineData("They discussed Trump's April trip to China.", "April = 2026-04")]
    [InlineData("The treaty was signed in November.", "November = 2025-11")]
    [InlineData("Theresa May spoke to reporters.")] // "May" the name is not a month
    [InlineData("Protesters march in May.", "May = 2026-05")]
    // Explicit dates, with and without a year.
    [InlineData("The summit opened on 4 February 2026 in Addis Ababa.", "4 February 2026 = 2026-02-04")]
    [InlineData("He arrived on Feb. 3 for talks.", "Feb. 3 = 2026-02-03")]
    [InlineData("The ceasefire began on December 28.", "December 28 = 2025-12-28")]
    [InlineData("It takes effect on Wednesday, March 4, 2026.", "Wednesday, March 4, 2026 = 2026-03-04")]
    [InlineData("Sanctions lapse in early March 2026.", "early March 2026 = 2026-03")]
    [InlineData("The record dated 2026-02-04 was leaked.", "2026-02-04 = 2026-02-04")]
    [InlineData("Shipments fell in 2026-W05.", "2026-W05 = 2026-W05")]
    [InlineData("The accord of 25/12/2025 holds.", "25/12/2025 = 2025-12-25")]
    [InlineData("The accord of 04/05/2025 holds.")] // day and month cannot be told apart: not guessed
    [InlineData("Ties have improved since 2019.", "2019 = 2019")]
    [InlineData("Some 2026 delegates voted.")] // a number, not a year
    // Durations.
    [InlineData("The call went on for 1.5 hours.", "1.5 hours = PT1H30M")]
    [InlineData("They spoke for 90 minutes.", "90 minutes = PT1H30M")]
    [InlineData("A 90-minute call followed.", "90-minute = PT1H30M")]
    [InlineData("The talks lasted an hour and a half.", "an hour and a half = PT1H30M")]
    [InlineData("She began a two-day visit.", "two-day = P2D")]
    [InlineData("The truce lasted six months.", "six months = P6M")]
    public void Recognizes_and_resolves(string sentence, params string[] expected) =>
        Find(sentence, Friday).Select(Describe).Should().Equal(expected);

    [Fact]
    public void Says_a_relative_date_is_unresolved_without_a_publication_date()
    {
        TimeMention mention = Find("On Wednesday Xi made a video call to Putin.", anchor: null).Should().ContainSingle().Subject;
        mention.IsUnresolved.Should().BeTrue();
        Find("The summit opened on 4 February 2026.", anchor: null).Single().Date!.Value.ToIso().Should().Be("2026-02-04");
    }

    [Fact]
    public void Every_mention_offset_points_at_its_text()
    {
        const string text = "On Wednesday Xi made a video call to Putin.\n\nThe call went on for 1.5 hours, and talks resume next week.";
        foreach (TimeMention mention in Find(text, Friday))
        {
            text.Substring(mention.Span.Start, mention.Span.Length).Should().Be(mention.Text);
        }
    }
}
