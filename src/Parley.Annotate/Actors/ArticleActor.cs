using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Annotate.Actors;

/// <summary>How a mention names its actor.</summary>
public enum MentionForm
{
    /// <summary>The full name, or an alias as long ("Xi Jinping", "Kremlin", "AFP").</summary>
    Name,

    /// <summary>A short form after a full mention: a surname ("Xi", "Chen").</summary>
    ShortName,

    /// <summary>A country or capital used as a place ("talks in Beijing"), not as an actor.</summary>
    Place,

    /// <summary>A country, capital or seat acting for its government ("Beijing claims", "warned Washington").</summary>
    Acting,

    /// <summary>An office or state body named by its country and title: "India's finance minister" (the holder that day), "the French foreign ministry".</summary>
    Title,
}

/// <summary>One mention of an actor: the span of the name in the clean text, the actor it resolves to, and how it names it.</summary>
public sealed record ActorMention(TextSpan Span, string ActorId, MentionForm Form);

/// <summary>
/// An actor of one article, resolved as of the article's date: the knowledge base's id when the
/// actor is known there, else a deterministic id for someone met only in this text. Kind, country
/// and roles follow the contract (DESIGN.md §2); <see cref="IsListed"/> says whether the actor
/// belongs in the article's <c>actors</c> list (see docs/recognition.md for the rule).
/// </summary>
public sealed record ArticleActor(
    string Id,
    string Name,
    string Kind,
    string? Country,
    ImmutableArray<string> Roles,
    string? Description,
    string? Sector,
    bool IsListed,
    ImmutableArray<ActorMention> Mentions)
{
    /// <summary>
    /// Whether <see cref="Roles"/> (or a "former ..." description) rest on a day inferred from the
    /// text because the article has no publication date: less certain than a published date's.
    /// </summary>
    public bool RolesInferred { get; init; }
}
