namespace Parley.Evaluation.Corpus;

/// <summary>
/// One generated news article and what it was written to say: the <see cref="Kind"/> of its lead event
/// ("phone", "video", "visit", "meeting", "warning"), the actor and the counterpart (knowledge-base person
/// ids, or a country code for a visit or a warning), and the day the event happened.
/// </summary>
public sealed record SyntheticArticle(
    int Number,
    string Slug,
    string Headline,
    DateOnly EventDate,
    DateTimeOffset Published,
    string Kind,
    string Actor,
    string Counterpart,
    string Text);
