using System.Collections.Immutable;

namespace Parley.Analysis.Rarity;

/// <summary>
/// What counts as a contact for the rarity questions: the event types (PLOVER CONSULT covers calls, visits and
/// meetings) and the window, in days, within which contacts count as "together" (one day by default).
/// </summary>
public sealed record ContactRules(ImmutableArray<string> Types, int WindowDays = 1)
{
    /// <summary>Calls, visits and meetings (PLOVER CONSULT), within one day.</summary>
    public static ContactRules Default { get; } = new(["CONSULT"], 1);
}

/// <summary>
/// How much of an actor's history the ledger holds before the date asked about: the first and last dated
/// event, the number of windows (days by default) with any event, and the events and contacts counted.
/// </summary>
public sealed record Coverage(DateOnly? First, DateOnly? Last, int CoveredWindows, long Events, long Contacts);

/// <summary>
/// The answer to "how often did this happen before?": the observed count out of <see cref="Trials"/> chances, the
/// count expected if contacts were independent, the lift (observed / expected), the tail probability of seeing at
/// least the observed count by chance, the last time it happened, the exposure, and one plain sentence with its limits.
/// </summary>
public sealed record RarityAnswer(
    string Pattern,
    string Description,
    string Actor,
    string ActorName,
    ImmutableArray<string> Counterparts,
    DateOnly? Before,
    int Observed,
    long Trials,
    double Expected,
    double? Lift,
    double TailProbability,
    DateOnly? LastBefore,
    Coverage Coverage,
    bool SmallSample,
    string Sentence)
{
    /// <summary>
    /// How often the pattern happened per chance it had: observed / trials, or for a silence the probability of a gap
    /// this long. Null when there is no history to rate it against. <see cref="RareFlagger"/> compares it with a threshold.
    /// </summary>
    public double? Rate => Pattern == "dyad-silence" ? (Trials == 0 ? null : TailProbability) : (Trials == 0 ? null : (double)Observed / Trials);

    /// <summary>Below this many events for the actor an answer says it rests on a small sample.</summary>
    public const int SmallSampleEvents = 30;
}
