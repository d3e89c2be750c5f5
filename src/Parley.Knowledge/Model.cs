using System.Collections.Immutable;

namespace Parley.Knowledge;

/// <summary>A country or polity: a UN member or observer, Taiwan, Kosovo, or a former state news archives name.</summary>
/// <param name="Code">ISO 3166-1 alpha-3 (or the reserved/archival code for a former state).</param>
/// <param name="CameoCode">The CAMEO code where it differs from <paramref name="Code"/> (Kosovo: KSV), else null.</param>
/// <param name="Name">Short English name as news prints it ("China").</param>
/// <param name="Aliases">Other names: formal names, short forms ("PRC", "US").</param>
/// <param name="Demonyms">Adjectives and nouns of nationality ("Chinese").</param>
/// <param name="ValidFrom">First day the polity existed under this code; null when before any date of interest.</param>
/// <param name="ValidTo">First day it no longer existed (exclusive); null while it exists.</param>
public sealed record Country(CountryCode Code, string? CameoCode, string Name, ImmutableArray<string> Aliases,
    ImmutableArray<string> Demonyms, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    /// <summary>Whether the polity existed on <paramref name="date"/>.</summary>
    public bool ExistsOn(DateOnly date) => Period.Contains(ValidFrom, ValidTo, date);
}

/// <summary>A capital or seat of power that news uses for a government ("Kremlin", "Blue House").</summary>
/// <param name="Text">The words as printed.</param>
/// <param name="Kind"><c>capital</c> or <c>seat</c>.</param>
/// <param name="Country">The country it stands for.</param>
/// <param name="StandsFor">What it means when it acts: government, presidency, prime-minister, foreign-ministry, military, legislature, intelligence.</param>
/// <param name="ValidFrom">First day the metonym held; null for always.</param>
/// <param name="ValidTo">First day it no longer held (exclusive); null while it holds.</param>
public sealed record Metonym(string Text, string Kind, CountryCode Country, string StandsFor, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    /// <summary>Whether the metonym stood for <see cref="Country"/> on <paramref name="date"/>.</summary>
    public bool HoldsOn(DateOnly date) => Period.Contains(ValidFrom, ValidTo, date);
}

/// <summary>An office a person holds: a state's head of state, head of government, foreign minister, or an organization's head.</summary>
/// <param name="Id">Stable kebab-case id.</param>
/// <param name="Title">The title as printed in roles ("President of China").</param>
/// <param name="Polity">The country's iso3 or the organization's code.</param>
/// <param name="Kinds">head-of-state, head-of-government, foreign-minister, finance-minister, igo-head, member (an office may be several, e.g. US President).</param>
/// <param name="IsSingleHolder">Whether at most one person holds it on a day (tenures must not overlap).</param>
public sealed record Office(OfficeId Id, string Title, string Polity, ImmutableArray<string> Kinds, bool IsSingleHolder);

/// <summary>A person the knowledge base knows by name.</summary>
/// <param name="Id">Stable kebab-case id.</param>
/// <param name="Name">Full name as English-language news prints it.</param>
/// <param name="Aliases">Surname, transliterations, other spellings.</param>
/// <param name="Country">Country of the person's main career (null for none).</param>
/// <param name="Gender">female, male, or null when not recorded.</param>
public sealed record Person(PersonId Id, string Name, ImmutableArray<string> Aliases, CountryCode? Country, string? Gender);

/// <summary>A period in office. <paramref name="End"/> is the day the holder left (exclusive, the successor's first day); null while in office.</summary>
public sealed record Tenure(PersonId Person, OfficeId Office, DateOnly Start, DateOnly? End, string Source, string? Note)
{
    /// <summary>Whether the person held the office on <paramref name="date"/> (start inclusive, end exclusive).</summary>
    public bool HoldsOn(DateOnly date) => Period.Contains(Start, End, date);
}

/// <summary>An international organisation ("NATO", "African Union").</summary>
/// <param name="Code">Upper-case code as news writes it ("NATO").</param>
/// <param name="CameoCode">The CAMEO IGO code where known ("NAT" for IGONAT); null otherwise.</param>
/// <param name="Name">English name.</param>
/// <param name="Aliases">Acronyms and other names.</param>
/// <param name="Kind">igo (intergovernmental), or ngo.</param>
/// <param name="ValidFrom">Founding day; null when not recorded.</param>
/// <param name="ValidTo">First day it no longer existed; null while it exists.</param>
public sealed record Organization(string Code, string? CameoCode, string Name, ImmutableArray<string> Aliases, string Kind, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>A news agency or outlet ("AFP", "Reuters").</summary>
/// <param name="Id">Stable kebab-case id.</param>
/// <param name="Name">Name as printed ("Agence France-Presse").</param>
/// <param name="Aliases">Short forms ("AFP").</param>
/// <param name="Kind">agency, newspaper, broadcaster, magazine, online.</param>
/// <param name="Country">Home country, null when none.</param>
public sealed record MediaOutlet(string Id, string Name, ImmutableArray<string> Aliases, string Kind, CountryCode? Country);

/// <summary>A role noun and the sector it places its holder in ("Deputy Foreign Minister" -> government).</summary>
public sealed record RoleNoun(string Noun, string Sector);

/// <summary>Half-open periods: start inclusive, end exclusive, null for open.</summary>
internal static class Period
{
    public static bool Contains(DateOnly? start, DateOnly? end, DateOnly date) =>
        (start is not { } from || from <= date) && (end is not { } to || date < to);
}
