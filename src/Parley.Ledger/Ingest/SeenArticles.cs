using System.Globalization;
using Parley.Ledger.Store;

namespace Parley.Ledger.Ingest;

/// <summary>
/// The article ids this run has passed on, so a second copy in the input is skipped before it reaches the
/// ledger. A SHA-256 id (<see cref="Core.ArticleId"/>) is held as the 128-bit number of its first 32 hex
/// digits: 16 bytes where the 64-character string took about 150, and a string set was 18 MB of the managed
/// heap at 100,000 articles, growing with the run. Two different texts share those bits with a chance of
/// about n²/2¹²⁹ (10⁻²⁷ at a hundred million articles). Any other id is kept as it is.
/// </summary>
internal sealed class SeenArticles
{
    private const int HexDigits = 64;
    private readonly NumberSet<UInt128> _hashes = new();
    private readonly HashSet<string> _others = new(StringComparer.Ordinal);

    /// <summary>Adds an id; false when this run has seen it already.</summary>
    public bool Add(string id) =>
        id.Length == HexDigits && Keys.IsLowerHex(id) && UInt128.TryParse(id.AsSpan(0, 32), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out UInt128 number)
            ? _hashes.Add(number)
            : _others.Add(id);
}
