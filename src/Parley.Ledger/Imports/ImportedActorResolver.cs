using System.Text;
using Parley.Knowledge;
using Parley.Knowledge.Text;

namespace Parley.Ledger.Imports;

/// <summary>
/// Turns the actors another dataset names into Parley actors: a person or organization the knowledge base
/// knows by that full name keeps its knowledge-base id, a country becomes its ISO3 code, and anything else
/// gets a deterministic id of the dataset's own ("icews:citizen-india", "gdelt:usagov") so that the same
/// name always lands on the same actor.
/// </summary>
public sealed class ImportedActorResolver
{
    private readonly KnowledgeBase _knowledge;
    private readonly ActorResolver _resolver;

    /// <summary>Creates a resolver over <paramref name="knowledge"/>.</summary>
    public ImportedActorResolver(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _resolver = new ActorResolver(knowledge);
    }

    /// <summary>The ISO3 code of a country named or coded <paramref name="nameOrCode"/> ("Vietnam", "VNM", CAMEO "ROM"); null when unknown or ambiguous.</summary>
    public string? CountryCode(string? nameOrCode)
    {
        if (string.IsNullOrWhiteSpace(nameOrCode))
        {
            return null;
        }

        if (nameOrCode.Length == 3 && nameOrCode.All(char.IsAsciiLetterUpper) && _knowledge.CountryByCode(nameOrCode) is { } coded)
        {
            return coded.Code.Value;
        }

        return _knowledge.CountriesNamed(nameOrCode) is [Country only] ? only.Code.Value : null;
    }

    /// <summary>
    /// The knowledge base's actor printed exactly as <paramref name="name"/> (full name, not a surname alone), as of
    /// <paramref name="date"/>; null when there is none or the name is shared by several.
    /// </summary>
    public ImportedActor? Known(string name, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = NameKey.Of(name);
        if (key.Length == 0)
        {
            return null;
        }

        if (CountryCode(name) is { } iso3)
        {
            return new ImportedActor(iso3, _knowledge.CountryByCode(iso3)!.Name, "country", iso3);
        }

        // Datasets print full names ("Xi Jinping"); a surname alone could be anyone, so only a full-name match counts.
        var full = _resolver.Resolve(name, date).Where(match => NameKey.Of(match.Actor.Name) == key).ToList();
        if (full.Count == 0 || (full.Count > 1 && full[0].Score == full[1].Score))
        {
            return null;
        }

        ActorRef actor = full[0].Actor;
        return new ImportedActor(actor.Id, actor.Name, actor.Kind, actor.Country?.Value);
    }

    /// <summary>A deterministic id for an actor known only to dataset <paramref name="origin"/>: "icews:citizen-india".</summary>
    public static string MadeId(string origin, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new StringBuilder(name.Length);
        foreach (char c in NameKey.Of(name))
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return origin + ":" + slug.ToString().Trim('-');
    }
}
