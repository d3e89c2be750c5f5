using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Knowledge.Text;

namespace Parley.Knowledge;

/// <summary>
/// The checked, immutable knowledge base: countries, organizations, offices, people and their
/// tenures, metonyms, media and role nouns, with lookups by name and by date. Build it with
/// <see cref="KnowledgeLoader"/>. Safe to share between threads.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<string, Country> _countriesByCode;
    private readonly FrozenDictionary<string, ImmutableArray<Country>> _countriesByName;
    private readonly FrozenDictionary<string, ImmutableArray<Country>> _countriesByDemonym;
    private readonly FrozenDictionary<string, Organization> _organizationsByCode;
    private readonly FrozenDictionary<string, Office> _offices;
    private readonly FrozenDictionary<string, Person> _people;
    private readonly FrozenDictionary<string, ImmutableArray<Tenure>> _tenuresByPerson;
    private readonly FrozenDictionary<string, ImmutableArray<Tenure>> _tenuresByOffice;
    private readonly FrozenDictionary<string, ImmutableArray<Metonym>> _metonymsByText;
    private readonly FrozenDictionary<string, ImmutableArray<ActorRef>> _actorsByAlias;
    private readonly FrozenDictionary<string, RoleNoun> _roleNouns;

    internal KnowledgeBase(ImmutableArray<Country> countries, ImmutableArray<Organization> organizations, ImmutableArray<Office> offices,
        ImmutableArray<Person> people, ImmutableArray<Tenure> tenures, ImmutableArray<Metonym> metonyms, ImmutableArray<MediaOutlet> media,
        ImmutableArray<RoleNoun> roleNouns)
    {
        Countries = countries;
        Organizations = organizations;
        Offices = offices;
        People = people;
        Tenures = tenures;
        Metonyms = metonyms;
        Media = media;
        RoleNouns = roleNouns;

        _countriesByCode = countries.SelectMany(country => country.CameoCode is { } cameo
                ? new[] { (country.Code.Value, country), (cameo, country) } : [(country.Code.Value, country)])
            .DistinctBy(entry => entry.Item1).ToFrozenDictionary(entry => entry.Item1, entry => entry.country, StringComparer.OrdinalIgnoreCase);
        _countriesByName = Index(countries, country => [country.Name, .. country.Aliases]);
        _countriesByDemonym = Index(countries, country => country.Demonyms);
        _organizationsByCode = organizations.ToFrozenDictionary(organization => organization.Code, StringComparer.OrdinalIgnoreCase);
        _offices = offices.ToFrozenDictionary(office => office.Id.Value, StringComparer.Ordinal);
        _people = people.ToFrozenDictionary(person => person.Id.Value, StringComparer.Ordinal);
        _tenuresByPerson = tenures.GroupBy(tenure => tenure.Person.Value, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.OrderBy(tenure => tenure.Start).ToImmutableArray(), StringComparer.Ordinal);
        _tenuresByOffice = tenures.GroupBy(tenure => tenure.Office.Value, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.OrderBy(tenure => tenure.Start).ToImmutableArray(), StringComparer.Ordinal);
        _metonymsByText = Index(metonyms, metonym => [metonym.Text]);
        _actorsByAlias = ActorIndex.Build(countries, organizations, people, metonyms, media);
        _roleNouns = roleNouns.ToFrozenDictionary(role => NameKey.Of(role.Noun), StringComparer.Ordinal);
    }

    /// <summary>A short hash of the loaded tables' content ("kb-" and 12 hex), computed once at load: equal tables, equal version.</summary>
    public string Version { get; internal init; } = "";

    /// <summary>Every country and polity, in file order.</summary>
    public ImmutableArray<Country> Countries { get; }

    /// <summary>Every international organisation.</summary>
    public ImmutableArray<Organization> Organizations { get; }

    /// <summary>Every office.</summary>
    public ImmutableArray<Office> Offices { get; }

    /// <summary>Every person.</summary>
    public ImmutableArray<Person> People { get; }

    /// <summary>Every tenure.</summary>
    public ImmutableArray<Tenure> Tenures { get; }

    /// <summary>Every metonym (capitals and seats of power).</summary>
    public ImmutableArray<Metonym> Metonyms { get; }

    /// <summary>Every news agency and outlet.</summary>
    public ImmutableArray<MediaOutlet> Media { get; }

    /// <summary>Every role noun with its sector.</summary>
    public ImmutableArray<RoleNoun> RoleNouns { get; }

    /// <summary>The country with this ISO3 (or CAMEO) code, case-insensitive; null when unknown.</summary>
    public Country? CountryByCode(string code) => _countriesByCode.GetValueOrDefault(code);

    /// <summary>Countries called <paramref name="name"/> (name or alias, folded); several only for ambiguous short forms.</summary>
    public ImmutableArray<Country> CountriesNamed(string name) => _countriesByName.GetValueOrDefault(NameKey.Of(name), []);

    /// <summary>Countries whose demonym is <paramref name="demonym"/> ("Chinese", folded).</summary>
    public ImmutableArray<Country> CountriesByDemonym(string demonym) => _countriesByDemonym.GetValueOrDefault(NameKey.Of(demonym), []);

    /// <summary>The organization with this code, case-insensitive; null when unknown.</summary>
    public Organization? OrganizationByCode(string code) => _organizationsByCode.GetValueOrDefault(code);

    /// <summary>The office with this id; null when unknown.</summary>
    public Office? OfficeById(OfficeId id) => _offices.GetValueOrDefault(id.Value);

    /// <summary>The person with this id; null when unknown.</summary>
    public Person? PersonById(PersonId id) => _people.GetValueOrDefault(id.Value);

    /// <summary>Every tenure of the person, earliest first.</summary>
    public ImmutableArray<Tenure> TenuresOf(PersonId person) => _tenuresByPerson.GetValueOrDefault(person.Value, []);

    /// <summary>The offices the person held on <paramref name="date"/> (a handover day belongs to the successor).</summary>
    public ImmutableArray<Office> OfficesHeld(PersonId person, DateOnly date) =>
        [.. TenuresOf(person).Where(tenure => tenure.HoldsOn(date)).Select(tenure => _offices[tenure.Office.Value]).Distinct()];

    /// <summary>Who held the office on <paramref name="date"/>; null when nobody the knowledge base knows of (a vacancy, or a gap in the data).</summary>
    public Person? HolderOf(OfficeId office, DateOnly date) =>
        _tenuresByOffice.GetValueOrDefault(office.Value, []).Where(tenure => tenure.HoldsOn(date))
            .Select(tenure => _people[tenure.Person.Value]).FirstOrDefault();

    /// <summary>The offices of <paramref name="polity"/> (iso3 or organization code) of the given kind ("head-of-state", ...).</summary>
    public IEnumerable<Office> OfficesOf(string polity, string kind) =>
        Offices.Where(office => string.Equals(office.Polity, polity, StringComparison.OrdinalIgnoreCase) && office.Kinds.Contains(kind));

    /// <summary>Metonyms written <paramref name="text"/> (folded) that held on <paramref name="date"/> ("Blue House" stops on 2022-05-10).</summary>
    public ImmutableArray<Metonym> MetonymsOn(string text, DateOnly date) =>
        [.. _metonymsByText.GetValueOrDefault(NameKey.Of(text), []).Where(metonym => metonym.HoldsOn(date))];

    /// <summary>Every actor (person, country, government metonym, organization, media) known by this name or alias, folded; in no order.</summary>
    public ImmutableArray<ActorRef> ActorsNamed(string name) => _actorsByAlias.GetValueOrDefault(NameKey.Of(name), []);

    /// <summary>Every folded name or alias an actor is known by (the keys <see cref="ActorsNamed"/> answers), for compiling matchers.</summary>
    public IEnumerable<string> NameKeys => _actorsByAlias.Keys;

    /// <summary>Every folded role noun ("deputy foreign minister"), for compiling matchers.</summary>
    public IEnumerable<string> RoleNounKeys => _roleNouns.Keys;

    /// <summary>The role noun's entry ("Deputy Foreign Minister" -> government), folded; null when unknown.</summary>
    public RoleNoun? RoleNoun(string noun) => _roleNouns.GetValueOrDefault(NameKey.Of(noun));

    /// <summary>
    /// The longest role noun inside a description, as whole words ("a partner at The Asia Group"
    /// -> partner; "assistant professor at ..." -> assistant professor, not professor); null when none.
    /// </summary>
    public RoleNoun? RoleNounIn(string description)
    {
        string padded = " " + NameKey.Of(description) + " ";
        return _roleNouns.Where(entry => padded.Contains(" " + entry.Key + " ", StringComparison.Ordinal))
            .OrderByDescending(entry => entry.Key.Length).Select(entry => entry.Value).FirstOrDefault();
    }

    private static FrozenDictionary<string, ImmutableArray<T>> Index<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> names) =>
        items.SelectMany(item => names(item).Select(name => (Key: NameKey.Of(name), Item: item)))
            .Where(entry => entry.Key.Length > 0)
            .GroupBy(entry => entry.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(entry => entry.Item).Distinct().ToImmutableArray(), StringComparer.Ordinal);
}
