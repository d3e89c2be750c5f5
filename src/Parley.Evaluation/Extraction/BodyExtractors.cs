using Parley.Core;
using Parley.Ingest.Html;

namespace Parley.Evaluation.Extraction;

/// <summary>An article-body extractor under evaluation: a name and a function from a page to its body text.</summary>
public sealed record BodyExtractor(string Name, Func<BenchmarkPage, string> Extract)
{
    /// <summary>Parley's own reader; a rejected page counts as an empty body.</summary>
    public static BodyExtractor Parley { get; } = CreateParley();

    /// <summary>SmartReader (a port of Mozilla's Readability), the comparison point.</summary>
    public static BodyExtractor SmartReader { get; } = new("SmartReader", page =>
        new global::SmartReader.Reader(page.Url, page.Html).GetArticle().TextContent ?? "");

    private static BodyExtractor CreateParley()
    {
        var reader = new HtmlArticleReader();
        return new BodyExtractor("Parley", page =>
        {
            var document = new SourceDocument(page.Id, ContentKind.Html, page.Html, new SourceHints(Url: page.Url));
            return reader.Read(document).Article?.Text ?? "";
        });
    }
}
