using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Parley.Evaluation.Extraction;

/// <summary>One page of the article-extraction benchmark: its id, original address, HTML and hand-labelled body.</summary>
public sealed record BenchmarkPage(string Id, string Url, string Html, string GoldBody)
{
    /// <summary>
    /// Loads a benchmark folder (<c>ground-truth.json</c> and <c>html/&lt;id&gt;.html.gz</c>), in id
    /// order; pages listed without an HTML file are left out (the held-back pages).
    /// </summary>
    public static IReadOnlyList<BenchmarkPage> LoadAll(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string truthPath = Path.Combine(folder, "ground-truth.json");
        using JsonDocument truth = JsonDocument.Parse(File.ReadAllBytes(truthPath));
        var pages = new List<BenchmarkPage>();
        foreach (JsonProperty entry in truth.RootElement.EnumerateObject().OrderBy(entry => entry.Name, StringComparer.Ordinal))
        {
            string htmlPath = Path.Combine(folder, "html", entry.Name + ".html.gz");
            if (!File.Exists(htmlPath))
            {
                continue;
            }

            using var gzip = new GZipStream(File.OpenRead(htmlPath), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            string url = entry.Value.TryGetProperty("url", out JsonElement u) ? u.GetString() ?? "" : "";
            string body = entry.Value.TryGetProperty("articleBody", out JsonElement b) ? b.GetString() ?? "" : "";
            pages.Add(new BenchmarkPage(entry.Name, url, reader.ReadToEnd(), body));
        }

        return pages;
    }

    /// <summary>Whether <paramref name="folder"/> looks like the benchmark (has ground-truth.json and html/).</summary>
    public static bool IsBenchmarkFolder(string folder) =>
        File.Exists(Path.Combine(folder, "ground-truth.json")) && Directory.Exists(Path.Combine(folder, "html"));
}
