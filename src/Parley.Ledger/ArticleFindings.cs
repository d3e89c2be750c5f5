using System.Collections.Immutable;
using Parley.Annotate.Actors;
using Parley.Core;
using Parley.Events;
using Parley.Quotes;

namespace Parley.Ledger;

/// <summary>
/// Everything Parley found in one accepted article, ready to be written in one go: the clean article,
/// its listed actors, its events and its quotes (spans point into <see cref="Article"/>'s text).
/// </summary>
public sealed record ArticleFindings(
    string Source,
    Article Article,
    ImmutableArray<ArticleActor> Actors,
    ImmutableArray<EventRecord> Events,
    ImmutableArray<QuoteRecord> Quotes);

/// <summary>An event read from another dataset (ICEWS, GDELT), with the provenance kept for every row.</summary>
public sealed record ImportedEvent(
    string Origin,
    string OriginId,
    string Type,
    string? Mode,
    string? Medium,
    string Cameo,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Recipients,
    FuzzyDate Date,
    string Status,
    double Confidence,
    string? Evidence,
    string? SourceRef,
    ImmutableArray<ImportedActor> ActorDetails);

/// <summary>An actor named by an imported record, resolved to the knowledge base where possible.</summary>
public sealed record ImportedActor(string Id, string Name, string Kind, string? Country);

/// <summary>What one write changed: new rows and what was found already stored.</summary>
public sealed record WriteResult(
    int ArticlesWritten,
    int ArticlesSkipped,
    int EventsCreated,
    int EventsMerged,
    int QuotesCreated,
    int QuotesMerged)
{
    /// <summary>Nothing written.</summary>
    public static WriteResult None { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>The sum of two results.</summary>
    public WriteResult Plus(WriteResult other) => new(
        ArticlesWritten + other.ArticlesWritten, ArticlesSkipped + other.ArticlesSkipped,
        EventsCreated + other.EventsCreated, EventsMerged + other.EventsMerged,
        QuotesCreated + other.QuotesCreated, QuotesMerged + other.QuotesMerged);
}
