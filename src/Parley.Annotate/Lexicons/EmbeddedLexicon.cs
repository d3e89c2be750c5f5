using System.Collections.Immutable;
using System.Reflection;
using Parley.Knowledge;
using Parley.Knowledge.Tables;

namespace Parley.Annotate.Lexicons;

/// <summary>Reads a lexicon shipped inside this assembly (data/lexicons/*.tsv) with the knowledge base's TSV rules and errors.</summary>
internal static class EmbeddedLexicon
{
    /// <summary>The rows of the embedded file <paramref name="name"/> ("lexicons/abbreviations.tsv"); every bad row fails loading.</summary>
    public static List<TsvRow> Rows(string name, params string[] columns)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(name, reader.ReadToEnd(), columns);
    }

    /// <summary>The rows of <paramref name="text"/>, read as file <paramref name="name"/>.</summary>
    public static List<TsvRow> Parse(string name, string text, params string[] columns)
    {
        var errors = new List<KnowledgeError>();
        List<TsvRow> rows = TsvReader.Read(name, text, [.. columns], errors);
        return errors.Count == 0 ? rows : throw new KnowledgeFormatException(errors);
    }

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
