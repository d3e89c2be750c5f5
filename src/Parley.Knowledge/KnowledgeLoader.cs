using System.Collections.Immutable;
using Parley.Knowledge.Tables;

namespace Parley.Knowledge;

/// <summary>
/// Reads and checks knowledge files and builds a <see cref="KnowledgeBase"/>. Every row is checked
/// (columns, ids, dates, codes, references, single-holder overlaps) and every problem is reported,
/// not only the first: <see cref="KnowledgeFormatException.Errors"/> lists them in file order.
/// </summary>
public static class KnowledgeLoader
{
    internal static readonly ImmutableArray<string> CountryColumns = ["iso3", "cameo", "name", "aliases", "demonyms", "valid_from", "valid_to", "source"];
    internal static readonly ImmutableArray<string> OrganizationColumns = ["code", "cameo", "name", "aliases", "kind", "valid_from", "valid_to", "source"];
    internal static readonly ImmutableArray<string> OfficeColumns = ["id", "title", "polity", "kind", "single_holder", "source"];
    internal static readonly ImmutableArray<string> PersonColumns = ["id", "name", "aliases", "country", "gender", "source"];
    internal static readonly ImmutableArray<string> TenureColumns = ["person_id", "office_id", "start", "end", "source"];
    internal static readonly ImmutableArray<string> MetonymColumns = ["text", "kind", "country", "stands_for", "valid_from", "valid_to", "source"];
    internal static readonly ImmutableArray<string> MediaColumns = ["id", "name", "aliases", "kind", "country", "source"];
    internal static readonly ImmutableArray<string> RoleNounColumns = ["noun", "sector", "source"];

    /// <summary>
    /// Allowed office kinds. <c>member</c> is a seat in a body whose post is not recorded, as in an
    /// imported dictionary that says only "in the government" (docs/decisions/0002-phoenix-import.md).
    /// </summary>
    public static readonly ImmutableArray<string> OfficeKinds = ["head-of-state", "head-of-government", "foreign-minister", "finance-minister", "igo-head", "member"];

    /// <summary>Allowed sectors of role nouns.</summary>
    public static readonly ImmutableArray<string> Sectors =
        ["government", "military", "legislature", "judiciary", "diplomacy", "academia", "business", "media", "civil-society", "religion", "international", "party"];

    private static readonly ImmutableArray<string> YesNo = ["yes", "no"];
    private static readonly ImmutableArray<string> Genders = ["female", "male"];
    private static readonly ImmutableArray<string> MetonymKinds = ["capital", "seat"];
    private static readonly ImmutableArray<string> StandsFor =
        ["government", "presidency", "prime-minister", "foreign-ministry", "military", "legislature", "intelligence", "monarchy"];
    private static readonly ImmutableArray<string> OrganizationKinds = ["igo", "ngo", "party", "group", "company"];
    private static readonly ImmutableArray<string> MediaKinds = ["agency", "newspaper", "broadcaster", "magazine", "online"];

    /// <summary>Loads the files shipped with Parley, plus the user's files in <paramref name="extraFolder"/> when given.</summary>
    public static KnowledgeBase LoadShipped(string? extraFolder = null)
    {
        IReadOnlyList<KnowledgeFile> files = KnowledgeFile.Shipped();
        return Load(extraFolder is null ? files : [.. files, .. KnowledgeFile.FromFolder(extraFolder)]);
    }

    /// <summary>Checks <paramref name="files"/> and builds the knowledge base; throws <see cref="KnowledgeFormatException"/> listing every problem.</summary>
    public static KnowledgeBase Load(IEnumerable<KnowledgeFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<KnowledgeError>();
        ILookup<string, KnowledgeFile> byTable = files.ToLookup(file => file.Table, StringComparer.Ordinal);
        List<TsvRow> Rows(string table, ImmutableArray<string> columns) =>
            byTable[table].SelectMany(file => TsvReader.Read(file.Name, file.Text, columns, errors)).ToList();

        var countries = Parse(Rows("countries.tsv", CountryColumns), errors, ParseCountry, country => country.Code.Value, "iso3");
        var organizations = Parse(Rows("organizations.tsv", OrganizationColumns), errors, ParseOrganization, organization => organization.Code, "code");
        var offices = Parse(Rows("offices.tsv", OfficeColumns), errors, row => ParseOffice(row, countries, organizations), office => office.Id.Value, "id");
        var people = Parse(Rows("people.tsv", PersonColumns), errors, row => ParsePerson(row, countries), person => person.Id.Value, "id");
        var tenureRows = new List<(TsvRow Row, Tenure Tenure)>();
        foreach (TsvRow row in Rows("tenures.tsv", TenureColumns))
        {
            Collect(errors, () => tenureRows.Add((row, ParseTenure(row, people, offices))));
        }

        TenureChecker.CheckSingleHolders(tenureRows, offices, errors);
        var metonyms = new List<Metonym>();
        foreach (TsvRow row in Rows("metonyms.tsv", MetonymColumns))
        {
            Collect(errors, () => metonyms.Add(ParseMetonym(row, countries)));
        }

        var media = Parse(Rows("media.tsv", MediaColumns), errors, row => ParseMedia(row, countries), outlet => outlet.Id, "id");
        var roleNouns = Parse(Rows("role-nouns.tsv", RoleNounColumns), errors, ParseRoleNoun, role => Text.NameKey.Of(role.Noun), "noun");

        if (errors.Count > 0)
        {
            throw new KnowledgeFormatException([.. errors.OrderBy(error => error.File, StringComparer.Ordinal).ThenBy(error => error.Line)]);
        }

        return new KnowledgeBase(
            [.. countries.Values.Select(entry => entry.Value)], [.. organizations.Values.Select(entry => entry.Value)],
            [.. offices.Values.Select(entry => entry.Value)], [.. people.Values.Select(entry => entry.Value)],
            [.. tenureRows.Select(entry => entry.Tenure)], [.. metonyms], [.. media.Values.Select(entry => entry.Value)],
            [.. roleNouns.Values.Select(entry => entry.Value)]) { Version = VersionOf(byTable) };
    }

    /// <summary>
    /// "kb-" and 12 hex of the SHA-256 of every loaded table's content (table name and text, tables in a
    /// fixed order, files in load order), so a ledger run can say which knowledge produced its rows.
    /// </summary>
    private static string VersionOf(ILookup<string, KnowledgeFile> byTable)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (IGrouping<string, KnowledgeFile> table in byTable.OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            foreach (KnowledgeFile file in table)
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(table.Key + "\0" + file.Text.ReplaceLineEndings("\n") + "\0"));
            }
        }

        return "kb-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static Dictionary<string, (TsvRow Row, T Value)> Parse<T>(List<TsvRow> rows, List<KnowledgeError> errors,
        Func<TsvRow, T> parse, Func<T, string> keyOf, string keyColumn)
    {
        var parsed = new Dictionary<string, (TsvRow Row, T Value)>(StringComparer.Ordinal);
        foreach (TsvRow row in rows)
        {
            Collect(errors, () =>
            {
                T value = parse(row);
                string key = keyOf(value);
                if (parsed.TryGetValue(key, out (TsvRow Row, T Value) first))
                {
                    throw KnowledgeFormatException.DuplicateId(row.File, row.Line, row.ColumnOf(keyColumn), row.Text(keyColumn), first.Row.Where);
                }

                parsed.Add(key, (row, value));
            });
        }

        return parsed;
    }

    private static void Collect(List<KnowledgeError> errors, Action parse)
    {
        try
        {
            parse();
        }
        catch (KnowledgeFormatException error)
        {
            errors.AddRange(error.Errors);
        }
    }

    private static Country ParseCountry(TsvRow row)
    {
        string code = row.Code("iso3");
        DateOnly? from = row.OptionalDate("valid_from");
        DateOnly? to = row.OptionalDate("valid_to");
        row.CheckPeriod(from, to, "valid_to");
        row.Required("source");
        return new Country(new CountryCode(code), row.OptionalCode("cameo"), row.Required("name"), row.List("aliases"), row.List("demonyms"), from, to);
    }

    private static Organization ParseOrganization(TsvRow row)
    {
        string code = row.Code("code");
        DateOnly? from = row.OptionalDate("valid_from");
        DateOnly? to = row.OptionalDate("valid_to");
        row.CheckPeriod(from, to, "valid_to");
        row.Required("source");
        return new Organization(code, row.OptionalCode("cameo"), row.Required("name"), row.List("aliases"), row.OneOf("kind", OrganizationKinds), from, to);
    }

    private static Office ParseOffice(TsvRow row, Dictionary<string, (TsvRow, Country)> countries, Dictionary<string, (TsvRow, Organization)> organizations)
    {
        string id = row.KebabId("id");
        string polity = row.Code("polity");
        if (!countries.ContainsKey(polity) && !organizations.ContainsKey(polity))
        {
            throw KnowledgeFormatException.UnknownPolity(row.File, row.Line, row.ColumnOf("polity"), polity);
        }

        ImmutableArray<string> kinds = row.List("kind");
        string? unknown = kinds.IsEmpty ? row.Text("kind") : kinds.FirstOrDefault(kind => !OfficeKinds.Contains(kind));
        if (unknown is not null)
        {
            throw KnowledgeFormatException.UnknownValue(row.File, row.Line, row.ColumnOf("kind"), unknown, OfficeKinds);
        }

        bool isSingle = row.OneOf("single_holder", YesNo) == "yes";
        row.Required("source");
        return new Office(new OfficeId(id), row.Required("title"), polity, kinds, isSingle);
    }

    private static Person ParsePerson(TsvRow row, Dictionary<string, (TsvRow, Country)> countries)
    {
        string id = row.KebabId("id");
        string? country = row.OptionalCode("country");
        if (country is not null && !countries.ContainsKey(country))
        {
            throw KnowledgeFormatException.UnknownCountry(row.File, row.Line, row.ColumnOf("country"), country);
        }

        string? gender = row.Text("gender").Length == 0 ? null : row.OneOf("gender", Genders);
        row.Required("source");
        return new Person(new PersonId(id), row.Required("name"), row.List("aliases"), country is null ? null : new CountryCode(country), gender);
    }

    private static Tenure ParseTenure(TsvRow row, Dictionary<string, (TsvRow, Person)> people, Dictionary<string, (TsvRow, Office)> offices)
    {
        string person = row.Required("person_id");
        if (!people.ContainsKey(person))
        {
            throw KnowledgeFormatException.UnknownPerson(row.File, row.Line, row.ColumnOf("person_id"), person);
        }

        string office = row.Required("office_id");
        if (!offices.ContainsKey(office))
        {
            throw KnowledgeFormatException.UnknownOffice(row.File, row.Line, row.ColumnOf("office_id"), office);
        }

        DateOnly start = row.Date("start");
        DateOnly? end = row.OptionalDate("end");
        row.CheckPeriod(start, end, "end");
        return new Tenure(new PersonId(person), new OfficeId(office), start, end, row.Required("source"), row.Note);
    }

    private static Metonym ParseMetonym(TsvRow row, Dictionary<string, (TsvRow, Country)> countries)
    {
        string country = row.Code("country");
        if (!countries.ContainsKey(country))
        {
            throw KnowledgeFormatException.UnknownCountry(row.File, row.Line, row.ColumnOf("country"), country);
        }

        DateOnly? from = row.OptionalDate("valid_from");
        DateOnly? to = row.OptionalDate("valid_to");
        row.CheckPeriod(from, to, "valid_to");
        row.Required("source");
        return new Metonym(row.Required("text"), row.OneOf("kind", MetonymKinds), new CountryCode(country), row.OneOf("stands_for", StandsFor), from, to);
    }

    private static MediaOutlet ParseMedia(TsvRow row, Dictionary<string, (TsvRow, Country)> countries)
    {
        string id = row.KebabId("id");
        string? country = row.OptionalCode("country");
        if (country is not null && !countries.ContainsKey(country))
        {
            throw KnowledgeFormatException.UnknownCountry(row.File, row.Line, row.ColumnOf("country"), country);
        }

        row.Required("source");
        return new MediaOutlet(id, row.Required("name"), row.List("aliases"), row.OneOf("kind", MediaKinds), country is null ? null : new CountryCode(country));
    }

    private static RoleNoun ParseRoleNoun(TsvRow row)
    {
        row.Required("source");
        return new RoleNoun(row.Required("noun"), row.OneOf("sector", Sectors));
    }
}
