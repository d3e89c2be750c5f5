namespace Parley.Ledger.Exports;

/// <summary>
/// The events one export writes, with their mentions and the actors they name, read from the ledger once so that
/// every format writes from the same rows.
/// </summary>
public sealed class ExportSet
{
    /// <summary>Creates a set from rows already read.</summary>
    public ExportSet(IReadOnlyList<LedgerEvent> events, IEnumerable<LedgerMention> mentions, IEnumerable<LedgerActor> actors,
        IEnumerable<LedgerArticle>? articles = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        Events = events;
        Articles = (articles ?? []).ToDictionary(article => article.Id, StringComparer.Ordinal);
        Mentions = mentions.ToLookup(mention => mention.EventId, StringComparer.Ordinal);
        Actors = actors.DistinctBy(actor => actor.Id).ToDictionary(actor => actor.Id, StringComparer.Ordinal);
    }

    /// <summary>The events, in the ledger's order (newest first).</summary>
    public IReadOnlyList<LedgerEvent> Events { get; }

    /// <summary>The mentions of each event.</summary>
    public ILookup<string, LedgerMention> Mentions { get; }

    /// <summary>The articles the mentions come from, by id (empty unless read with articles).</summary>
    public IReadOnlyDictionary<string, LedgerArticle> Articles { get; }

    /// <summary>The ledger's actors by id.</summary>
    public IReadOnlyDictionary<string, LedgerActor> Actors { get; }

    /// <summary>Reads the events matching <paramref name="query"/> with their mentions and actors.</summary>
    public static ExportSet Read(ILedger ledger, EventQuery query, bool withArticles = false)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        IReadOnlyList<LedgerEvent> events = ledger.Events(query);
        IReadOnlyList<LedgerMention> mentions = events.Count == 0 ? [] : ledger.MentionsOf([.. events.Select(e => e.Id)]);
        string[] articleIds = withArticles ? [.. mentions.Select(m => m.ArticleId).OfType<string>().Distinct(StringComparer.Ordinal)] : [];
        return new ExportSet(events, mentions, ledger.Actors(new ActorQuery(Limit: int.MaxValue)),
            articleIds.Length == 0 ? null : ledger.ArticlesOf(articleIds));
    }

    /// <summary>The actor with this id, or a bare one named by its id when the ledger has no row for it.</summary>
    public LedgerActor ActorOf(string id) => Actors.GetValueOrDefault(id) ?? new LedgerActor(id, id, "group", null, false, 0, 0);
}
