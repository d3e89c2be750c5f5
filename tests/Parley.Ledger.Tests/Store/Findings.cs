using System.Collections.Immutable;
using Parley.Annotate.Actors;
using Parley.Core;
using Parley.Events;
using Parley.Quotes;

namespace Parley.Ledger.Tests.Store;

/// <summary>Builds analysed articles for store tests: a news text, its actors, events and quotes with spans into the text.</summary>
internal sealed class Findings
{
    private readonly string _text;
    private readonly List<ArticleActor> _actors = [];
    private readonly List<EventRecord> _events = [];
    private readonly List<QuoteRecord> _quotes = [];

    public Findings(string text, string published = "2026-02-06T10:00+00:00", string? outlet = "Wire")
    {
        _text = text;
        Published = published;
        Outlet = outlet;
    }

    public string Published { get; }

    public string? Outlet { get; }

    public string Id => ArticleId.Of(_text);

    public Findings Actor(string id, string name, string kind = "person", string? country = null, bool listed = true)
    {
        _actors.Add(new ArticleActor(id, name, kind, country, [], null, null, listed, []));
        return this;
    }

    /// <summary>An event whose evidence is the sentence holding <paramref name="sentence"/>.</summary>
    public Findings Event(string sentence, string type, string? mode, string[] actors, string[] recipients, FuzzyDate? date,
        string status = "occurred", IsoDuration? duration = null, string[]? topics = null, double confidence = 0.9, string? medium = null,
        string cameo = "040")
    {
        TextSpan span = SpanOf(sentence);
        _events.Add(new EventRecord("e" + _events.Count, type, mode, medium, cameo, [.. actors], [.. recipients], date, duration,
            [.. topics ?? []], status, confidence, span, "wire", [new EventMention(span, span, "test-row")]));
        return this;
    }

    public Findings Quote(string words, string speakerId, string speakerName, QuoteKind kind = QuoteKind.Direct)
    {
        TextSpan span = SpanOf(words);
        _quotes.Add(new QuoteRecord("q" + _quotes.Count, new Speaker(speakerId, speakerName, null, true), span, kind, null, span));
        return this;
    }

    public ArticleFindings Build(string source = "test.txt")
    {
        NewsTime.TryParseIso(Published, out NewsTime published).Should().BeTrue();
        var article = new Article(Id, "Headline", null, null, Outlet, published, null, "en", _text, [], [], null);
        return new ArticleFindings(source, article, [.. _actors], [.. _events], [.. _quotes]);
    }

    private TextSpan SpanOf(string part)
    {
        int start = _text.IndexOf(part, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"'{part}' is in the text");
        return new TextSpan(start, part.Length);
    }

    public static FuzzyDate Day(int year, int month, int day) => FuzzyDate.OnDay(new DateOnly(year, month, day));

    public static ImmutableArray<ArticleFindings> Batch(params Findings[] articles) => [.. articles.Select(item => item.Build())];
}
