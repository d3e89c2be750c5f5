using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Parley.Knowledge;

namespace Parley.Evaluation.Corpus;

/// <summary>
/// Writes realistic synthetic news for benchmarks and crash tests: two leaders who held office on the same
/// day (from the knowledge base's tenures) call, meet, visit or warn, with quotes, a "Published" line and the
/// debris real pages carry (ADVERTISEMENT, captions, photo credits, a reporting credit). The same seed gives
/// the same articles; every article's text is distinct (a figure in it is derived from its number).
/// </summary>
public sealed class SyntheticNews
{
    private static readonly DateOnly First = new(2001, 1, 1);
    private static readonly DateOnly Last = new(2025, 6, 30);
    private static readonly string[] LeaderKinds = ["head-of-state", "head-of-government", "foreign-minister"];
    private static readonly string[] Topics =
        ["trade", "energy security", "the war in Ukraine", "climate finance", "migration", "regional security", "nuclear talks", "grain exports", "debt relief", "maritime disputes"];

    private static readonly string[] Reporters =
        ["Maria Keller", "Tom Okafor", "Priya Raman", "Lucas Moreau", "Hana Sato", "Daniel Brooks", "Amira Haddad", "Jonas Lind"];

    private static readonly string[] Wires = ["Reuters", "AFP", "AP", "Getty Images", "EPA"];

    private static readonly string[] Remarks =
    [
        "We agreed to keep working together on {0}",
        "Our countries share a long history and a common interest in {0}",
        "There can be no lasting peace without honest talks on {0}",
        "We made real progress on {0}, and more work lies ahead",
        "Our partners must understand that {0} is not a matter for outside pressure",
    ];

    private static readonly string[] Warnings =
    [
        "Any attempt to undermine our sovereignty will be met with a firm response",
        "We will not accept threats, and we will defend our interests",
        "Those who escalate this crisis will bear full responsibility",
    ];

    private readonly KnowledgeBase _knowledge;
    private readonly int _seed;
    private readonly ImmutableArray<Holder> _holders;
    private readonly Dictionary<int, List<Holder>> _holdersByYear = [];

    /// <summary>Prepares the generator over the leaders the knowledge base lists.</summary>
    public SyntheticNews(KnowledgeBase knowledge, int seed)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _seed = seed;
        _holders = [.. Holders(knowledge)];
        foreach (Holder holder in _holders)
        {
            for (int year = holder.From.Year; year <= holder.To.Year; year++)
            {
                if (!_holdersByYear.TryGetValue(year, out List<Holder>? list))
                {
                    _holdersByYear[year] = list = [];
                }

                list.Add(holder);
            }
        }

        if (_holders.Length < 2)
        {
            throw new InvalidOperationException("the knowledge base lists fewer than two leaders with tenures; nothing to write about");
        }
    }

    /// <summary>The first <paramref name="count"/> articles for this seed (article n is the same whatever the count).</summary>
    public IEnumerable<SyntheticArticle> Generate(int count)
    {
        for (int number = 0; number < count; number++)
        {
            yield return Article(number);
        }
    }

    /// <summary>Article number <paramref name="number"/> for this seed.</summary>
    public SyntheticArticle Article(int number)
    {
        // One random stream per article, so article n does not depend on how many were asked for.
        var random = new Random(HashCode.Combine(_seed, number) & int.MaxValue);
        (Holder a, Holder b, DateOnly day) = Pair(random);
        string kind = (random.Next(10)) switch
        {
            < 3 => "phone",
            < 4 => "video",
            < 6 => "visit",
            < 8 => "meeting",
            _ => "warning",
        };
        string topic = Pick(random, Topics);
        DateTimeOffset published = new DateTimeOffset(day.AddDays(1 + random.Next(2)).ToDateTime(new TimeOnly(6 + random.Next(14), random.Next(60))), TimeSpan.Zero);
        string weekday = day.DayOfWeek.ToString();
        string counterpart = kind is "visit" or "warning" ? b.Country : b.Person;
        string lead = kind switch
        {
            "phone" => $"{a.Styled} held a phone call with {b.Styled} on {weekday}, as the two sides sought common ground on {topic}.",
            "video" => $"{a.Styled} made a video call to {b.Styled} on {weekday} to discuss {topic}.",
            "visit" => $"{a.Styled} visited {b.CountryName} on {weekday} for talks on {topic}.",
            "meeting" => $"{a.Styled} met {b.Styled} on {weekday} for talks on {topic}.",
            _ => $"{a.Styled} warned {b.CountryName} on {weekday} over {topic}.",
        };
        string headline = kind switch
        {
            "phone" => $"{a.Surname} and {b.Surname} discuss {topic} by phone",
            "video" => $"{a.Surname} holds video call with {b.Surname} on {topic}",
            "visit" => $"{a.Surname} visits {b.CountryName} as {topic} tops agenda",
            "meeting" => $"{a.Surname} and {b.Surname} meet for talks on {topic}",
            _ => $"{a.Surname} warns {b.CountryName} over {topic}",
        };
        string remark = kind == "warning" ? Pick(random, Warnings) : string.Format(CultureInfo.InvariantCulture, Pick(random, Remarks), topic);
        string reporter = Pick(random, Reporters);
        string wire = Pick(random, Wires);
        // Derived from the number, so no two articles share a text (the article id is the hash of the text).
        string figure = (10 + (number / 10.0)).ToString("F1", CultureInfo.InvariantCulture);

        var text = new StringBuilder();
        text.Append(headline).Append("\n\n");
        text.Append("By ").Append(reporter).Append('\n');
        text.Append("Published: ").Append(published.ToString("dd MMM yyyy, hh:mm tt", CultureInfo.InvariantCulture)).Append(" GMT\n\n");
        text.Append(lead).Append("\n\n");
        text.Append(a.Name).Append(" speaks to reporters in ").Append(a.CountryName).Append("\n\n");
        text.Append("Photo: ").Append(wire).Append("/File\n\n");
        text.Append('"').Append(remark).Append(",\" ").Append(a.Name).Append(" said in a statement after the ").Append(kind == "warning" ? "remarks" : "talks").Append(".\n\n");
        text.Append("ADVERTISEMENT\n\n");
        text.Append("Trade between ").Append(a.CountryName).Append(" and ").Append(b.CountryName).Append(" reached $").Append(figure)
            .Append(" billion last year, according to official figures.\n\n");
        if (random.Next(2) == 0)
        {
            text.Append('"').Append("We listened carefully, and we will respond in due course").Append(",\" ").Append(b.Name).Append(" told reporters.\n\n");
        }
        else
        {
            text.Append("Officials in ").Append(b.CountryName).Append(" did not immediately comment.\n\n");
        }

        text.Append("Story continues below advertisement\n\n");
        text.Append("(Reporting by ").Append(reporter).Append("; Editing by ").Append(Pick(random, Reporters)).Append(")\n");
        string slug = string.Create(CultureInfo.InvariantCulture, $"{day:yyyy}/{day:MM}/{number:D6}-{kind}");
        return new SyntheticArticle(number, slug, headline, day, published, kind, a.Person, counterpart, text.ToString());
    }

    // Two leaders of different countries in office on the same day.
    private (Holder A, Holder B, DateOnly Day) Pair(Random random)
    {
        while (true)
        {
            Holder a = _holders[random.Next(_holders.Length)];
            int span = a.To.DayNumber - a.From.DayNumber;
            DateOnly day = DateOnly.FromDayNumber(a.From.DayNumber + random.Next(span + 1));
            List<Holder> others = [.. _holdersByYear[day.Year].Where(h => h.Country != a.Country && h.Person != a.Person && h.From <= day && day <= h.To)];
            if (others.Count > 0)
            {
                return (a, others[random.Next(others.Count)], day);
            }
        }
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

    private static IEnumerable<Holder> Holders(KnowledgeBase knowledge)
    {
        foreach (Tenure tenure in knowledge.Tenures)
        {
            Office? office = knowledge.OfficeById(tenure.Office);
            Person? person = knowledge.PersonById(tenure.Person);
            if (office is null || person is null || !office.Kinds.Any(k => LeaderKinds.Contains(k)) || knowledge.CountryByCode(office.Polity) is not { } country)
            {
                continue;
            }

            DateOnly from = tenure.Start > First ? tenure.Start : First;
            DateOnly to = tenure.End is { } end && end.AddDays(-1) < Last ? end.AddDays(-1) : Last;
            if (from > to)
            {
                continue;
            }

            int of = office.Title.LastIndexOf(" of ", StringComparison.Ordinal);
            string role = of > 0 ? office.Title[..of] : office.Title;
            // "Monarch Charles" is not how news writes; a monarch is named alone.
            string styled = role is "Monarch" or "Emperor" ? person.Name : $"{role} {person.Name}";
            string surname = person.Name.Split(' ')[^1];
            yield return new Holder(person.Id.Value, person.Name, styled, surname, country.Code.Value, country.Name, from, to);
        }
    }

    private sealed record Holder(string Person, string Name, string Styled, string Surname, string Country, string CountryName, DateOnly From, DateOnly To);
}
