using Parley.Knowledge.Tables;

namespace Parley.Ledger.Imports;

/// <summary>Reads a code table shipped inside this assembly (data/codes/*.tsv) with the knowledge base's TSV rules and errors.</summary>
internal static class CodeTable
{
    /// <summary>The rows of the embedded file <paramref name="name"/> ("codes/cameo-plover.tsv"); any bad row fails loading.</summary>
    public static List<TsvRow> Rows(string name, params string[] columns) => EmbeddedTable.Rows(typeof(CodeTable).Assembly, name, columns);

    /// <summary>The rows of <paramref name="text"/>, read as file <paramref name="name"/>; any bad row fails loading.</summary>
    public static List<TsvRow> Parse(string name, string text, params string[] columns) => EmbeddedTable.Parse(name, text, columns);

    /// <summary>The field, or null for the "-" that marks an empty cell.</summary>
    public static string? Optional(TsvRow row, string column) => row.Text(column) is "-" or "" ? null : row.Text(column);
}
