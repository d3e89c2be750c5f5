using System.Collections.Immutable;
using Parley.Knowledge;
using Parley.Knowledge.Tables;

namespace Parley.Annotate.Lexicons;

/// <summary>Reads a lexicon shipped inside this assembly (data/lexicons/*.tsv) with the knowledge base's TSV rules and errors.</summary>
internal static class EmbeddedLexicon
{
    /// <summary>The rows of the embedded file <paramref name="name"/> ("lexicons/abbreviations.tsv"); every bad row fails loading.</summary>
    public static List<TsvRow> Rows(string name, params string[] columns) => EmbeddedTable.Rows(typeof(EmbeddedLexicon).Assembly, name, columns);

    /// <summary>The rows of <paramref name="text"/>, read as file <paramref name="name"/>.</summary>
    public static List<TsvRow> Parse(string name, string text, params string[] columns) => EmbeddedTable.Parse(name, text, columns);

    /// <summary>Applies <paramref name="read"/> to every row, collecting every bad row before failing.</summary>
    public static ImmutableArray<T> Each<T>(List<TsvRow> rows, Func<TsvRow, T> read)
    {
        var items = ImmutableArray.CreateBuilder<T>(rows.Count);
        var errors = new List<KnowledgeError>();
        foreach (TsvRow row in rows)
        {
            try
            {
                items.Add(read(row));
            }
            catch (KnowledgeFormatException invalid)
            {
                errors.AddRange(invalid.Errors);
            }
        }

        return errors.Count == 0 ? items.MoveToImmutable() : throw new KnowledgeFormatException(errors);
    }
}
