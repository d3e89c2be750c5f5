using System.Collections.Immutable;
using System.Text;
using Parley.Annotate.Tokens;
using Parley.Core;
using Parley.Knowledge;
using Parley.Knowledge.Text;

namespace Parley.Annotate.Actors;

/// <summary>The actors of one article as they are found: one entry per actor id, its mentions, and the short names that point at it.</summary>
internal sealed class ActorTable
{
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private readonly List<(string Key, string Id, int Position)> _shortNames = [];
    private readonly List<TextSpan> _descriptions = [];

    public void AddDescribed(DescribedPerson person, string? country, string? sector)
    {
        string id = IdFor(person.Name);
        if (!_byId.TryGetValue(id, out Entry? entry))
        {
            entry = new Entry(id, person.Name, "person", country, [], person.Description, sector, IsListed: true);
            _byId[id] = entry;
        }
        else if (entry.Description is null && person.Description is not null)
        {
            entry = entry with { Description = person.Description, Country = entry.Country ?? country, Sector = entry.Sector ?? sector };
            _byId[id] = entry;
        }

        entry.Mentions.Add(new ActorMention(person.NameSpan, id, MentionForm.Name));
        if (person.DescriptionSpan is { } description)
        {
            _descriptions.Add(description);
        }

        AddShortNames(id, person.Name, person.NameSpan.Start);
    }

    public void AddKnown(ActorRef actor, ImmutableArray<string> roles, string? description, bool isListed, ActorMention mention, bool rolesInferred = false)
    {
        if (!_byId.TryGetValue(actor.Id, out Entry? entry))
        {
            entry = new Entry(actor.Id, actor.Name, actor.Kind, actor.Country?.Value, roles, description, Sector: actor.Kind == "person" && !roles.IsEmpty ? "government" : null, isListed)
            {
                RolesInferred = rolesInferred,
            };
            _byId[actor.Id] = entry;
        }
        else if (isListed && !entry.IsListed)
        {
            entry = entry with { IsListed = true };
            _byId[actor.Id] = entry;
        }

        entry.Mentions.Add(mention);
    }

    /// <summary>Adds a group or unnamed officials (GroupPhrases) with its mention; a later mention of the same id joins it.</summary>
    public void AddGroup(ActorRef actor, string? description, string? sector, bool isListed, ActorMention mention)
    {
        if (!_byId.TryGetValue(actor.Id, out Entry? entry))
        {
            entry = new Entry(actor.Id, actor.Name, actor.Kind, actor.Country?.Value, [], description, sector, isListed);
            _byId[actor.Id] = entry;
        }

        entry.Mentions.Add(mention);
    }

    public void AddMention(string id, ActorMention mention) => _byId[id].Mentions.Add(mention);

    /// <summary>For each token, whether a mention of some actor overlaps it.</summary>
    public bool[] CoveredTokens(IReadOnlyList<Token> tokens)
    {
        var covered = new bool[tokens.Count];
        var spans = _byId.Values.SelectMany(entry => entry.Mentions).Select(mention => mention.Span).OrderBy(span => span.Start).ToList();
        int next = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            TextSpan token = tokens[t].Span;
            while (next < spans.Count && spans[next].End <= token.Start && spans[next].Start < token.Start)
            {
                next++;
            }

            for (int i = next; i < spans.Count && spans[i].Start < token.End; i++)
            {
                if (spans[i].Overlaps(token))
                {
                    covered[t] = true;
                    break;
                }
            }
        }

        return covered;
    }

    /// <summary>Whether some mention already covers part of <paramref name="span"/>.</summary>
    public bool IsMentioned(TextSpan span) => _byId.Values.Any(entry => entry.Mentions.Any(mention => mention.Span.Overlaps(span)));

    /// <summary>The actor with a mention ending at <paramref name="end"/> (a character offset), other than a place; null if none.</summary>
    public (string Id, string Name, string Kind, string? Country, int End)? ActorEndingAt(int end) =>
        _byId.Values.Where(entry => entry.Mentions.Any(mention => mention.Span.End == end && mention.Form != MentionForm.Place))
            .Select(entry => ((string, string, string, string?, int)?)(entry.Id, entry.Name, entry.Kind, entry.Country, end)).FirstOrDefault();

    /// <summary>The actor with a mention starting at <paramref name="start"/> (a character offset), other than a place, and where that mention ends; null if none.</summary>
    public (string Id, string Name, string Kind, string? Country, int End)? ActorStartingAt(int start) =>
        _byId.Values.SelectMany(entry => entry.Mentions.Where(mention => mention.Span.Start == start && mention.Form != MentionForm.Place)
                .Select(mention => ((string, string, string, string?, int)?)(entry.Id, entry.Name, entry.Kind, entry.Country, mention.Span.End)))
            .FirstOrDefault();

    /// <summary>The id of the actor whose id <paramref name="matches"/> and that has a mention nearest before <paramref name="position"/>.</summary>
    public string? NearestEarlier(Func<string, bool> matches, int position) =>
        _byId.Values.Where(entry => matches(entry.Id))
            .SelectMany(entry => entry.Mentions.Where(mention => mention.Span.End <= position).Select(mention => (entry.Id, mention.Span.Start)))
            .OrderByDescending(pair => pair.Start).Select(pair => pair.Id).FirstOrDefault();

    /// <summary>Whether an actor with this id has been added.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>
    /// Registers the first and last word of a name as short forms of it ("Chen" for both "George Chen" and "Chen Ming-chi");
    /// a one-word name (a person met as "Lord Goldsmith") is its own short form.
    /// </summary>
    public void AddShortNames(string id, string name, int position)
    {
        string[] words = NameKey.Of(name).Split(' ');
        if (words.Length < 2)
        {
            _shortNames.Add((words[0], id, position));
            return;
        }

        _shortNames.Add((words[^1], id, position));
        _shortNames.Add((words[0], id, position));
    }

    /// <summary>The article person whose name, met before <paramref name="position"/>, has <paramref name="key"/> as its short form; the nearest such.</summary>
    public string? ShortNameOwner(string key, int position) =>
        _shortNames.Where(entry => entry.Key == key && entry.Position < position).OrderByDescending(entry => entry.Position)
            .Select(entry => entry.Id).FirstOrDefault();

    public bool IsInsideDescription(TextSpan span) => _descriptions.Any(description => description.Contains(span));

    public ImmutableArray<ArticleActor> Build() =>
        [.. _byId.Values.Select(entry => new ArticleActor(entry.Id, entry.Name, entry.Kind, entry.Country, entry.Roles, entry.Description,
                entry.Sector, entry.IsListed, [.. entry.Mentions.OrderBy(mention => mention.Span.Start)]) { RolesInferred = entry.RolesInferred })
            .OrderBy(actor => actor.Mentions.IsEmpty ? int.MaxValue : actor.Mentions[0].Span.Start)];

    /// <summary>A deterministic id for a person met only in this text: the name in kebab case ("George Chen" -> george-chen).</summary>
    public static string IdFor(string name)
    {
        var id = new StringBuilder(name.Length);
        foreach (char c in NameKey.Of(name))
        {
            id.Append(char.IsLetterOrDigit(c) ? c : '-');
        }

        return id.ToString();
    }

    private sealed record Entry(string Id, string Name, string Kind, string? Country, ImmutableArray<string> Roles, string? Description,
        string? Sector, bool IsListed)
    {
        public List<ActorMention> Mentions { get; } = [];

        public bool RolesInferred { get; init; }
    }
}
