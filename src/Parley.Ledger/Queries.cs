namespace Parley.Ledger;

/// <summary>
/// Filters for <see cref="ILedger.Events"/>. Every filter is optional; set ones combine with AND.
/// <see cref="Actor"/> matches either side; <see cref="Counterpart"/> requires the other side too.
/// Dates compare with the event's date range (an event dated "2026-02" is inside 2026-02-01..2026-02-28).
/// </summary>
public sealed record EventQuery(
    string? Actor = null,
    string? Counterpart = null,
    string? Type = null,
    string? Mode = null,
    string? Status = null,
    DateOnly? Since = null,
    DateOnly? Until = null,
    string? Text = null,
    string? Origin = null,
    bool RareOnly = false,
    int Limit = 1000);

/// <summary>Filters for <see cref="ILedger.Quotes"/>: speaker, words containing a text, and the printing articles' dates.</summary>
public sealed record QuoteQuery(string? Speaker = null, string? Text = null, DateOnly? Since = null, DateOnly? Until = null, int Limit = 1000);

/// <summary>Filters for <see cref="ILedger.Actors"/>: a name or id containing a text, a kind, a country.</summary>
public sealed record ActorQuery(string? Text = null, string? Kind = null, string? Country = null, int Limit = 1000);

/// <summary>Row counts of every table, for summaries and for checks that a repeated ingest changed nothing.</summary>
public sealed record LedgerCounts(long Articles, long Events, long EventMentions, long Quotes, long QuoteSources, long Actors, long Rejections, long Runs);
