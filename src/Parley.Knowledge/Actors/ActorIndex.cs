using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Knowledge.Text;

namespace Parley.Knowledge;

/// <summary>Builds the folded-alias index over every kind of actor.</summary>
internal static class ActorIndex
{
    public static FrozenDictionary<string, ImmutableArray<ActorRef>> Build(ImmutableArray<Country> countries, ImmutableArray<Organization> organizations,
        ImmutableArray<Person> people, ImmutableArray<Metonym> metonyms, ImmutableArray<MediaOutlet> media)
    {
        var entries = new List<(string Name, ActorRef Actor)>();
        foreach (Person person in people)
        {
            var actor = new ActorRef("person", person.Id.Value, person.Name, person.Country);
            entries.AddRange(person.Aliases.Prepend(person.Name).Select(name => (name, actor)));
        }

        foreach (Country country in countries)
        {
            var actor = new ActorRef("country", country.Code.Value, country.Name, country.Code);
            entries.AddRange(country.Aliases.Prepend(country.Name).Select(name => (name, actor)));
        }

        foreach (Metonym metonym in metonyms)
        {
            entries.Add((metonym.Text, new ActorRef("government", MetonymId(metonym), metonym.Text, metonym.Country)));
        }

        foreach (Organization organization in organizations)
        {
            var actor = new ActorRef(organization.Kind switch { "igo" => "igo", "group" => "group", _ => "organization" }, organization.Code, organization.Name, null);
            entries.AddRange(organization.Aliases.Prepend(organization.Name).Prepend(organization.Code).Select(name => (name, actor)));
        }

        foreach (MediaOutlet outlet in media)
        {
            var actor = new ActorRef("media", outlet.Id, outlet.Name, outlet.Country);
            entries.AddRange(outlet.Aliases.Prepend(outlet.Name).Select(name => (name, actor)));
        }

        // German umlauts are also written ae/oe/ue in English-language news ("Schröder"/"Schroeder"); only for
        // German-speaking people, whose names are transliterated that way (not "Süleyman Demirel").
        entries.AddRange(entries.Where(entry => entry.Actor.Kind == "person" && entry.Actor.Country?.Value is "DEU" or "AUT" or "CHE" or "LIE"
                && HasUmlaut(entry.Name))
            .Select(entry => (Transliterated(entry.Name), entry.Actor)).ToList());
        return entries.Select(entry => (Key: NameKey.Of(entry.Name), entry.Actor))
            .Where(entry => entry.Key.Length > 0)
            .GroupBy(entry => entry.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(entry => entry.Actor).Distinct().ToImmutableArray(), StringComparer.Ordinal);
    }

    private static readonly System.Buffers.SearchValues<char> Umlauts = System.Buffers.SearchValues.Create("äöüÄÖÜ");

    private static bool HasUmlaut(string name) => name.AsSpan().IndexOfAny(Umlauts) >= 0;

    /// <summary>The German transliteration of umlauts: ä -> ae, ö -> oe, ü -> ue.</summary>
    internal static string Transliterated(string name) => name
        .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal)
        .Replace("Ä", "Ae", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal);

    /// <summary>A metonym's actor id: the country and what it stands for, so "Kremlin" and "Moscow" acting stay distinct.</summary>
    public static string MetonymId(Metonym metonym) => $"{metonym.Country.Value.ToLowerInvariant()}-{metonym.StandsFor}";
}
