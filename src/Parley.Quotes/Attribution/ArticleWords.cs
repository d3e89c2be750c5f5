using Parley.Annotate;
using Parley.Annotate.Actors;
using Parley.Annotate.Tokens;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Quotes.Attribution;

/// <summary>A name or reference in the text that points at one actor: its token range (end exclusive) and the actor.</summary>
internal readonly record struct NamedSpan(int First, int End, ArticleActor Actor, bool IsPronoun);

/// <summary>
/// The token-level view of one annotated article the quote stage reads: folded words, which tokens
/// lie inside quotation marks, and the actor mentions and references by token.
/// </summary>
internal sealed class ArticleWords
{
    private readonly bool[] _quoted;
    private readonly List<NamedSpan> _named;

    public ArticleWords(AnnotatedArticle article, IEnumerable<TextSpan> quotedSpans)
    {
        Article = article;
        Text = article.Text;
        Tokens = article.Tokens;
        _quoted = new bool[Tokens.Count];
        foreach (TextSpan span in quotedSpans)
        {
            for (int t = TokenAt(span.Start); t < Tokens.Count && Tokens[t].Span.Start < span.End; t++)
            {
                if (Tokens[t].Span.Start >= span.Start)
                {
                    _quoted[t] = true;
                }
            }
        }

        var byId = article.Actors.ToDictionary(actor => actor.Id, StringComparer.Ordinal);
        _named = [];
        foreach (ArticleActor actor in article.Actors)
        {
            foreach (ActorMention mention in actor.Mentions.Where(mention => mention.Form != MentionForm.Place))
            {
                _named.Add(new NamedSpan(TokenAt(mention.Span.Start), TokenAt(mention.Span.End - 1) + 1, actor, IsPronoun: false));
            }
        }

        foreach (ActorReference reference in article.References.Where(reference => reference.ActorIds.Length == 1))
        {
            if (byId.TryGetValue(reference.ActorIds[0], out ArticleActor? actor))
            {
                int first = TokenAt(reference.Span.Start);
                _named.Add(new NamedSpan(first, TokenAt(reference.Span.End - 1) + 1, actor, IsPronoun: reference.Span.Length <= 3));
            }
        }

        _named.Sort((a, b) => a.First.CompareTo(b.First));
    }

    public AnnotatedArticle Article { get; }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The token's characters, lower-cased.</summary>
    public string Word(int token) => Tokens[token].In(Text).ToString().ToLowerInvariant();

    /// <summary>Whether token <paramref name="token"/> is a word starting with a capital letter.</summary>
    public bool IsCapitalized(int token) => Tokens[token].IsCapitalized(Text);

    /// <summary>Whether the token is a quotation mark or lies inside quoted words.</summary>
    public bool IsQuoted(int token) => _quoted[token] || Tokens[token].Kind == TokenKind.Quote;

    /// <summary>The names and references starting inside tokens [first, end).</summary>
    public IEnumerable<NamedSpan> NamedIn(int first, int end) => _named.Where(named => named.First >= first && named.End <= end);

    /// <summary>
    /// The speaker of the last quote attributed before the current one and the token where it ended; the
    /// extractor sets it as it walks the article in order, so a "he said" after a quotation can take it.
    /// </summary>
    public (Speaker Speaker, int Token)? RecentSpeaker { get; set; }

    /// <summary>The person named last before token <paramref name="token"/> whose title does not contradict <paramref name="gender"/>, or null.</summary>
    public ArticleActor? PersonBefore(int token, string? gender = null) =>
        _named.LastOrDefault(named => named.First < token && named.Actor.Kind == "person" && !Contradicts(GenderOf(named.Actor), gender)).Actor;

    /// <summary>The firm, body or institution (not a person, country, place or news outlet) named last before token <paramref name="token"/>, or null.</summary>
    public ArticleActor? OrganisationBefore(int token) =>
        _named.LastOrDefault(named => named.First < token && !named.IsPronoun && !IsQuoted(named.First)
            && named.Actor.Kind is "organization" or "igo" or "government").Actor;

    /// <summary>The actor the annotator resolved the pronoun at <paramref name="token"/> to, if any.</summary>
    public ArticleActor? ReferenceAt(int token) =>
        _named.Where(named => named.IsPronoun && named.First == token).Select(named => named.Actor).FirstOrDefault();

    /// <summary>
    /// Whether a person other than <paramref name="speaker"/>, of a compatible gender, is named outside quotation marks
    /// after token <paramref name="after"/> and in a sentence before the one holding token <paramref name="before"/>
    /// (a name earlier in the pronoun's own sentence is usually in a fronted phrase: "At a conference hosted by X, he said").
    /// </summary>
    public bool PersonNamedBetween(int after, int before, Speaker speaker, string? gender)
    {
        int sentenceStart = before;
        while (sentenceStart > after && Tokens[sentenceStart - 1].Kind != TokenKind.Terminal)
        {
            sentenceStart--;
        }

        return _named.Any(named => named.First > after && named.First < sentenceStart && !named.IsPronoun && named.Actor.Kind == "person"
            && named.Actor.Id != speaker.ActorId && !IsQuoted(named.First) && !Contradicts(GenderOf(named.Actor), gender));
    }

    /// <summary>"male" or "female" when the article titles the actor "Mr" or "Ms/Mrs/Miss" anywhere, else null.</summary>
    public string? GenderOf(ArticleActor actor)
    {
        foreach (ActorMention mention in actor.Mentions)
        {
            if (TitleBefore(mention.Span.Start) is { } gender)
            {
                return gender;
            }
        }

        return null;
    }

    /// <summary>"male" or "female" for a speaker named with a title ("Mr Straw", "Ms Short"), else the actor's, else null.</summary>
    public string? GenderOf(Speaker speaker)
    {
        if (speaker.Name.StartsWith("Mr ", StringComparison.Ordinal))
        {
            return "male";
        }

        if (speaker.Name.StartsWith("Ms ", StringComparison.Ordinal) || speaker.Name.StartsWith("Mrs ", StringComparison.Ordinal)
            || speaker.Name.StartsWith("Miss ", StringComparison.Ordinal))
        {
            return "female";
        }

        ArticleActor? actor = Article.Actors.FirstOrDefault(actor => actor.Id == speaker.ActorId);
        return actor is null ? null : GenderOf(actor);
    }

    /// <summary>Whether two genders, either possibly unknown, are known and differ.</summary>
    public static bool Contradicts(string? known, string? wanted) => known is not null && wanted is not null && known != wanted;

    // The capitalised words printed straight before a name ("Chancellor" in "Chancellor Gordon Brown"), at most two.
    private string TitleWordsBefore(int start)
    {
        string[] before = Text[Math.Max(0, start - 40)..start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var titles = new List<string>();
        for (int i = before.Length - 1; i >= 0 && titles.Count < 2 && before[i].Length > 1 && char.IsUpper(before[i][0]) && before[i].All(char.IsLetter); i--)
        {
            titles.Insert(0, before[i]);
        }

        return string.Join(' ', titles);
    }

    private string? TitleBefore(int start)
    {
        string before = Text[Math.Max(0, start - 5)..start];
        return before.EndsWith("Mr ", StringComparison.Ordinal) ? "male"
            : before.EndsWith("Ms ", StringComparison.Ordinal) || before.EndsWith("Mrs ", StringComparison.Ordinal)
                || before.EndsWith("Miss ", StringComparison.Ordinal) ? "female" : null;
    }

    /// <summary>
    /// The person named last before <paramref name="token"/> who holds the office named by <paramref name="role"/>
    /// ("prime minister", "French president"): by the roles the annotator gave, the printed description, or any
    /// tenure the knowledge base records for them (articles without a date get no roles).
    /// </summary>
    public ArticleActor? OfficeHolderBefore(int token, string role, KnowledgeBase knowledge)
    {
        string[] words = role.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3 || words[^1].Length < 4)
        {
            return null;
        }

        // The office as a role noun ("prime minister"), else its head word ("archbishop" in "the South African archbishop").
        string noun = knowledge.RoleNoun(role) is not null ? role.ToLowerInvariant()
            : knowledge.RoleNoun(string.Join(' ', words.Skip(1))) is not null ? string.Join(' ', words.Skip(1)) : words[^1];
        for (int i = _named.Count - 1; i >= 0; i--)
        {
            ArticleActor actor = _named[i].Actor;
            if (_named[i].First >= token || actor.Kind != "person" || _named[i].IsPronoun)
            {
                continue;
            }

            // Titles printed before a mention count too: "Chancellor Gordon Brown", "Archbishop Tutu".
            IEnumerable<string> titles = actor.Roles.Concat(actor.Description is { } description ? [description] : [])
                .Concat(knowledge.TenuresOf(new PersonId(actor.Id)).Select(tenure => knowledge.OfficeById(tenure.Office)?.Title ?? string.Empty))
                .Concat(actor.Mentions.Select(mention => TitleWordsBefore(mention.Span.Start) + " " + mention.Span.Of(Text)));
            if (titles.Any(title => (" " + title.ToLowerInvariant() + " ").Contains(" " + noun + " ", StringComparison.Ordinal)))
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>The index of the token that holds or follows offset <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int low = 0;
        int high = Tokens.Count - 1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (Tokens[middle].Span.End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="end"/> - 1.</summary>
    public string Between(int first, int end) =>
        end > first ? TextSpan.FromBounds(Tokens[first].Span.Start, Tokens[end - 1].Span.End).Of(Text) : string.Empty;
}
