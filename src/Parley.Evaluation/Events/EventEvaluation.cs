using System.Collections.Immutable;
using Parley.Annotate;
using Parley.Annotate.Actors;
using Parley.Core;
using Parley.Events;
using Parley.Ingest;
using Parley.Ingest.Sources;
using Parley.Knowledge;
using Parley.Knowledge.Text;

namespace Parley.Evaluation.Events;

/// <summary>What the event evaluation found: the overall score, per-type scores, attribute agreement on matched events, and per-article misses.</summary>
/// <remarks>
/// <see cref="CountryLevel"/> is a second, looser score reported beside the headline one: a gold actor that the gold
/// gives a country also matches a participant of that country, the way CAMEO, ICEWS and GDELT code dyads
/// ("the French foreign ministry" and France are both FRA). It never replaces <see cref="Overall"/>.
/// </remarks>
public sealed record EventReport(MatchCounts Overall, IReadOnlyDictionary<string, MatchCounts> ByType, int Matched, int SameDate, int SameMode, int SameMedium,
    int SameStatus, IReadOnlyList<ArticleEventResult> Articles, int Unreadable, MatchCounts CountryLevel);

/// <summary>One article's result: what was missed and what was added, for reading the failures.</summary>
public sealed record ArticleEventResult(string Source, int Gold, int Predicted, int Matched, IReadOnlyList<string> Missed, IReadOnlyList<string> Extra);

/// <summary>
/// Scores Parley's events against gold annotations (docs/evaluation.md): an event matches when
/// its type agrees and its participants resolve to the same actors — every gold actor is among
/// Parley's participants and, when the gold names recipients, at least one of them is too (sides
/// are not compared: "A met B" and "B met A" are one meeting). Matching is one-to-one, greedy in
/// text order. Date, mode, medium and status are scored separately on matched events.
/// </summary>
public sealed class EventEvaluation
{
    private readonly KnowledgeBase _knowledge;
    private readonly Annotator _annotator;
    private readonly EventExtractor _extractor;

    /// <summary>Builds the pipeline the evaluation runs: the same stages as <c>parley analyze</c>.</summary>
    public EventEvaluation(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        _annotator = new Annotator(knowledge);
        _extractor = new EventExtractor(knowledge);
    }

    /// <summary>Events with confidence below this are not counted as predictions.</summary>
    public double MinimumConfidence { get; init; } = 0.5;

    /// <summary>Runs the pipeline on every gold article and scores it.</summary>
    public EventReport Run(IReadOnlyList<GoldArticle> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        int tp = 0, countryTp = 0, predicted = 0, goldCount = 0, sameDate = 0, sameMode = 0, sameMedium = 0, sameStatus = 0, unreadable = 0;
        var byType = new Dictionary<string, (int Tp, int Predicted, int Gold)>(StringComparer.Ordinal);
        var articles = new List<ArticleEventResult>();
        foreach (GoldArticle record in gold)
        {
            AnnotatedArticle? annotated = Read(record);
            if (annotated is null)
            {
                unreadable++;
                goldCount += record.Events.Length;
                articles.Add(new ArticleEventResult(record.Source, record.Events.Length, 0, 0, [.. record.Events.Select(Describe)], []));
                continue;
            }

            List<EventRecord> events = [.. _extractor.Extract(annotated).Where(e => e.Confidence >= MinimumConfidence)];
            countryTp += CountMatches(record, events, annotated, byCountry: true);
            var used = new bool[events.Count];
            var missed = new List<string>();
            int matched = 0;
            foreach (GoldEvent want in record.Events)
            {
                Bump(byType, want.Type, gold: 1);
                int index = events.FindIndex(e => !used[events.IndexOf(e)] && Matches(want, e, annotated, record, byCountry: false));
                if (index < 0)
                {
                    missed.Add(Describe(want));
                    continue;
                }

                used[index] = true;
                matched++;
                Bump(byType, want.Type, tp: 1);
                EventRecord got = events[index];
                sameDate += want.Date == got.Date?.ToIso() ? 1 : 0;
                sameMode += want.Mode == got.Mode ? 1 : 0;
                sameMedium += want.Medium == got.Medium ? 1 : 0;
                sameStatus += want.Status == got.Status ? 1 : 0;
            }

            foreach (EventRecord got in events)
            {
                Bump(byType, got.Type, predicted: 1);
            }

            tp += matched;
            predicted += events.Count;
            goldCount += record.Events.Length;
            articles.Add(new ArticleEventResult(record.Source, record.Events.Length, events.Count, matched, missed,
                [.. events.Where((_, i) => !used[i]).Select(e => Describe(e, annotated))]));
        }

        return new EventReport(new MatchCounts(tp, predicted, goldCount),
            byType.ToDictionary(entry => entry.Key, entry => new MatchCounts(entry.Value.Tp, entry.Value.Predicted, entry.Value.Gold), StringComparer.Ordinal),
            tp, sameDate, sameMode, sameMedium, sameStatus, articles, unreadable, new MatchCounts(countryTp, predicted, goldCount));
    }

    private AnnotatedArticle? Read(GoldArticle record)
    {
        var sources = new SourceReader(hints: new SourceHints(Published: record.Published));
        SourceItem item = sources.ReadFile(record.SourcePath).FirstOrDefault();
        if (item.Document is null)
        {
            return null;
        }

        ReadOutcome outcome = ArticleReader.Read(item.Document);
        return outcome.Article is null ? null : _annotator.Annotate(outcome.Article);
    }

    // The same one-to-one greedy matching as the headline score, under either rule.
    private int CountMatches(GoldArticle record, List<EventRecord> events, AnnotatedArticle article, bool byCountry)
    {
        var used = new bool[events.Count];
        int matched = 0;
        foreach (GoldEvent want in record.Events)
        {
            int index = events.FindIndex(e => !used[events.IndexOf(e)] && Matches(want, e, article, record, byCountry));
            if (index >= 0)
            {
                used[index] = true;
                matched++;
            }
        }

        return matched;
    }

    private bool Matches(GoldEvent want, EventRecord got, AnnotatedArticle article, GoldArticle record, bool byCountry)
    {
        if (want.Type != got.Type)
        {
            return false;
        }

        string[] participants = [.. got.Actors.Concat(got.Recipients)];
        List<HashSet<string>> ours = [.. participants.Select(id => NamesOf(id, article))];
        HashSet<string> countries = byCountry ? [.. participants.Select(id => CountryOf(id, article)).OfType<string>()] : [];
        bool Found(string name) => ours.Any(names => NameMatches(name, names))
            || (byCountry && record.ActorCountries.TryGetValue(name, out string? country) && countries.Contains(country));
        return want.Actors.All(Found) && (want.Recipients.IsEmpty || want.Recipients.Any(Found));
    }

    // The country a participant stands for or belongs to: a country id itself, else the article actor's country.
    private string? CountryOf(string id, AnnotatedArticle article) =>
        _knowledge.CountryByCode(id) is not null ? id : article.Actors.FirstOrDefault(actor => actor.Id == id)?.Country;

    // Every name a participant answers to: its display name, the words the article used for it, and a country's aliases.
    private HashSet<string> NamesOf(string id, AnnotatedArticle article)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (_knowledge.CountryByCode(id) is { } country)
        {
            names.Add(NameKey.Of(country.Name));
            names.UnionWith(country.Aliases.Select(NameKey.Of));
        }

        foreach (ArticleActor actor in article.Actors.Where(actor => actor.Id == id || (actor.Country == id && actor.Kind == "government" && !actor.IsListed)))
        {
            names.Add(NameKey.Of(actor.Name));
            names.UnionWith(actor.Mentions.Select(mention => NameKey.Of(mention.Span.Of(article.Text))));
        }

        return names;
    }

    private static bool NameMatches(string goldName, HashSet<string> names)
    {
        string key = NameKey.Of(goldName);
        // A person the gold knows only by surname ("Kerry") matches the full name's last word.
        return names.Contains(key) || names.Any(name => name.EndsWith(" " + key, StringComparison.Ordinal) || key.EndsWith(" " + name, StringComparison.Ordinal));
    }

    private static void Bump(Dictionary<string, (int Tp, int Predicted, int Gold)> byType, string type, int tp = 0, int predicted = 0, int gold = 0)
    {
        (int Tp, int Predicted, int Gold) current = byType.GetValueOrDefault(type);
        byType[type] = (current.Tp + tp, current.Predicted + predicted, current.Gold + gold);
    }

    private static string Describe(GoldEvent e) => $"{e.Type} {string.Join('+', e.Actors)} -> {string.Join('+', e.Recipients)} | {e.Evidence}";

    private string Describe(EventRecord e, AnnotatedArticle article) =>
        $"{e.Type} {string.Join('+', e.Actors.Select(id => _extractor.NameOf(id, article)))} -> {string.Join('+', e.Recipients.Select(id => _extractor.NameOf(id, article)))} | {e.Evidence.Of(article.Text)}";
}
