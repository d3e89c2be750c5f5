using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Knowledge;
using Parley.Knowledge.Tables;

namespace Parley.Ledger.Imports;

/// <summary>How Parley stores one CAMEO code: its PLOVER type, and the mode, medium and status the code itself implies.</summary>
/// <param name="Cameo">The CAMEO code of the row ("041", or the root "04").</param>
/// <param name="Label">The CAMEO codebook's label.</param>
/// <param name="Type">PLOVER type or STATEMENT.</param>
/// <param name="Mode">PLOVER mode in Parley's spelling; null when the code implies none.</param>
/// <param name="Medium">phone, in-person, ...; null when the code implies none.</param>
/// <param name="Status">occurred, or planned for an expressed intention (036).</param>
public sealed record CameoMapping(string Cameo, string Label, string Type, string? Mode, string? Medium, string Status);

/// <summary>
/// The CAMEO → PLOVER table of data/codes/cameo-plover.tsv. A code that has no row of its own takes its
/// parent's (0841 → 084 → 08), since CAMEO codes are hierarchical by prefix. Immutable; safe to share.
/// </summary>
public sealed class CameoTable
{
    /// <summary>The event types a row may name: PLOVER's 16 and STATEMENT (DESIGN.md §2).</summary>
    public static readonly ImmutableArray<string> Types =
    [
        "STATEMENT", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    /// <summary>The media a row may name (DESIGN.md §2).</summary>
    public static readonly ImmutableArray<string> Media = ["-", "phone", "video", "in-person", "letter", "statement", "social-media"];

    private const string File = "codes/cameo-plover.tsv";
    private static readonly string[] Columns = ["cameo", "label", "type", "mode", "medium", "status", "source"];
    private static readonly Lazy<CameoTable> LazyShipped = new(() => FromRows(CodeTable.Rows(File, Columns)));
    private readonly FrozenDictionary<string, CameoMapping> _byCode;

    private CameoTable(IEnumerable<CameoMapping> rows) => _byCode = rows.ToFrozenDictionary(row => row.Cameo, StringComparer.Ordinal);

    /// <summary>The shipped table, loaded once.</summary>
    public static CameoTable Shipped => LazyShipped.Value;

    /// <summary>Every row, in code order.</summary>
    public IEnumerable<CameoMapping> Rows => _byCode.Values.OrderBy(row => row.Cameo, StringComparer.Ordinal);

    /// <summary>Reads a table from <paramref name="text"/> (the shipped file's format); throws <see cref="KnowledgeFormatException"/> naming every bad row.</summary>
    public static CameoTable Parse(string name, string text) => FromRows(CodeTable.Parse(name, text, Columns));

    /// <summary>Whether <paramref name="code"/> has the shape of a CAMEO event code: 2 to 4 digits, root 01..20.</summary>
    public static bool IsCode(string code) =>
        code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit) && int.Parse(code.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 20;

    /// <summary>The row for <paramref name="code"/> or its nearest listed parent; null when the code is not a CAMEO code.</summary>
    public CameoMapping? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsCode(code))
        {
            return null;
        }

        for (string prefix = code; prefix.Length >= 2; prefix = prefix[..^1])
        {
            if (_byCode.TryGetValue(prefix, out CameoMapping? row))
            {
                return row;
            }
        }

        return null;
    }

    private static CameoTable FromRows(List<TsvRow> rows)
    {
        var errors = new List<KnowledgeError>();
        var mappings = new List<CameoMapping>();
        foreach (TsvRow row in rows)
        {
            try
            {
                string cameo = row.Required("cameo");
                if (!IsCode(cameo))
                {
                    throw new KnowledgeFormatException([new KnowledgeError(row.File, row.Line, row.ColumnOf("cameo"),
                        KnowledgeErrorCodes.MalformedId, cameo, "a CAMEO code: 2 to 4 digits, root 01..20")]);
                }

                mappings.Add(new CameoMapping(cameo, row.Required("label"), row.OneOf("type", Types), CodeTable.Optional(row, "mode"),
                    CodeTable.Optional(row, "medium") is not null ? row.OneOf("medium", Media) : null,
                    row.OneOf("status", ["occurred", "planned"])));
            }
            catch (KnowledgeFormatException invalid)
            {
                errors.AddRange(invalid.Errors);
            }
        }

        foreach (string root in Enumerable.Range(1, 20).Select(n => n.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)))
        {
            if (!mappings.Any(mapping => mapping.Cameo == root))
            {
                errors.Add(new KnowledgeError(File, 1, 1, KnowledgeErrorCodes.MissingValue, root, "a row for every CAMEO root, so that any code maps"));
            }
        }

        return errors.Count == 0 ? new CameoTable(mappings) : throw new KnowledgeFormatException(errors);
    }
}
