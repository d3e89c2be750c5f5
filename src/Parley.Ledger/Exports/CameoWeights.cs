using System.Collections.Frozen;
using System.Globalization;
using Parley.Ledger.Imports;

namespace Parley.Ledger.Exports;

/// <summary>GDELT's numeric reading of a CAMEO root: the Goldstein weight (-10 conflict .. +10 cooperation) and the QuadClass (1..4).</summary>
public sealed record CameoWeight(string Root, double Goldstein, int QuadClass);

/// <summary>The root weights of data/codes/cameo-goldstein.tsv, used to fill GoldsteinScale and QuadClass in GDELT-style exports.</summary>
public sealed class CameoWeights
{
    private static readonly Lazy<CameoWeights> LazyShipped = new(() => new CameoWeights(
        CodeTable.Rows("codes/cameo-goldstein.tsv", "root", "goldstein", "quad_class", "source").Select(row => new CameoWeight(
            row.Required("root"),
            double.Parse(row.Required("goldstein"), NumberStyles.Float, CultureInfo.InvariantCulture),
            int.Parse(row.OneOf("quad_class", ["1", "2", "3", "4"]), CultureInfo.InvariantCulture)))));

    private readonly FrozenDictionary<string, CameoWeight> _byRoot;

    private CameoWeights(IEnumerable<CameoWeight> weights) => _byRoot = weights.ToFrozenDictionary(weight => weight.Root, StringComparer.Ordinal);

    /// <summary>The shipped weights, loaded once.</summary>
    public static CameoWeights Shipped => LazyShipped.Value;

    /// <summary>Every root's weight.</summary>
    public IEnumerable<CameoWeight> All => _byRoot.Values.OrderBy(weight => weight.Root, StringComparer.Ordinal);

    /// <summary>The weight of the code's root ("0841" → root "08"); null when the code is not a CAMEO code.</summary>
    public CameoWeight? Of(string cameo) =>
        CameoTable.IsCode(cameo) ? _byRoot.GetValueOrDefault(cameo[..2]) : null;
}
