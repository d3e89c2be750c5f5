using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Ingest.Html;

/// <summary>
/// Collects the pieces a reader drops, with their reasons, in bounded memory: at most
/// <see cref="MaxPieces"/> pieces of at most <see cref="MaxPieceChars"/> characters each, so a page
/// with thousands of menu links still yields a short, readable list.
/// </summary>
internal sealed class RemovedPieces
{
    /// <summary>Most pieces kept; later ones are only counted.</summary>
    public const int MaxPieces = 100;

    /// <summary>Longest text kept for one piece; longer ones end with an ellipsis.</summary>
    public const int MaxPieceChars = 200;

    private readonly ImmutableArray<RemovedPiece>.Builder _pieces = ImmutableArray.CreateBuilder<RemovedPiece>();

    /// <summary>Pieces dropped beyond <see cref="MaxPieces"/>.</summary>
    public int Uncounted { get; private set; }

    /// <summary>Records one dropped piece.</summary>
    public void Add(string text, string reason)
    {
        if (_pieces.Count >= MaxPieces)
        {
            Uncounted++;
            return;
        }

        string shown = text.Length <= MaxPieceChars ? text : string.Concat(text.AsSpan(0, MaxPieceChars - 1), "…");
        _pieces.Add(new RemovedPiece(shown, reason));
    }

    /// <summary>The pieces recorded so far.</summary>
    public ImmutableArray<RemovedPiece> ToImmutable() => _pieces.ToImmutable();
}
