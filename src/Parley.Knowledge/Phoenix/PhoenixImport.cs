using System.Collections.Immutable;

namespace Parley.Knowledge.Phoenix;

/// <summary>
/// What <see cref="PhoenixImporter"/> made of a dictionary: the rows of a user knowledge folder
/// (people, offices, tenures) and an account of everything read, skipped or rejected.
/// </summary>
/// <param name="Source">The dictionary's file name, as the rows' <c>source</c> names it.</param>
/// <param name="People">New people, in dictionary order.</param>
/// <param name="Offices">The offices created for the import (one per country and Phoenix role), by id.</param>
/// <param name="Tenures">Tenures of the new people in those offices, overlapping periods merged.</param>
/// <param name="EntriesRead">Actor entries in the dictionary (people, countries, places, institutions).</param>
/// <param name="PeopleRead">Entries that are people (marked <c># CountryInfo.txt</c> or carrying a dated role).</param>
/// <param name="DuplicatesMerged">Person entries folded into an earlier entry of the same name and country (CountryInfo lists a person once per spell in office).</param>
/// <param name="KnownPeople">People skipped because the knowledge base already knows them: the Phoenix name and the known id.</param>
/// <param name="RolesWithoutTenure">Role codes of imported people that give their country but no tenure (ELI, OPP, BUS, ..., undated or open-start GOV), by role.</param>
/// <param name="UnmappedCodes">Role codes whose country (or role) Parley does not know, with how many lines carry each.</param>
/// <param name="Rejected">Lines of the dictionary that could not be read.</param>
public sealed record PhoenixImport(
    string Source,
    ImmutableArray<ImportedPerson> People,
    ImmutableArray<ImportedOffice> Offices,
    ImmutableArray<ImportedTenure> Tenures,
    int EntriesRead,
    int PeopleRead,
    int DuplicatesMerged,
    ImmutableArray<(string PhoenixName, PersonId Known)> KnownPeople,
    ImmutableSortedDictionary<string, int> RolesWithoutTenure,
    ImmutableSortedDictionary<string, int> UnmappedCodes,
    ImmutableArray<PhoenixRejectedLine> Rejected)
{
    /// <summary>Aliases written for the new people.</summary>
    public int AliasCount => People.Sum(person => person.Aliases.Length);
}

/// <summary>A people.tsv row made from a Phoenix entry.</summary>
public sealed record ImportedPerson(PersonId Id, string Name, ImmutableArray<string> Aliases, CountryCode? Country, string Source);

/// <summary>An offices.tsv row created for the import, e.g. <c>rus-phoenix-gov</c> "Government of Russia (Phoenix GOV)".</summary>
public sealed record ImportedOffice(OfficeId Id, string Title, CountryCode Polity, string Source);

/// <summary>A tenures.tsv row: <paramref name="End"/> is exclusive (the day after Phoenix's inclusive last day); null while open.</summary>
public sealed record ImportedTenure(PersonId Person, OfficeId Office, DateOnly Start, DateOnly? End, string Source, string Note);
