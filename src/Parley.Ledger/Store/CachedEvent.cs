using System.Collections.Immutable;
using System.Globalization;
using Parley.Core;

namespace Parley.Ledger.Store;

/// <summary>
/// A stored event's merge state as the run index keeps it: a struct of about 120 bytes in its key's array,
/// where a <see cref="MergedEvent"/> with its id string and list slot took about 250 on the managed heap. The
/// id is its 16 hex digits as a number; the vocabulary strings are the shared instances. The writer works on
/// <see cref="MergedEvent"/>s made from these for one batch and hands them back after the commit.
/// </summary>
internal readonly struct CachedEvent
{
    private const string IdPrefix = "ev-";

    private readonly ulong _id;
    private readonly string _type;
    private readonly string? _mode;
    private readonly string? _medium;
    private readonly string _cameo;
    private readonly string _status;
    private readonly ImmutableArray<string> _topics;
    private readonly FuzzyDate? _date;
    private readonly IsoDuration? _duration;
    private readonly DateOnly? _reportedOn;
    private readonly double _confidence;
    private readonly int _mentionCount;

    private CachedEvent(ulong id, MergedEvent merged)
    {
        _id = id;
        _type = merged.Type;
        _mode = merged.Mode;
        _medium = merged.Medium;
        _cameo = merged.Cameo;
        _status = merged.Status;
        _topics = merged.Topics;
        _date = merged.Date;
        _duration = merged.Duration;
        _reportedOn = merged.ReportedOn;
        _confidence = merged.Confidence;
        _mentionCount = merged.MentionCount;
    }

    /// <summary>The id's 16 hex digits as a number (their order is the ids' order).</summary>
    public ulong Id => _id;

    public FuzzyDate? Date => _date;

    /// <summary>The publication date of the first report (what an undated event is matched by).</summary>
    public DateOnly? ReportedOn => _reportedOn;

    /// <summary>The cached form of a stored Parley event; false for one the cache cannot hold exactly (an id of another shape, an import).</summary>
    public static bool TryPack(MergedEvent merged, out CachedEvent cached)
    {
        cached = default;
        if (!merged.Stored || merged.Origin != "parley" || merged.OriginId is not null || merged.Rare
            || merged.Id.Length != IdPrefix.Length + 16 || !merged.Id.StartsWith(IdPrefix, StringComparison.Ordinal)
            || !Keys.IsLowerHex(merged.Id.AsSpan(IdPrefix.Length))
            || !ulong.TryParse(merged.Id.AsSpan(IdPrefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong id))
        {
            return false;
        }

        cached = new CachedEvent(id, merged);
        return true;
    }

    /// <summary>The event as the writer merges it: stored, unchanged, participants already written.</summary>
    public MergedEvent Unpack(string mergeKey) => new()
    {
        Id = IdPrefix + _id.ToString("x16", CultureInfo.InvariantCulture), MergeKey = mergeKey, Type = _type, Mode = _mode, Medium = _medium,
        Cameo = _cameo, Status = _status, Topics = _topics, Date = _date, Duration = _duration, ReportedOn = _reportedOn,
        Confidence = _confidence, MentionCount = _mentionCount, Actors = [], Recipients = [], Stored = true,
    };
}
