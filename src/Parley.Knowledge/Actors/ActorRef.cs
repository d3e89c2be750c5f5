namespace Parley.Knowledge;

/// <summary>A pointer to an actor the knowledge base knows.</summary>
/// <param name="Kind">person, country, government (a metonym such as "Kremlin"), igo, organization, media (as DESIGN.md §2 names them).</param>
/// <param name="Id">The person id, country iso3, organization code, media id, or for a metonym <c>ISO3-stands_for</c> (e.g. <c>rus-presidency</c>).</param>
/// <param name="Name">The actor's display name.</param>
/// <param name="Country">The actor's country, null when it has none.</param>
public sealed record ActorRef(string Kind, string Id, string Name, CountryCode? Country);
