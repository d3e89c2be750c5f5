using System.Globalization;
using Parley.Ledger.Store;

namespace Parley.Ledger.Ingest;

/// <summary>
/// The article ids this run passed on to analysis lately, so that a second copy in the input is skipped
/// before the costly analysis. Only the ids still in flight need it: once a batch is written, the ledger
/// answers for its articles (the reader asks it about every batch it reads), so this keeps the last
/// <c>remember</c> ids and no more. Before, it held every id of the run (16 bytes each, plus the copies its
/// sorted runs made when merging on the large object heap), one of the few things that grew with the corpus.
/// A SHA-256 id (<see cref="Core.ArticleId"/>) is held as the 128-bit number of its first 32 hex digits; two
/// different texts share those bits with a chance of about n²/2¹²⁹. Any other id is kept as it is.
/// </summary>
internal sealed class RecentArticles
{
    private const int HexDigits = 64;
    private readonly int _remember;
    private HashSet<UInt128> _young = [];
    private HashSet<UInt128> _old = [];
    private HashSet<string> _youngOthers = new(StringComparer.Ordinal);
    private HashSet<string> _oldOthers = new(StringComparer.Ordinal);

    /// <param name="remember">How many of the latest ids are certainly kept (two generations of this size).</param>
    public RecentArticles(int remember)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(remember, 1);
        _remember = remember;
    }

    /// <summary>Adds an id; false when it is among the ids passed on lately.</summary>
    public bool Add(string id)
    {
        bool added = id.Length == HexDigits && Keys.IsLowerHex(id)
            && UInt128.TryParse(id.AsSpan(0, 32), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out UInt128 number)
            ? !_old.Contains(number) && _young.Add(number)
            : !_oldOthers.Contains(id) && _youngOthers.Add(id);
        if (added && _young.Count + _youngOthers.Count >= _remember)
        {
            // The older generation goes: the youngest still holds the last `remember` ids.
            (_old, _oldOthers) = (_young, _youngOthers);
            (_young, _youngOthers) = ([], new(StringComparer.Ordinal));
        }

        return added;
    }
}
