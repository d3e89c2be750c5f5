using Parley.Core;

namespace Parley.Ledger;

/// <summary>
/// The stored ledger of DESIGN.md §4, behind one interface with two backends (DuckDB embedded, PostgreSQL
/// shared). Every write is one transaction: a crash leaves either all of it or none of it. Timestamps come
/// from the caller, since libraries do not read the clock.
/// </summary>
public interface ILedger : IDisposable
{
    /// <summary>"duckdb" or "postgres".</summary>
    string Backend { get; }

    /// <summary>Creates the tables and indexes that are missing; safe to call on every open.</summary>
    void EnsureSchema();

    /// <summary>Records the start of a writing command and returns its run id.</summary>
    long StartRun(string command, string parleyVersion, string knowledgeVersion, DateTimeOffset started);

    /// <summary>Marks a run finished ("completed", "interrupted", "failed").</summary>
    void FinishRun(long runId, string status, DateTimeOffset finished);

    /// <summary>Which of these article ids are already stored.</summary>
    IReadOnlySet<string> KnownArticles(IReadOnlyCollection<string> articleIds);

    /// <summary>
    /// True when the ledger knows from memory, without its connection, that none of these ids is stored (a single
    /// writer's run index): the caller may then skip <see cref="KnownArticles"/> and the turn on the connection it
    /// would wait for. False means "ask".
    /// </summary>
    bool NoneStoredByMemory(IReadOnlyCollection<string> articleIds) => false;

    /// <summary>
    /// Writes a batch of analysed articles in one transaction: each new article with its actors, events
    /// (merged with stored events by the rule in docs/ledger.md) and quotes (merged by speaker and words);
    /// an article already stored is skipped with everything found in it.
    /// </summary>
    WriteResult Write(IReadOnlyList<ArticleFindings> batch, long runId);

    /// <summary>Stores rejections of a run. A source rejected again with the same code is not doubled.</summary>
    void RecordRejections(IReadOnlyList<Rejection> rejections, long runId);

    /// <summary>Marks stored rejections of these sources as retried (they were read again).</summary>
    void MarkRetried(IReadOnlyCollection<string> sources);

    /// <summary>Writes imported events in one transaction; a record already imported (same origin and id) is skipped.</summary>
    WriteResult Import(IReadOnlyList<ImportedEvent> events, long runId);

    /// <summary>Events matching the query, newest first.</summary>
    IReadOnlyList<LedgerEvent> Events(EventQuery query);

    /// <summary>The mentions of these events, with their evidence.</summary>
    IReadOnlyList<LedgerMention> MentionsOf(IReadOnlyCollection<string> eventIds);

    /// <summary>The stored articles with these ids (for showing where evidence comes from: outlet, headline, date).</summary>
    IReadOnlyList<LedgerArticle> ArticlesOf(IReadOnlyCollection<string> articleIds);

    /// <summary>Quotes matching the query.</summary>
    IReadOnlyList<LedgerQuote> Quotes(QuoteQuery query);

    /// <summary>The articles that print these quotes.</summary>
    IReadOnlyList<LedgerQuoteSource> SourcesOf(IReadOnlyCollection<string> quoteIds);

    /// <summary>Actors matching the query, with how many events and quotes involve them.</summary>
    IReadOnlyList<LedgerActor> Actors(ActorQuery query);

    /// <summary>Stored rejections, newest first; only those not yet retried unless <paramref name="includeRetried"/>.</summary>
    IReadOnlyList<StoredRejection> Rejections(bool includeRetried = false);

    /// <summary>Runs, newest first.</summary>
    IReadOnlyList<LedgerRun> Runs();

    /// <summary>Row counts of every table.</summary>
    LedgerCounts Counts();
}
