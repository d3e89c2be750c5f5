using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Parley.Evaluation.Corpus;

/// <summary>
/// Writes generated articles to a folder <c>parley ingest</c> reads: one plain-text file per article under
/// year/month folders, or, for large corpora, gzip JSON Lines files of <see cref="ArticlesPerBatchFile"/>
/// articles each (100,000 small files cost far more disk blocks and inodes than their text).
/// </summary>
public static class CorpusWriter
{
    /// <summary>Articles per JSON Lines file.</summary>
    public const int ArticlesPerBatchFile = 2000;

    /// <summary>Above this many articles, <see cref="Write"/> picks gzip JSON Lines unless told otherwise.</summary>
    public const int PlainFileLimit = 20_000;

    /// <summary>Writes the articles under <paramref name="folder"/>; returns how many were written.</summary>
    public static int Write(IEnumerable<SyntheticArticle> articles, string folder, bool jsonLines)
    {
        ArgumentNullException.ThrowIfNull(articles);
        Directory.CreateDirectory(folder);
        return jsonLines ? WriteJsonLines(articles, folder) : WritePlain(articles, folder);
    }

    private static int WritePlain(IEnumerable<SyntheticArticle> articles, string folder)
    {
        int written = 0;
        foreach (SyntheticArticle article in articles)
        {
            string path = Path.Combine(folder, article.Slug.Replace('/', Path.DirectorySeparatorChar) + ".txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, article.Text, Encoding.UTF8);
            written++;
        }

        return written;
    }

    private static int WriteJsonLines(IEnumerable<SyntheticArticle> articles, string folder)
    {
        int written = 0;
        StreamWriter? batch = null;
        try
        {
            foreach (SyntheticArticle article in articles)
            {
                if (written % ArticlesPerBatchFile == 0)
                {
                    batch?.Dispose();
                    string path = Path.Combine(folder, $"batch-{written / ArticlesPerBatchFile:D4}.jsonl.gz");
                    batch = new StreamWriter(new GZipStream(File.Create(path), CompressionLevel.Fastest), new UTF8Encoding(false));
                }

                batch!.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["text"] = article.Text,
                    ["url"] = $"https://synthetic.parley.example/{article.Slug}",
                }));
                written++;
            }
        }
        finally
        {
            batch?.Dispose();
        }

        return written;
    }
}
