using System.Collections.Immutable;

namespace Parley.Core;

/// <summary>An image caption and its credit line, kept out of the body text.</summary>
public sealed record MediaItem(string? Caption, string? Credit);

/// <summary>A piece of the input that is not part of the article, with the reason it was removed.</summary>
public sealed record RemovedPiece(string Text, string Reason);

/// <summary>
/// A clean article: the first value of the flow. <see cref="Text"/> is the one clean text every
/// later offset points into; paragraphs are separated by a blank line ("\n\n").
/// </summary>
public sealed record Article(
    string Id,
    string? Headline,
    string? Standfirst,
    string? Byline,
    string? Outlet,
    NewsTime? Published,
    NewsTime? Updated,
    string Language,
    string Text,
    ImmutableArray<MediaItem> Media,
    ImmutableArray<RemovedPiece> Removed,
    string? Url)
{
    /// <summary>The body paragraphs, in order.</summary>
    public IEnumerable<string> Paragraphs => Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
}
