using System.Collections.Immutable;
using System.Globalization;
using Parley.Core;

namespace Parley.Ledger.Imports;

/// <summary>
/// Reads the ICEWS coded event data tab format (Harvard Dataverse, doi:10.7910/DVN/28075): a header line
/// ("Event ID", "Event Date", "Source Name", ...) and one event per line. Each line becomes an
/// <see cref="ImportedEvent"/> with origin "icews", or an <see cref="ImportProblem"/> naming the line.
/// </summary>
public sealed class IcewsReader
{
    /// <summary>The columns of the published files, in their order (used when a file has no header).</summary>
    public static readonly ImmutableArray<string> Columns =
    [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
        "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
        "Province", "Country", "Latitude", "Longitude",
    ];

    private readonly CameoTable _cameo;
    private readonly ImportedActorResolver _actors;

    /// <summary>Creates a reader mapping codes with <paramref name="cameo"/> and names with <paramref name="actors"/>.</summary>
    public IcewsReader(CameoTable cameo, ImportedActorResolver actors)
    {
        ArgumentNullException.ThrowIfNull(cameo);
        ArgumentNullException.ThrowIfNull(actors);
        _cameo = cameo;
        _actors = actors;
    }

    /// <summary>Reads every line of <paramref name="reader"/>; <paramref name="file"/> names the file in problems.</summary>
    public IEnumerable<ImportLine> Read(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Dictionary<string, int> index = Columns.Select((name, position) => (name, position)).ToDictionary(c => c.name, c => c.position, StringComparer.OrdinalIgnoreCase);
        int expected = Columns.Length;
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (number == 1 && fields[0].Trim().Equals("Event ID", StringComparison.OrdinalIgnoreCase))
            {
                // The header decides the layout: later ICEWS releases appended columns.
                index = fields.Select((name, position) => (name: name.Trim(), position)).ToDictionary(c => c.name, c => c.position, StringComparer.OrdinalIgnoreCase);
                expected = fields.Length;
                continue;
            }

            yield return fields.Length != expected
                ? Problem(file, number, $"expected {expected} tab-separated columns, found {fields.Length}")
                : ReadEvent(fields, index, file, number);
        }
    }

    private ImportLine ReadEvent(string[] fields, Dictionary<string, int> index, string file, int number)
    {
        string Field(string name) => index.TryGetValue(name, out int at) ? fields[at].Trim() : "";

        string id = Field("Event ID");
        if (id.Length == 0)
        {
            return Problem(file, number, "Event ID is empty");
        }

        string dateText = Field("Event Date");
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return Problem(file, number, $"Event Date '{dateText}' is not a date yyyy-mm-dd");
        }

        string cameo = Field("CAMEO Code");
        if (_cameo.Find(cameo) is not { } mapping)
        {
            return Problem(file, number, $"CAMEO Code '{cameo}' is not a CAMEO event code");
        }

        ImportedActor? source = Actor(Field("Source Name"), Field("Source Sectors"), Field("Source Country"), date);
        ImportedActor? target = Actor(Field("Target Name"), Field("Target Sectors"), Field("Target Country"), date);
        if (source is null)
        {
            return Problem(file, number, "Source Name is empty");
        }

        string publisher = Field("Publisher");
        string sourceRef = string.Join(", ", new[]
        {
            Field("Story ID") is { Length: > 0 } story ? "story " + story : null,
            Field("Sentence Number") is { Length: > 0 } sentence ? "sentence " + sentence : null,
            publisher.Length > 0 ? publisher : null,
        }.OfType<string>());
        string evidence = $"{source.Name} | {Field("Event Text")} | {target?.Name ?? "-"}";
        ImmutableArray<ImportedActor> details = target is null ? [source] : [source, target];
        return new ImportLine(new ImportedEvent("icews", id, mapping.Type, mapping.Mode, mapping.Medium, cameo,
            [source.Id], target is null ? [] : [target.Id], FuzzyDate.OnDay(date), mapping.Status,
            Confidence: 1.0, evidence, sourceRef.Length > 0 ? sourceRef : null, details), null);
    }

    private ImportedActor? Actor(string name, string sectors, string country, DateOnly date)
    {
        if (name.Length == 0)
        {
            return null;
        }

        if (_actors.Known(name, date) is { } known)
        {
            return known;
        }

        // ICEWS writes generic actors as "Role (Country)": "Citizen (India)", "Foreign Affairs (Bangladesh)".
        int open = name.LastIndexOf('(');
        string? inParentheses = open > 0 && name.EndsWith(')') ? name[(open + 1)..^1] : null;
        string? iso3 = _actors.CountryCode(inParentheses) ?? _actors.CountryCode(country);
        return new ImportedActor(ImportedActorResolver.MadeId("icews", name), name, KindOf(name, sectors, inParentheses is not null), iso3);
    }

    // ICEWS sectors are comma-separated labels ("Executive,Foreign Ministry,Government"); a named person has
    // no "(Country)" suffix and, when in office, government sectors too, so a bare two-to-four-word name is a person.
    private static string KindOf(string name, string sectors, bool isGeneric)
    {
        bool Has(string word) => sectors.Contains(word, StringComparison.OrdinalIgnoreCase);
        if (Has("Media") || Has("News"))
        {
            return "media";
        }

        if (Has("Intergovernmental") || Has("International Government"))
        {
            return "igo";
        }

        if (!isGeneric && name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 4 } words
            && words.All(word => char.IsUpper(word[0])) && !Has("Organization") && !Has("Parties") && !Has("Insurgents"))
        {
            return "person";
        }

        return Has("Government") || Has("Executive") || Has("Legislative") || Has("Military") || Has("Police") ? "government" : "group";
    }

    private static ImportLine Problem(string file, int line, string reason) => new(null, new ImportProblem(file, line, reason));
}
