using System.Collections.Immutable;
using Parley.Evaluation.Gold;

namespace Parley.Evaluation.Quotes;

/// <summary>
/// The score of one article: matched quotes, the gold quotes missed and the predicted ones that match
/// nothing, per kind (precision counts predictions by their own kind, recall gold quotes by theirs),
/// and how many word-matched pairs also agree on the speaker.
/// </summary>
public sealed record ArticleQuoteScore(
    string Source,
    MatchCounts Total,
    ImmutableDictionary<string, MatchCounts> ByKind,
    int WordMatches,
    int SpeakerAgreements,
    ImmutableArray<GoldQuote> Missed,
    ImmutableArray<ScoredQuote> Spurious);

/// <summary>Scores one article's predicted quotes against its gold quotes with the rules of <see cref="QuoteMatcher"/>. Greedy, in gold order.</summary>
public static class QuoteScorer
{
    /// <summary>The kinds of the contract, in report order.</summary>
    public static readonly ImmutableArray<string> Kinds = ["direct", "partial", "indirect"];

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>.</summary>
    public static ArticleQuoteScore Score(string source, IReadOnlyList<GoldQuote> gold, IReadOnlyList<ScoredQuote> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        bool[] used = new bool[predicted.Count];
        bool[] wordUsed = new bool[predicted.Count];
        var missed = ImmutableArray.CreateBuilder<GoldQuote>();
        var matchedGold = new Dictionary<string, int>(StringComparer.Ordinal);
        var matchedPredicted = new Dictionary<string, int>(StringComparer.Ordinal);
        int wordMatches = 0;
        int speakerAgreements = 0;
        foreach (GoldQuote quote in gold)
        {
            // Of the predictions that agree, take the closest in words, so a partial inside a reported clause
            // does not take the clause's place (nor the clause the partial's).
            int found = -1;
            double best = -1;
            for (int p = 0; p < predicted.Count; p++)
            {
                if (!used[p] && QuoteMatcher.WordsAgree(quote.Text, predicted[p].Text) && QuoteMatcher.SpeakerAgrees(quote.Speaker, predicted[p])
                    && QuoteMatcher.Closeness(quote.Text, predicted[p].Text) + (predicted[p].Kind == quote.Kind ? 0.5 : 0) is var score && score > best)
                {
                    (found, best) = (p, score);
                }
            }

            // Speaker accuracy is measured on the pairs whose words agree, whoever the speaker.
            int byWords = Enumerable.Range(0, predicted.Count).FirstOrDefault(p => !wordUsed[p] && QuoteMatcher.WordsAgree(quote.Text, predicted[p].Text), -1);
            if (byWords >= 0)
            {
                wordUsed[byWords] = true;
                wordMatches++;
                if (found >= 0)
                {
                    speakerAgreements++;
                }
            }

            if (found < 0)
            {
                missed.Add(quote);
                continue;
            }

            used[found] = true;
            matchedGold[quote.Kind] = matchedGold.GetValueOrDefault(quote.Kind) + 1;
            matchedPredicted[predicted[found].Kind] = matchedPredicted.GetValueOrDefault(predicted[found].Kind) + 1;
        }

        var byKind = ImmutableDictionary.CreateBuilder<string, MatchCounts>(StringComparer.Ordinal);
        foreach (string kind in Kinds)
        {
            // Per kind, precision uses the predictions of that kind and recall the gold quotes of that kind,
            // so Matched is reported as the gold-side count and precision is recomputed in the report.
            byKind[kind] = new MatchCounts(matchedGold.GetValueOrDefault(kind), predicted.Count(q => q.Kind == kind), gold.Count(q => q.Kind == kind));
            byKind[kind + ":predicted-matched"] = new MatchCounts(matchedPredicted.GetValueOrDefault(kind), predicted.Count(q => q.Kind == kind), 0);
        }

        int matched = used.Count(u => u);
        return new ArticleQuoteScore(source, new MatchCounts(matched, predicted.Count, gold.Count), byKind.ToImmutable(),
            wordMatches, speakerAgreements, missed.ToImmutable(), [.. predicted.Where((_, p) => !used[p])]);
    }
}
