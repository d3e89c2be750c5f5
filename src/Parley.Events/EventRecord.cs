using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Events;

/// <summary>One sentence that reports an event: where it is and which trigger row fired on which words.</summary>
public sealed record EventMention(TextSpan Sentence, TextSpan Trigger, string TriggerRow);

/// <summary>
/// One real-world event found in an article, in the vocabulary of DESIGN.md §2. Participants are
/// actor ids (a country by its ISO3 code). <see cref="Evidence"/> is the sentence that best proves
/// it; <see cref="Mentions"/> lists every sentence that reports it (one article, one event).
/// </summary>
public sealed record EventRecord(
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
    TextSpan Evidence,
    string? Source,
    ImmutableArray<EventMention> Mentions);
