using Parley.Core;

namespace Parley.Quotes.Cues;

/// <summary>What attributes a quote: the speaker and the reporting verb or attribution phrase as printed (its span in the clean text).</summary>
public sealed record Cue(Speaker Speaker, TextSpan Span);
