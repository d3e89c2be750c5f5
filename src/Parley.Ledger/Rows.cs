using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Ledger;

/// <summary>One stored article: a distinct clean text (its id is the hash of that text) and where it came from.</summary>
public sealed record LedgerArticle(
    string Id,
    string Source,
    string? Url,
    string? Outlet,
    string? Headline,
    string? Byline,
    NewsTime? Published,
    NewsTime? Updated,
    string Language,
    string Text,
    long RunId);

/// <summary>
/// One real-world event in the ledger, possibly reported by many articles (DESIGN.md §4). Participants are
/// actor ids as in the analyze contract. <see cref="Origin"/> says where the event came from: "parley" for
/// Parley's own reading, "icews" or "gdelt" for imported history, with <see cref="OriginId"/> the record's id there.
/// </summary>
public sealed record LedgerEvent(
    string Id,
    string Type,
    string? Mode,
    string? Medium,
    string Cameo,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Recipients,
    FuzzyDate? Date,
    IsoDuration? Duration,
    ImmutableArray<string> Topics,
    string Status,
    double Confidence,
    string Origin,
    string? OriginId,
    int MentionCount,
    bool Rare = false);

/// <summary>One article sentence (or imported record) that reports an event, with the words that prove it.</summary>
public sealed record LedgerMention(
    string EventId,
    string? ArticleId,
    TextSpan? Span,
    string Evidence,
    string? TriggerRow,
    double Confidence,
    string? ReportedBy,
    string? SourceRef);

/// <summary>One quote in the ledger: the same words by the same speaker are one quote, whatever the number of articles printing them.</summary>
public sealed record LedgerQuote(
    string Id,
    string SpeakerId,
    string SpeakerName,
    string? SpeakerDescription,
    string Kind,
    string Words,
    int SourceCount);

/// <summary>One article that prints a quote, with the spans in that article's clean text.</summary>
public sealed record LedgerQuoteSource(string QuoteId, string ArticleId, TextSpan Words, TextSpan Evidence, string? Cue);

/// <summary>An actor the ledger has seen: a knowledge-base id, a country code, or an id made for someone met only in a text.</summary>
public sealed record LedgerActor(string Id, string Name, string Kind, string? Country, bool Listed, int EventCount, int QuoteCount);

/// <summary>A stored rejection: the input that could not be read, its stable code and the reason.</summary>
public sealed record StoredRejection(long Id, string Source, string Code, string Reason, long RunId, bool Retried);

/// <summary>One run of a writing command, with the versions that produced what it wrote.</summary>
public sealed record LedgerRun(
    long Id,
    string Command,
    string ParleyVersion,
    string KnowledgeVersion,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    string Status);
