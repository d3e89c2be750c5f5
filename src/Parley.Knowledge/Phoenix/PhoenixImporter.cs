using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Parley.Knowledge.Text;

namespace Parley.Knowledge.Phoenix;

/// <summary>
/// Maps a Phoenix actor dictionary onto Parley's knowledge tables, next to a knowledge base it
/// must not contradict. A person becomes a people.tsv row with the country of their codes; a
/// dated GOV, MIL, LEG or JUD code becomes a tenure in an office made for the import
/// (<c>rus-phoenix-gov</c>, "Government of Russia (Phoenix GOV)", kind <c>member</c>, several
/// holders), because Phoenix says a person was in the government, not which post they held.
/// People the knowledge base already knows are skipped, never duplicated. See
/// docs/decisions/0002-phoenix-import.md.
/// </summary>
public sealed class PhoenixImporter
{
    /// <summary>Phoenix roles that stand for a state body with members, and how an office title names the body.</summary>
    public static readonly FrozenDictionary<string, string> Bodies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GOV"] = "Government",
        ["MIL"] = "Military",
        ["LEG"] = "Legislature",
        ["JUD"] = "Judiciary",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // CAMEO's domestic role codes (CAMEO manual, chapter 3); a person with one of these keeps their country only.
    private static readonly FrozenSet<string> Roles = FrozenSet.Create(StringComparer.Ordinal,
        "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO", "IMG", "INS", "JUD", "LAB",
        "LEG", "MED", "MIL", "MOD", "NGO", "OPP", "PTY", "RAD", "REB", "REF", "RES", "SEP", "SPY", "UAF", "UNR");

    private readonly KnowledgeBase _known;
    private readonly FrozenDictionary<string, ImmutableArray<PersonId>> _knownByName;

    /// <summary>Creates an importer that merges into <paramref name="known"/> (usually the shipped knowledge base).</summary>
    public PhoenixImporter(KnowledgeBase known)
    {
        ArgumentNullException.ThrowIfNull(known);
        _known = known;
        // A single word ("Bush", "Khan") names too many people to prove two entries are one person,
        // so only names of two words or more are compared.
        _knownByName = known.People
            .SelectMany(person => person.Aliases.Prepend(person.Name).Select(name => (Key: NameKey.Of(name), person.Id)))
            .Where(entry => entry.Key.Contains(' ', StringComparison.Ordinal))
            .GroupBy(entry => entry.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(entry => entry.Id).Distinct().ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>Imports <paramref name="dictionary"/>, read from the file called <paramref name="source"/> (its name goes into every row's source).</summary>
    public PhoenixImport Import(PhoenixDictionary dictionary, string source)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(source);
        var drafts = new List<Draft>();
        var draftsByName = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var offices = new SortedDictionary<string, ImportedOffice>(StringComparer.Ordinal);
        var known = new List<(string, PersonId)>();
        var withoutTenure = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unmapped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var takenIds = new HashSet<string>(_known.People.Select(person => person.Id.Value), StringComparer.Ordinal);
        int peopleRead = 0;
        int merged = 0;

        foreach (PhoenixEntry entry in dictionary.Entries)
        {
            if (!IsPerson(entry))
            {
                continue;
            }

            peopleRead++;
            var mapped = new List<(PhoenixRole Role, Country Country, string Part)>();
            foreach (PhoenixRole role in entry.Roles)
            {
                Country? country = role.Code.Length >= 3 ? _known.CountryByCode(role.Code[..3]) : null;
                string part = role.Code.Length >= 6 ? role.Code[3..6] : "";
                if (country is null || (part.Length > 0 && !Roles.Contains(part)))
                {
                    Count(unmapped, role.Code);
                    continue;
                }

                mapped.Add((role, country, part));
            }

            Country? home = mapped.OrderByDescending(item => item.Role.From ?? DateOnly.MinValue).Select(item => item.Country).FirstOrDefault();
            if (KnownAs(entry, home) is { } knownId)
            {
                known.Add((entry.Name, knownId));
                continue;
            }

            // CountryInfo lists a person once per spell in office (CHULTEM_ULAAN (ACTING_ and
            // CHULTEM_ULAAN_): the same name in the same country is one person.
            string draftKey = $"{NameKey.Of(entry.Name)}|{home?.Code.Value}";
            if (home is not null && draftsByName.TryGetValue(draftKey, out Draft? draft))
            {
                merged++;
            }
            else
            {
                draft = new Draft(NewId(entry.Name, home, takenIds), entry.Name, home?.Code,
                    $"phoenix:{source}:{entry.Line.ToString(CultureInfo.InvariantCulture)}");
                drafts.Add(draft);
                draftsByName.TryAdd(draftKey, draft);
            }

            draft.Aliases.AddRange(entry.Synonyms);
            foreach ((PhoenixRole role, Country country, string part) in mapped)
            {
                if (!Bodies.TryGetValue(part, out string? body) || role.From is not { } start)
                {
                    // An undated GOV says "in government at some time", and <date gives no first day: no tenure either way.
                    Count(withoutTenure, part.Length == 0 ? "(country only)" : body is not null && role.IsDated ? part + " (no start date)" : part);
                    continue;
                }

                draft.Periods.Add((OfficeFor(country, part, body, offices), start, role.Until?.AddDays(1), role));
            }
        }

        return new PhoenixImport(source, [.. drafts.Select(draft => draft.ToPerson())], [.. offices.Values],
            [.. drafts.SelectMany(draft => Merge(draft.Id, draft.Periods, source))], dictionary.Entries.Length, peopleRead, merged, [.. known],
            withoutTenure.ToImmutableSortedDictionary(StringComparer.Ordinal), unmapped.ToImmutableSortedDictionary(StringComparer.Ordinal),
            dictionary.Rejected);
    }

    /// <summary>
    /// Whether an entry is a person rather than a country, place or institution: the CountryInfo
    /// generator marks people with <c># CountryInfo.txt</c>; hand-added people carry a dated role
    /// with a role part (countries such as SERBIA_AND_MONTENEGRO [SCG 920428-060605] have none).
    /// </summary>
    public static bool IsPerson(PhoenixEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Comment?.Contains("CountryInfo", StringComparison.OrdinalIgnoreCase) == true
            || entry.Roles.Any(role => role.IsDated && role.Code.Length >= 6);
    }

    private PersonId? KnownAs(PhoenixEntry entry, Country? home)
    {
        foreach (string key in entry.Synonyms.Prepend(entry.Name).Select(NameKey.Of).Where(key => key.Contains(' ', StringComparison.Ordinal)))
        {
            foreach (PersonId id in _knownByName.GetValueOrDefault(key, []))
            {
                // A regnal name is shared by monarchs of different countries (Albert II of Belgium
                // and of Monaco), so it proves identity only within one country. Other full names
                // are trusted across codes: Havel is CZE in Phoenix and CSK here, the same man.
                if (!IsRegnal(key) || (home is not null && _known.PersonById(id)?.Country == home.Code))
                {
                    return id;
                }
            }
        }

        return null;
    }

    private static bool IsRegnal(string key) =>
        key.Split(' ')[^1] is "i" or "ii" or "iii" or "iv" or "v" or "vi" or "vii" or "viii" or "ix" or "x" or "xi" or "xii" or "xiii" or "xiv" or "xv" or "xvi";

    private static PersonId NewId(string name, Country? home, HashSet<string> taken)
    {
        string id = PhoenixName.IdOf(name);
        id = id.Length == 0 ? "phoenix-person" : id;
        string candidate = id;
        if (taken.Contains(candidate) && home is not null)
        {
            candidate = $"{id}-{home.Code.Value.ToLowerInvariant()}";
        }

        for (int suffix = 2; taken.Contains(candidate); suffix++)
        {
            candidate = $"{id}-{suffix.ToString(CultureInfo.InvariantCulture)}";
        }

        taken.Add(candidate);
        return new PersonId(candidate);
    }

    private OfficeId OfficeFor(Country country, string part, string body, SortedDictionary<string, ImportedOffice> offices)
    {
        string id = $"{country.Code.Value.ToLowerInvariant()}-phoenix-{part.ToLowerInvariant()}";
        if (offices.TryGetValue(id, out ImportedOffice? made))
        {
            return made.Id;
        }

        // The shipped offices never use "phoenix" in an id; a user folder loaded alongside might.
        string unique = id;
        for (int suffix = 2; _known.OfficeById(new OfficeId(unique)) is not null; suffix++)
        {
            unique = $"{id}-{suffix.ToString(CultureInfo.InvariantCulture)}";
        }

        offices[id] = new ImportedOffice(new OfficeId(unique), $"{body} of {country.Name} (Phoenix {part})", country.Code, "phoenix:CAMEO-" + part);
        return offices[id].Id;
    }

    // Phoenix often lists a post twice or back to back ([AFGGOV 780430-790916] and [AFGGOV
    // 780501-790327]; Putin's [RUSGOV 991231-080507] then [RUSGOV >080508]): one tenure per
    // unbroken stretch in the same body, noting every line it came from.
    private static IEnumerable<ImportedTenure> Merge(PersonId person, List<(OfficeId Office, DateOnly Start, DateOnly? End, PhoenixRole Role)> periods, string source)
    {
        foreach (var office in periods.GroupBy(period => period.Office))
        {
            var sorted = office.OrderBy(period => period.Start).ToList();
            int index = 0;
            while (index < sorted.Count)
            {
                DateOnly start = sorted[index].Start;
                DateOnly? end = sorted[index].End;
                var lines = new List<PhoenixRole> { sorted[index].Role };
                index++;
                while (index < sorted.Count && (end is null || sorted[index].Start <= end))
                {
                    end = end is null || sorted[index].End is null ? null : Max(end.Value, sorted[index].End!.Value);
                    lines.Add(sorted[index].Role);
                    index++;
                }

                string first = lines.Min(role => role.Line).ToString(CultureInfo.InvariantCulture);
                yield return new ImportedTenure(person, office.Key, start, end, $"phoenix:{source}:{first}",
                    "phoenix " + string.Join(' ', lines.OrderBy(role => role.Line).Select(role => role.Text)));
            }
        }
    }

    private static DateOnly Max(DateOnly left, DateOnly right) => left > right ? left : right;

    private static void Count(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>A person being imported: one or more Phoenix entries of the same name and country.</summary>
    private sealed class Draft(PersonId id, string name, CountryCode? country, string source)
    {
        public PersonId Id => id;

        public List<string> Aliases { get; } = [];

        public List<(OfficeId Office, DateOnly Start, DateOnly? End, PhoenixRole Role)> Periods { get; } = [];

        public ImportedPerson ToPerson()
        {
            string nameKey = NameKey.Of(name);
            return new ImportedPerson(id, name, [.. Aliases.DistinctBy(NameKey.Of, StringComparer.Ordinal).Where(alias => NameKey.Of(alias) != nameKey)],
                country, source);
        }
    }
}
