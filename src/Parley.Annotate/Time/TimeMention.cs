using Parley.Core;

namespace Parley.Annotate.Time;

/// <summary>
/// A time expression found in a sentence. A date mention has <see cref="Date"/> (null when it is
/// relative and the article has no publication date to resolve it against); a duration mention
/// has <see cref="Duration"/>. <see cref="IsFuture"/> says which way the sentence's tense pointed.
/// </summary>
public sealed record TimeMention(TextSpan Span, string Text, FuzzyDate? Date, IsoDuration? Duration, bool IsRelative, bool IsFuture)
{
    /// <summary>Whether the mention is a date or period (not a duration).</summary>
    public bool IsDate => Duration is null;

    /// <summary>Whether a relative date could not be resolved for lack of a publication date.</summary>
    public bool IsUnresolved => Duration is null && Date is null;
}
