using System.Reflection;

namespace Parley.Knowledge.Tables;

/// <summary>
/// Reads a TSV file shipped inside an assembly (data/lexicons/*.tsv, data/codes/*.tsv) with the knowledge
/// base's TSV rules: every stage that embeds a table loads it the same way and fails on a bad row the same way.
/// </summary>
public static class EmbeddedTable
{
    /// <summary>The whole text of the embedded file <paramref name="name"/> of <paramref name="assembly"/>.</summary>
    public static string Text(Assembly assembly, string name)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using Stream stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The rows of the embedded file <paramref name="name"/>; any bad row fails loading.</summary>
    public static List<TsvRow> Rows(Assembly assembly, string name, params string[] columns) => Parse(name, Text(assembly, name), columns);

    /// <summary>The rows of <paramref name="text"/>, read as file <paramref name="name"/>; any bad row fails loading.</summary>
    public static List<TsvRow> Parse(string name, string text, params string[] columns)
    {
        var errors = new List<KnowledgeError>();
        List<TsvRow> rows = TsvReader.Read(name, text, [.. columns], errors);
        return errors.Count == 0 ? rows : throw new KnowledgeFormatException(errors);
    }
}
