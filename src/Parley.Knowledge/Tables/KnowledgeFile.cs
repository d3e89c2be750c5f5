using System.Reflection;
using System.Text;

namespace Parley.Knowledge.Tables;

/// <summary>One knowledge file's text and the name errors use for it.</summary>
/// <param name="Name">The file name as errors print it: the path under data/ for shipped files, the path on disk for user files.</param>
/// <param name="Table">Which table it fills: the file name without folder, e.g. <c>people.tsv</c>.</param>
/// <param name="Text">The whole file.</param>
public sealed record KnowledgeFile(string Name, string Table, string Text)
{
    /// <summary>The tables the knowledge base reads, in load order (codes before the rows that use them).</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "countries.tsv", "organizations.tsv", "offices.tsv", "people.tsv", "tenures.tsv",
        "metonyms.tsv", "media.tsv", "role-nouns.tsv",
    ];

    /// <summary>The files shipped inside this assembly (embedded from the repository's data/ folder).</summary>
    public static IReadOnlyList<KnowledgeFile> Shipped()
    {
        Assembly assembly = typeof(KnowledgeFile).Assembly;
        var files = new List<KnowledgeFile>();
        foreach (string resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            string name = resource.Replace('\\', '/');
            if (!Tables.Contains(name))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files.Add(new KnowledgeFile(name, name, reader.ReadToEnd()));
        }

        return files;
    }

    /// <summary>
    /// The knowledge files in <paramref name="folder"/> (top level only), named like the shipped
    /// tables (<c>people.tsv</c>, ...); other files are left alone. Unreadable files throw
    /// <see cref="KnowledgeFormatException"/>; a missing folder throws <see cref="DirectoryNotFoundException"/>.
    /// </summary>
    public static IReadOnlyList<KnowledgeFile> FromFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"knowledge folder '{folder}' does not exist");
        }

        var files = new List<KnowledgeFile>();
        foreach (string table in Tables)
        {
            string path = Path.Combine(folder, table);
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                files.Add(new KnowledgeFile(path, table, File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true))));
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                throw KnowledgeFormatException.Unreadable(path, error.Message);
            }
        }

        return files;
    }
}
