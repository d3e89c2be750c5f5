using System.Collections.Immutable;
using Parley.Knowledge.Text;

namespace Parley.Knowledge;

/// <summary>One candidate for a name: the actor, the offices it held on the date, and why it ranks where it does.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Roles">Titles of the offices held on the date ("President of China"); empty when none.</param>
/// <param name="Description">A short gloss when there is no current role ("former President of the United States"); else null.</param>
/// <param name="Score">Higher is better; only the order matters.</param>
public sealed record ActorMatch(ActorRef Actor, ImmutableArray<string> Roles, string? Description, int Score);

/// <summary>
/// Resolves a name to the actors it can mean as of a date: "Putin" in 2010 is the Prime Minister
/// of Russia, "Blue House" after 2022-05-10 means nothing, and among several people sharing a
/// surname the one in office that day comes first.
/// </summary>
public sealed class ActorResolver
{
    private static readonly ImmutableArray<string> KindRank = ["member", "finance-minister", "igo-head", "foreign-minister", "head-of-government", "head-of-state"];
    private readonly KnowledgeBase _knowledge;

    /// <summary>Creates a resolver over <paramref name="knowledge"/>.</summary>
    public ActorResolver(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
    }

    /// <summary>Every candidate for <paramref name="name"/> on <paramref name="date"/>, best first; empty when the name is unknown.</summary>
    public ImmutableArray<ActorMatch> Resolve(string name, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = NameKey.Of(name);
        var matches = new List<ActorMatch>();
        foreach (ActorRef actor in _knowledge.ActorsNamed(name))
        {
            bool isFullName = NameKey.Of(actor.Name) == key;
            ActorMatch? match = actor.Kind switch
            {
                "person" => Person(actor, date, isFullName),
                "country" => Country(actor, date, isFullName),
                "government" => Government(actor, name, date),
                // An organisation that lists a capital among its names ("Brussels" for the EU) is what that
                // capital means when it acts; the capital's own government is outranked (docs/data-formats.md).
                "igo" when !isFullName && IsCapital(name, date) && Exists(actor, date) => new ActorMatch(actor, [], null, 950),
                _ => new ActorMatch(actor, [], null, 500 + (isFullName ? 50 : 0)),
            };
            if (match is not null)
            {
                matches.Add(match);
            }
        }

        return [.. matches.OrderByDescending(match => match.Score).ThenBy(match => match.Actor.Id, StringComparer.Ordinal)];
    }

    private bool Exists(ActorRef actor, DateOnly date) =>
        _knowledge.OrganizationByCode(actor.Id) is { } organization
        && (organization.ValidFrom is null || organization.ValidFrom <= date) && (organization.ValidTo is null || date < organization.ValidTo);

    private bool IsCapital(string name, DateOnly date) => _knowledge.MetonymsOn(name, date).Any(metonym => metonym.Kind == "capital");

    private ActorMatch Person(ActorRef actor, DateOnly date, bool isFullName)
    {
        var id = new PersonId(actor.Id);
        ImmutableArray<Tenure> tenures = _knowledge.TenuresOf(id);
        ImmutableArray<Office> held = _knowledge.OfficesHeld(id, date);
        int bonus = isFullName ? 50 : 0;
        if (!held.IsEmpty)
        {
            int rank = held.Max(office => office.Kinds.Max(kind => KindRank.IndexOf(kind)));
            return new ActorMatch(actor, [.. held.Select(office => office.Title)], null, 1000 + bonus + (rank * 10));
        }

        // Out of office: a former holder is still news ("former President Trump"); a future one rarely is.
        Tenure? last = tenures.Where(tenure => tenure.End is { } end && end <= date).MaxBy(tenure => tenure.End);
        if (last is not null)
        {
            string title = _knowledge.OfficeById(last.Office)!.Title;
            return new ActorMatch(actor, [], "former " + title, 700 + bonus);
        }

        return new ActorMatch(actor, [], null, (tenures.IsEmpty ? 600 : 400) + bonus);
    }

    private ActorMatch? Country(ActorRef actor, DateOnly date, bool isFullName)
    {
        Country country = _knowledge.CountryByCode(actor.Id)!;
        return country.ExistsOn(date) ? new ActorMatch(actor, [], null, 800 + (isFullName ? 50 : 0)) : new ActorMatch(actor, [], "former state", 300);
    }

    private ActorMatch? Government(ActorRef actor, string name, DateOnly date)
    {
        Metonym? metonym = _knowledge.MetonymsOn(name, date).FirstOrDefault(candidate => candidate.Country == actor.Country);
        if (metonym is null)
        {
            return null;
        }

        // "Kremlin" -> "presidency of Russia": what the name stands for, so a reader sees why it acts.
        string country = _knowledge.CountryByCode(metonym.Country.Value)!.Name;
        return new ActorMatch(actor, [], $"{metonym.StandsFor.Replace('-', ' ')} of {country}", 900);
    }
}
