using System.Collections.Immutable;
using Parley.Annotate;
using Parley.Annotate.Sentences;
using Parley.Core;
using Parley.Events.Triggers;

namespace Parley.Events;

/// <summary>An event while the article is being read: later mentions of the same event are absorbed into it.</summary>
internal sealed class Draft
{
    private readonly List<(Draft Mention, int Score)> _mentions = [];

    public Draft(EventTrigger trigger, List<string> actors, List<string> recipients, FuzzyDate? date, IsoDuration? duration, string status,
        double confidence, Sentence sentence, TextSpan triggerSpan, bool isReference, List<string> topics, string? source)
    {
        Trigger = trigger;
        Actors = actors;
        Recipients = recipients;
        Date = date;
        Duration = duration;
        Status = status;
        Confidence = confidence;
        Sentence = sentence;
        TriggerSpan = triggerSpan;
        IsReference = isReference;
        Topics = topics;
        Source = source;
        Mode = trigger.Mode;
        Medium = trigger.Medium;
        _mentions.Add((this, EvidenceScore()));
    }

    public EventTrigger Trigger { get; }

    public List<string> Actors { get; }

    public List<string> Recipients { get; }

    public FuzzyDate? Date { get; set; }

    public IsoDuration? Duration { get; private set; }

    public string Status { get; }

    public double Confidence { get; private set; }

    public Sentence Sentence { get; }

    public TextSpan TriggerSpan { get; }

    public bool IsReference { get; }

    public List<string> Topics { get; }

    public string? Source { get; private set; }

    public string? Mode { get; private set; }

    public string? Medium { get; set; }

    public IEnumerable<string> Participants => Actors.Concat(Recipients);

    /// <summary>The same reading with other recipients (a plural event split into one per recipient).</summary>
    public Draft With(List<string> recipients) => new(Trigger, [.. Actors], recipients, Date, Duration, Status, Confidence, Sentence,
        TriggerSpan, IsReference, [.. Topics], Source);

    /// <summary>Whether <paramref name="other"/> reports this same event: same participants, or only this event's actor; compatible modes.</summary>
    public bool Matches(Draft other)
    {
        if (Mode is not null && other.Mode is not null && Mode != other.Mode)
        {
            return false;
        }

        var mine = Participants.ToHashSet(StringComparer.Ordinal);
        var theirs = other.Participants.ToHashSet(StringComparer.Ordinal);
        return mine.SetEquals(theirs)
            || (other.Recipients.Count == 0 && other.Actors.Count > 0 && other.Actors.All(Actors.Contains))
            || (other.IsReference && theirs.Count > 0 && theirs.IsSubsetOf(mine));
    }

    /// <summary>A recipient read from the sentences around the event, not from its own words: less certain.</summary>
    public void InferRecipient(string id)
    {
        Recipients.Add(id);
        Confidence = 0.6;
    }

    public void Absorb(Draft other)
    {
        Date ??= other.Date;
        Duration ??= other.Duration;
        Mode ??= other.Mode;
        // The most specific medium wins: a "call" later told as a "video call" was a video call.
        if (Medium is null || (Medium == "phone" && other.Medium == "video"))
        {
            Medium = other.Medium ?? Medium;
        }

        Source ??= other.Source;
        Confidence = Math.Max(Confidence, other.Confidence);
        Topics.AddRange(other.Topics.Where(topic => !Topics.Contains(topic, StringComparer.OrdinalIgnoreCase)));
        _mentions.Add((other, other.EvidenceScore()));
    }

    public EventRecord ToRecord(AnnotatedArticle article)
    {
        // The sentence that proves most: dated, told explicitly (not "the call"), with both sides named.
        Draft best = _mentions.OrderByDescending(entry => entry.Score).First().Mention;
        string id = EventExtractor.IdOf(article.Article.Id, Trigger.Type, Participants);
        return new EventRecord(id, Trigger.Type, Mode, Medium, Trigger.Cameo, [.. Actors], [.. Recipients], Date, Duration, [.. Topics],
            Status, Math.Round(Confidence, 2), best.Sentence.Span, Source,
            [.. _mentions.Select(entry => new EventMention(entry.Mention.Sentence.Span, entry.Mention.TriggerSpan, entry.Mention.Trigger.RuleId))]);
    }

    private int EvidenceScore() => (Date is not null ? 2 : 0) + (IsReference ? 0 : 1) + (Recipients.Count > 0 ? 1 : 0);
}
