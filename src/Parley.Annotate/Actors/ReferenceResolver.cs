using System.Collections.Immutable;
using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;
using Parley.Core;

namespace Parley.Annotate.Actors;

/// <summary>A word that refers back to actors named earlier: a pronoun, "the president", "the two leaders".</summary>
public sealed record ActorReference(TextSpan Span, ImmutableArray<string> ActorIds);

/// <summary>
/// Resolves references news makes to people already named: "he"/"she" to the subject of the
/// sentence or the one before (a quote's closing "he said" points at the person who opened the
/// paragraph, not the last name inside it); "the president" or "the foreign minister" to the last
/// person holding such an office; "the two leaders" to the last two office holders.
/// </summary>
internal static class ReferenceResolver
{
    public static ImmutableArray<ActorReference> Resolve(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences,
        ImmutableArray<ArticleActor> actors)
    {
        var persons = actors.Where(actor => actor.Kind == "person")
            .SelectMany(actor => actor.Mentions.Select(mention => (mention.Span, Actor: actor)))
            .OrderBy(entry => entry.Span.Start).ToList();
        if (persons.Count == 0)
        {
            return [];
        }

        var references = ImmutableArray.CreateBuilder<ActorReference>();
        for (int s = 0; s < sentences.Count; s++)
        {
            Sentence sentence = sentences[s];
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                string word = tokens[t].In(text).ToString().ToLowerInvariant();
                int start = tokens[t].Span.Start;
                switch (word)
                {
                    case "he" or "him" or "his" or "she" or "her" or "hers":
                        if (SubjectBefore(persons, sentences, s, start) is { } subject)
                        {
                            references.Add(new ActorReference(tokens[t].Span, [subject]));
                        }

                        break;
                    case "the" or "both" when t + 1 < sentence.EndToken:
                        if (Titled(text, tokens, t, sentence, persons, start) is { } titled)
                        {
                            references.Add(titled);
                        }

                        break;
                    default:
                        break;
                }
            }
        }

        return references.ToImmutable();
    }

    // The first person named in this sentence before the pronoun, else in the nearest earlier sentence that names one.
    private static string? SubjectBefore(List<(TextSpan Span, ArticleActor Actor)> persons, IReadOnlyList<Sentence> sentences, int sentence, int position)
    {
        for (int s = sentence; s >= Math.Max(0, sentence - 2); s--)
        {
            TextSpan span = sentences[s].Span;
            int limit = s == sentence ? position : span.End;
            foreach ((TextSpan mention, ArticleActor actor) in persons)
            {
                if (mention.Start >= span.Start && mention.Start < limit)
                {
                    return actor.Id;
                }
            }
        }

        return null;
    }

    private static ActorReference? Titled(string text, IReadOnlyList<Token> tokens, int the, Sentence sentence,
        List<(TextSpan Span, ArticleActor Actor)> persons, int position)
    {
        ReadOnlySpan<char> next = tokens[the + 1].In(text);
        var before = persons.Where(entry => entry.Span.Start < position).Select(entry => entry.Actor).Reverse().ToList();
        if ((next.Equals("two", StringComparison.OrdinalIgnoreCase) && the + 2 < sentence.EndToken
                && tokens[the + 2].In(text) is "leaders" or "presidents" or "ministers" or "men" or "women" or "sides")
            || (tokens[the].In(text).Equals("both", StringComparison.OrdinalIgnoreCase) && next is "leaders" or "presidents"))
        {
            ImmutableArray<string> two = [.. before.Where(actor => !actor.Roles.IsEmpty).Select(actor => actor.Id).Distinct().Take(2)];
            int end = next.Equals("two", StringComparison.OrdinalIgnoreCase) ? the + 3 : the + 2;
            return two.Length == 2 ? new ActorReference(TextSpan.FromBounds(tokens[the].Span.Start, tokens[end - 1].Span.End), two) : null;
        }

        string? office = next.ToString().ToLowerInvariant() switch
        {
            "president" => "President",
            "prime" when the + 2 < sentence.EndToken && tokens[the + 2].In(text) is "minister" => "Prime Minister",
            "foreign" when the + 2 < sentence.EndToken && tokens[the + 2].In(text) is "minister" or "secretary" => "Foreign",
            "chancellor" => "Chancellor",
            _ => null,
        };
        if (office is null)
        {
            return null;
        }

        ArticleActor? holder = before.FirstOrDefault(actor => actor.Roles.Any(role => role.StartsWith(office, StringComparison.Ordinal)));
        if (holder is null)
        {
            return null;
        }

        int last = office.Contains(' ', StringComparison.Ordinal) || office == "Foreign" ? the + 2 : the + 1;
        return new ActorReference(TextSpan.FromBounds(tokens[the].Span.Start, tokens[last].Span.End), [holder.Id]);
    }
}
