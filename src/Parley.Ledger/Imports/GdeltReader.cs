using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Parley.Core;

namespace Parley.Ledger.Imports;

/// <summary>
/// Reads GDELT 2.0 Events: the official export (61 tab-separated columns, no header) or a table with a header
/// row naming those columns, tab- or comma-separated (as BigQuery and most tools save it). The layout is
/// decided by the first line. Each line becomes an <see cref="ImportedEvent"/> with origin "gdelt", or an
/// <see cref="ImportProblem"/> naming the line.
/// </summary>
public sealed class GdeltReader
{
    private readonly CameoTable _cameo;
    private readonly ImportedActorResolver _actors;

    /// <summary>Creates a reader mapping codes with <paramref name="cameo"/> and actors with <paramref name="actors"/>.</summary>
    public GdeltReader(CameoTable cameo, ImportedActorResolver actors)
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
        if (reader.ReadLine() is not { } first)
        {
            yield break;
        }

        if (first.StartsWith("name,type,description", StringComparison.OrdinalIgnoreCase))
        {
            yield return Problem(file, 1, "this is the GDELT codebook's column reference table (name,type,description), not event rows");
            yield break;
        }

        bool isComma = !first.Contains('\t', StringComparison.Ordinal) && first.Contains(',', StringComparison.Ordinal);
        IEnumerable<(int Line, string[] Fields)> rows = isComma ? CommaRows(first, reader) : TabRows(first, reader);
        Dictionary<string, int> index = GdeltColumns.Names.Select((name, position) => (name, position))
            .ToDictionary(c => c.name, c => c.position, StringComparer.OrdinalIgnoreCase);
        int expected = GdeltColumns.Names.Length;
        foreach ((int line, string[] fields) in rows)
        {
            if (line == 1 && fields[0].Trim().Equals("GLOBALEVENTID", StringComparison.OrdinalIgnoreCase))
            {
                index = fields.Select((name, position) => (name: name.Trim(), position)).ToDictionary(c => c.name, c => c.position, StringComparer.OrdinalIgnoreCase);
                expected = fields.Length;
                continue;
            }

            if (fields.Length == 1 && fields[0].Trim().Length == 0)
            {
                continue;
            }

            yield return fields.Length != expected
                ? Problem(file, line, $"expected {expected} {(isComma ? "comma" : "tab")}-separated columns, found {fields.Length}")
                : ReadEvent(fields, index, file, line);
        }
    }

    private static IEnumerable<(int, string[])> TabRows(string first, TextReader reader)
    {
        yield return (1, first.Split('\t'));
        int line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            yield return (line, text.Split('\t'));
        }
    }

    private static IEnumerable<(int, string[])> CommaRows(string first, TextReader reader)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null };
        using (var header = new CsvParser(new StringReader(first), configuration))
        {
            if (header.Read())
            {
                yield return (1, header.Record!);
            }
        }

        using var parser = new CsvParser(reader, configuration, leaveOpen: true);
        while (parser.Read())
        {
            // The parser counts from the second physical line, since the first was read apart.
            yield return (parser.RawRow + 1, parser.Record!);
        }
    }

    private ImportLine ReadEvent(string[] fields, Dictionary<string, int> index, string file, int line)
    {
        string Field(string name) => index.TryGetValue(name, out int at) ? fields[at].Trim() : "";

        string id = Field("GLOBALEVENTID");
        if (id.Length == 0)
        {
            return Problem(file, line, "GLOBALEVENTID is empty");
        }

        string dateText = Field("SQLDATE") is { Length: > 0 } sql ? sql : Field("Day");
        if (!DateOnly.TryParseExact(dateText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return Problem(file, line, $"SQLDATE '{dateText}' is not a date yyyymmdd");
        }

        string cameo = Field("EventCode");
        if (_cameo.Find(cameo) is not { } mapping)
        {
            return Problem(file, line, $"EventCode '{cameo}' is not a CAMEO event code");
        }

        ImportedActor? actor = Actor(Field("Actor1Code"), Field("Actor1Name"), Field("Actor1CountryCode"), Field("Actor1Type1Code"), date);
        ImportedActor? recipient = Actor(Field("Actor2Code"), Field("Actor2Name"), Field("Actor2CountryCode"), Field("Actor2Type1Code"), date);
        ImmutableArray<ImportedActor> details = [.. new[] { actor, recipient }.OfType<ImportedActor>()];
        string evidence = $"{actor?.Name ?? "-"} | {mapping.Label} | {recipient?.Name ?? "-"}";
        string url = Field("SOURCEURL");
        return new ImportLine(new ImportedEvent("gdelt", id, mapping.Type, mapping.Mode, mapping.Medium, cameo,
            actor is null ? [] : [actor.Id], recipient is null ? [] : [recipient.Id], FuzzyDate.OnDay(date), mapping.Status,
            Confidence(Field("IsRootEvent"), Field("NumMentions")), evidence, url.Length > 0 ? url : null, details), null);
    }

    // GDELT gives no confidence; its own hints are whether the event is in the lead paragraph (IsRootEvent) and
    // how often it was mentioned in the first 15 minutes. 0.5 base, +0.2 for a root event, +0.03 a mention up to +0.3.
    private static double Confidence(string isRoot, string mentions)
    {
        double value = 0.5 + (isRoot == "1" ? 0.2 : 0);
        if (int.TryParse(mentions, NumberStyles.Integer, CultureInfo.InvariantCulture, out int count) && count > 0)
        {
            value += Math.Min(0.3, 0.03 * count);
        }

        return Math.Round(value, 2);
    }

    private ImportedActor? Actor(string code, string name, string countryCode, string type, DateOnly date)
    {
        if (code.Length == 0 && name.Length == 0)
        {
            return null;
        }

        string? iso3 = _actors.CountryCode(countryCode);
        // A person the knowledge base knows by full name is that person, whatever the code says ("CHNGOV", "XI JINPING").
        ImportedActor? known = name.Length > 0 ? _actors.Known(name, date) : null;
        if (known is { Kind: "person" })
        {
            return known;
        }

        // A bare country code ("CHN", CAMEO "ROM") is the country itself.
        if (code.Length == 3 && _actors.CountryCode(code) is { } country)
        {
            return _actors.Known(country, date) ?? new ImportedActor(country, name, "country", country);
        }

        // GDELT names a role-coded actor by its country ("USAGOV" is "UNITED STATES"): the role is the actor, not the country.
        if (known is not null && !(known.Kind == "country" && code.Length > 3))
        {
            return known;
        }

        string display = name.Length > 0 ? name : code;
        return new ImportedActor(ImportedActorResolver.MadeId("gdelt", code.Length > 0 ? code : name), display, KindOf(code, type), iso3);
    }

    // CAMEO actor codes chain a country with role codes ("USAGOV", "RUSMIL", "IGOUNO"); the role decides the kind.
    private static string KindOf(string code, string type)
    {
        string roles = type + "|" + (code.Length > 3 ? code[3..] : code);
        bool Has(string role) => roles.Contains(role, StringComparison.Ordinal);
        if (code.StartsWith("IGO", StringComparison.Ordinal) || Has("IGO"))
        {
            return "igo";
        }

        if (Has("MED") || Has("JRN"))
        {
            return "media";
        }

        if (Has("GOV") || Has("MIL") || Has("LEG") || Has("JUD") || Has("COP") || Has("SPY"))
        {
            return "government";
        }

        return Has("BUS") || Has("NGO") || Has("EDU") ? "organization" : "group";
    }

    private static ImportLine Problem(string file, int line, string reason) => new(null, new ImportProblem(file, line, reason));
}
