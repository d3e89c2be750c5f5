using System.Collections.Frozen;
using Parley.Annotate;
using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;

namespace Parley.Events.Participants;

/// <summary>
/// Targets an act's object names through a noun phrase that points back at a party told earlier in the article:
/// "pressed for the embargo to end" (the party that imposed it), "promised to ease the ban" (said by the imposer: the
/// party under it), "invaded the country" (the country named last).
/// </summary>
internal static class ObjectReferences
{
    private static readonly FrozenSet<string> BanNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "ban", "embargo", "sanctions", "blockade", "boycott");

    private static readonly FrozenSet<string> Pointers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "this", "that", "its", "their");

    /// <summary>
    /// For an act whose object is "the ban"/"the embargo": the other side of the last sanction the article told. Its imposer
    /// when the act's own side did not impose it (Italy pressing for the embargo to end presses the EU), else those under
    /// it ("the EU pledged to lift the ban" is a pledge to China). Empty when no sanction was told before. <c>own</c> holds
    /// the act's actors and their countries.
    /// </summary>
    public static List<string> BanParty(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int end, IReadOnlyList<Draft> told, HashSet<string> own)
    {
        if (Find(article, sentence, end, BanNouns.Contains) is null)
        {
            return [];
        }

        // News refers back to the sanction its lead told ("Brussels's embargo on oil sales to Syria ..."), not to one
        // mentioned in passing since ("to keep Cuba under the same regime as North Korea").
        (IEnumerable<string> Imposers, IEnumerable<string> Targets)? ban =
            told.FirstOrDefault(draft => draft.Trigger.Type == "SANCTION" && draft.Actors.Count > 0 && draft.Recipients.Count > 0) is { } lead
                ? (lead.Actors, lead.Recipients)
                : FirstBanPhrase(article, participants, end);
        if (ban is not { } known)
        {
            return [];
        }

        IEnumerable<string> side = known.Imposers.Any(own.Contains) ? known.Targets : known.Imposers;
        return [.. side.Where(id => !own.Contains(id))];
    }

    // "the European Union's ban on oil sales to Syria", "the EU oil ban on Syria": a ban noun phrase no trigger row
    // reads as an act, with its imposer just before the noun and the party under it within eight tokens after.
    private static (IEnumerable<string>, IEnumerable<string>)? FirstBanPhrase(AnnotatedArticle article, ParticipantIndex participants, int before)
    {
        for (int t = 1; t < before; t++)
        {
            if (!BanNouns.Contains(article.Tokens[t].In(article.Text).ToString()))
            {
                continue;
            }

            int holder = article.Tokens[t - 1].In(article.Text) is "arms" or "trade" or "travel" or "oil" ? t - 2 : t - 1;
            if (holder >= 0 && article.Tokens[holder].Kind == TokenKind.Possessive)
            {
                holder--;
            }

            if (holder < 0 || participants.At(holder) is not { IsReference: false, IsPlace: false } imposer)
            {
                continue;
            }

            for (int after = t + 1; after < article.Tokens.Length && after <= t + 8; after++)
            {
                Token token = article.Tokens[after];
                if (token.Kind is TokenKind.Terminal || token.In(article.Text) is "," or ";" or ":" or "that" or "which")
                {
                    break;
                }

                if (participants.At(after) is { IsReference: false } target && !target.Ids.SequenceEqual(imposer.Ids)
                    && article.Tokens[after - 1].In(article.Text) is "on" or "to" or "against" or "the")
                {
                    return (imposer.Ids, target.Ids);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// For an act whose object is "the country" ("Washington invaded the country", "write off the country's debts"): the
    /// country named last before the trigger, in its sentence or the one before, that is not the act's own side.
    /// </summary>
    public static string? CountryNamedBefore(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int first, int end, HashSet<string> own)
    {
        if (Find(article, sentence, end, word => word is "country") is not { } at || participants.At(at) is not null)
        {
            return null;
        }

        int index = article.Sentences.IndexOf(sentence);
        int from = index > 0 ? article.Sentences[index - 1].FirstToken : sentence.FirstToken;
        return participants.Within(from, first).Reverse()
            .Where(slot => !slot.IsReference && slot.Ids.Length == 1 && IsCountryCode(slot.Ids[0]) && !own.Contains(slot.Ids[0]))
            .Select(slot => slot.Ids[0]).FirstOrDefault();
    }

    /// <summary>
    /// The country of a person recipient named as the agent of an act noun in the object ("condemned the measure unveiled
    /// on Friday by the US secretary of state"), when that person holds an office of it: the move is the state's.
    /// </summary>
    public static string? StateOfAuthor(AnnotatedArticle article, Sentence sentence, int end, string recipient)
    {
        if (article.Actors.FirstOrDefault(actor => actor.Id == recipient) is not { Kind: "person", Country: { } country, Roles.Length: > 0 })
        {
            return null;
        }

        bool actNoun = false;
        for (int t = end; t < sentence.EndToken && t < end + 16; t++)
        {
            Token token = article.Tokens[t];
            string word = token.In(article.Text).ToString();
            if (token.Kind is not (TokenKind.Word or TokenKind.Possessive) || word is "and" or "but" or "that" or "which")
            {
                return null;
            }

            actNoun |= EventExtractor.ActNouns.Contains(word);
            if (word is "by")
            {
                return actNoun ? country : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A country named as a place after "in"/"in the" in the object clause of a verb, within twenty tokens ("offered to send
    /// engineers to help the relief effort in Pakistan"): where what is offered or asked is carried out. Not a city: talks and
    /// offers are made in cities.
    /// </summary>
    public static string? CountryWhereCarriedOut(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int end)
    {
        for (int t = end; t < sentence.EndToken && t < end + 20; t++)
        {
            Token token = article.Tokens[t];
            string word = token.In(article.Text).ToString();
            if (token.Kind is TokenKind.Terminal or TokenKind.Quote || EventExtractor.ClauseBreaks.Contains(word)
                || word is "," or "that" or "which" or "who" or "because" or "but" or "while" or "after" or "before" or "since")
            {
                return null;
            }

            if (participants.At(t) is { } slot && slot.FirstToken == t)
            {
                if (slot.IsPlace && !slot.IsCity && slot.Ids.Length == 1 && IsCountryCode(slot.Ids[0])
                    && (article.Tokens[t - 1].In(article.Text) is "in" || (article.Tokens[t - 1].In(article.Text) is "the" && article.Tokens[t - 2].In(article.Text) is "in")))
                {
                    return slot.Ids[0];
                }

                if (!slot.IsPlace)
                {
                    return null;
                }
            }
        }

        return null;
    }

    // A pointing noun phrase ("the ban", "its embargo", "the country's") in the trigger's object: within eight tokens, in
    // its clause. Returns the head's token.
    private static int? Find(AnnotatedArticle article, Sentence sentence, int end, Func<string, bool> isHead)
    {
        for (int t = end; t < sentence.EndToken && t < end + 8; t++)
        {
            Token token = article.Tokens[t];
            string word = token.In(article.Text).ToString();
            if (token.Kind is TokenKind.Terminal || word is "," or ";" or ":" or "but" or "while" or "because" or "that" or "which" or "who")
            {
                return null;
            }

            if (t > end && isHead(word) && Pointers.Contains(article.Tokens[t - 1].In(article.Text).ToString()))
            {
                return t;
            }
        }

        return null;
    }

    // Country participants are ISO alpha-3 codes (upper case); people, bodies and ministries have lower-case ids.
    private static bool IsCountryCode(string id) => id.Length == 3 && id.All(char.IsAsciiLetterUpper);
}
