using Parley.Annotate;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Events.Tests;

/// <summary>
/// One sentence read as an article published on the seed's day, its events above the 0.5 cut written
/// "TYPE/CAMEO actors -> recipients", so a test states what an analyst would see.
/// </summary>
internal static class CodedEvents
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.LoadShipped();
    private static readonly Annotator Annotator = new(Knowledge);
    private static readonly EventExtractor Extractor = new(Knowledge);

    public static string[] Of(string text)
    {
        NewsTime.TryParseIso("2026-02-06T15:28+05:30", out NewsTime time).Should().BeTrue();
        AnnotatedArticle article = Annotator.Annotate(new Article(ArticleId.Of(text), null, null, null, null, time, null, "en", text, [], [], null));
        return [.. Extractor.Extract(article).Where(e => e.Confidence >= 0.5).Select(e =>
            $"{e.Type}/{e.Cameo} {string.Join('+', e.Actors)} -> {string.Join('+', e.Recipients)}")];
    }
}
