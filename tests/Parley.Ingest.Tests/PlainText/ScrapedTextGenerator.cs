using FsCheck;
using FsCheck.Fluent;

namespace Parley.Ingest.Tests.PlainText;

/// <summary>A generated page of scraped text: header, wrapped paragraphs and debris lines in random order and spacing.</summary>
public sealed record ScrapedText(string Value)
{
    public override string ToString() => Value;
}

/// <summary>
/// Builds scraped pages from pieces written in news style: a headline, sometimes a standfirst with a
/// byline (glued or not), body sentences in paragraphs that a scraper may have wrapped, and the debris
/// lines the fixtures show, dropped between paragraphs.
/// </summary>
public static class ScrapedTextGenerator
{
    private static readonly string[] Headlines =
    [
        "Grain ships leave Odesa as corridor reopens",
        "Court halts sale of state airline: Unions",
        "Why the central bank held rates again",
        "Rescuers search for missing climbers on Mont Blanc",
    ];

    private static readonly string[] Standfirsts =
    [
        "The ministry said the first convoy carried wheat bound for Egypt and Tunisia.",
        "Judges said the government had not consulted workers before the sale was agreed.",
    ];

    private static readonly string[] Bylines = ["By Anna Kowalski", "Reuters", "World Web Desk", "Priya Nair and Tom Hale"];

    private static readonly string[] Sentences =
    [
        "The talks ended late on Tuesday without a joint statement.",
        "Officials in the capital said a second round would follow next month.",
        "\"We are not there yet,\" the envoy told reporters outside the hotel.",
        "Prices of diesel rose by 4% in the week to Friday, the agency said.",
        "Farmers blocked two highways near the border for several hours.",
        "The opposition called the plan a gift to foreign investors.",
        "Police said 14 people had been detained after the protest.",
        "Analysts expect the decision to be challenged in court.",
    ];

    private static readonly string[] Debris =
    [
        "ADVERTISEMENT", "Advertisement", "Share", "Also Read | Rains lash coastal districts", "Last Updated IST",
        "(Published 06 February 2026, 15:28 IST)", "<div class=\"ad-slot\"></div>", "Follow us on Twitter and Facebook",
        "Subscribe to our newsletter", "Story continues below advertisement", "Credit: Reuters Photo", "(Reuters)",
        "<div class=\"paragraphs\"><p>Trucks queue at the border crossing near Przemysl </p></div>\n\nTrucks queue at the border crossing near Przemysl\n\nCredit: AFP Photo",
        "<p>Police said the march passed off peacefully.</p>", "Related stories\nMinisters meet in Brussels\nStrike called off",
        "Updated: March 3, 2026 4:05 PM ET", "Photo: AP",
    ];

    private static readonly string[] Datelines = ["", "", "BEIJING, Feb 4 (Reuters) - ", "WASHINGTON (AP) — ", "NEW DELHI: "];

    /// <summary>The arbitrary FsCheck uses for <see cref="ScrapedText"/> parameters.</summary>
    public static Arbitrary<ScrapedText> ScrapedTexts() => Page().ToArbitrary();

    private static Gen<ScrapedText> Page() =>
        from header in Header()
        from dateline in Gen.Elements(Datelines)
        from paragraphs in Gen.Choose(1, 5).SelectMany(count => Gen.ListOf(Paragraph(), count))
        from debris in Gen.ListOf(Gen.Elements(Debris), paragraphs.Count + 1)
        from withDebris in Gen.ListOf(Gen.Elements(true, false), paragraphs.Count + 1)
        from separators in Gen.ListOf(Gen.Elements("\n\n", "\n\n", "\n\n\n", "\n"), paragraphs.Count * 2 + 2)
        select new ScrapedText(Assemble(header, [dateline + paragraphs[0], .. paragraphs.Skip(1)], debris, withDebris, separators));

    private static Gen<string> Header() =>
        from headline in Gen.Elements(Headlines)
        from standfirst in Gen.Elements(Standfirsts)
        from byline in Gen.Elements(Bylines)
        from shape in Gen.Choose(0, 3)
        select shape switch
        {
            0 => headline,
            1 => $"{headline}\n{byline}",
            2 => $"{headline}\n{standfirst}\n{byline}",
            _ => $"ADVERTISEMENT\n{headline} {standfirst}\n{byline}\nLast Updated IST",
        };

    // A paragraph of 1-3 sentences; a scraper may wrap it onto a second line.
    private static Gen<string> Paragraph() =>
        from sentences in Gen.Choose(1, 3).SelectMany(count => Gen.ListOf(Gen.Elements(Sentences), count))
        from wrapped in Gen.Elements(true, false)
        select wrapped && sentences.Count > 1
            ? string.Join(' ', sentences.Take(1)) + "\n" + string.Join(' ', sentences.Skip(1))
            : string.Join(' ', sentences);

    private static string Assemble(string header, List<string> paragraphs, List<string> debris, List<bool> withDebris, List<string> separators)
    {
        var page = new System.Text.StringBuilder(header);
        int separator = 0;
        for (int index = 0; index < paragraphs.Count; index++)
        {
            page.Append("\n\n").Append(paragraphs[index]);
            if (withDebris[index])
            {
                // Debris between paragraphs sits on its own line or in its own block, never inside a sentence.
                page.Append(separators[separator++] == "\n" ? "\n" : "\n\n").Append(debris[index]);
            }
        }

        return page.ToString();
    }
}
