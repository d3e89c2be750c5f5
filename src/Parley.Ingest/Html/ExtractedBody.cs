using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Ingest.Html;

/// <summary>What <see cref="MainContentExtractor"/> found: the body paragraphs, captions, and what it dropped.</summary>
/// <param name="Paragraphs">Body paragraphs in reading order, white space collapsed.</param>
/// <param name="Media">Figure captions with their credits.</param>
/// <param name="Removed">Dropped pieces with their reasons (bounded, see <see cref="RemovedPieces"/>).</param>
/// <param name="TeaserParagraphs">Body paragraphs that come right after a link-only block, as teasers under headline links do.</param>
internal sealed record ExtractedBody(
    ImmutableArray<string> Paragraphs,
    ImmutableArray<MediaItem> Media,
    ImmutableArray<RemovedPiece> Removed,
    int TeaserParagraphs)
{
    /// <summary>Total characters of the paragraphs.</summary>
    public int BodyChars => Paragraphs.Sum(paragraph => paragraph.Length);
}
