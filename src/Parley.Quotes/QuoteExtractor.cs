using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Parley.Annotate;
using Parley.Annotate.Lexicons;
using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;
using Parley.Core;
using Parley.Knowledge;
using Parley.Quotes.Attribution;
using Parley.Quotes.Cues;
using Parley.Quotes.Marks;
using Parley.Quotes.Reported;

namespace Parley.Quotes;

/// <summary>
/// The quote stage: an <see cref="AnnotatedArticle"/> in, its quotes out. Every quoted stretch that a
/// cue attributes to a speaker becomes a direct or partial quote; a stretch with no cue continues the
/// quotation just before it when it opens its sentence (news reopens the mark at each sentence or
/// paragraph of a continuing quotation); any other stretch is a scare quote or a term nobody is said to
/// have spoken and is left out. Reported speech after a reporting verb becomes an indirect quote.
/// Build once and reuse; thread-safe.
/// </summary>
public sealed class QuoteExtractor
{
    private readonly CueFinder _cues;
    private readonly ReportedSpeechFinder _reported;

    /// <summary>Builds the stage over a knowledge base (role nouns) and the shipped reporting verbs and attribution cues.</summary>
    public QuoteExtractor(KnowledgeBase knowledge)
        : this(knowledge, ReportingVerbs.Shipped, AttributionCues.Shipped)
    {
    }

    /// <summary>Builds the stage over the given lexicons.</summary>
    public QuoteExtractor(KnowledgeBase knowledge, ReportingVerbs verbs, AttributionCues phrases)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var speakers = new SpeakerResolver(knowledge);
        _cues = new CueFinder(verbs, phrases, speakers);
        _reported = new ReportedSpeechFinder(verbs, _cues, speakers);
    }

    /// <summary>The article's quotes in text order.</summary>
    public IReadOnlyList<QuoteRecord> Extract(AnnotatedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        IReadOnlyList<Quotation> quotations = QuotationFinder.Find(article.Text);
        var words = new ArticleWords(article, quotations.Select(quotation => quotation.Span));
        var quotes = new List<QuoteRecord>();
        (Speaker Speaker, int Sentence)? previous = null;
        int next = 0;
        List<Quotation> pending = [];
        for (int s = 0; s < article.Sentences.Length; s++)
        {
            // Quotations opening in this sentence, then its reported speech, so "he said" can look back in order.
            for (; next < quotations.Count && quotations[next].Words.Start < article.Sentences[s].Span.End; next++)
            {
                Quotation quotation = quotations[next];
                if (Attribute(article, words, quotation, previous) is not { } quote)
                {
                    // A stretch the writer left open may be attributed by the stretch that continues it.
                    pending = quotation.IsClosed ? [] : [.. pending, quotation];
                    continue;
                }

                // "As rich countries get richer ... "2005 offers the chance ...," said Barbara Stocking: the cue at the
                // end of a continuing quotation attributes its earlier, reopened stretches too.
                foreach (Quotation earlier in pending.Where(earlier => quotation.Span.Start - earlier.Span.End <= 3))
                {
                    quotes.Add(Record(article, words, earlier, quote.Speaker, cue: null));
                }

                pending = [];
                quotes.Add(quote);
                previous = (quote.Speaker, SentenceIndex(article, quotation.Words.End - 1));
                words.RecentSpeaker = (quote.Speaker, words.TokenAt(quotation.Span.End - 1));
            }

            IEnumerable<ReportedSpeech> reported = _reported.Find(words, article.Sentences[s]).ToList() is { Count: > 0 } found ? found
                : _reported.FindPostposed(words, article.Sentences[s]) is { } postposed ? [postposed] : [];
            foreach (ReportedSpeech speech in reported)
            {
                quotes.Add(new QuoteRecord(Id(article, speech.Clause, QuoteKind.Indirect), speech.Speaker, speech.Clause, QuoteKind.Indirect,
                    speech.Verb, article.Sentences[s].Span));
                previous = (speech.Speaker, s);
                words.RecentSpeaker = (speech.Speaker, words.TokenAt(speech.Clause.End - 1));
            }
        }

        return [.. quotes.OrderBy(quote => quote.Words.Start)];
    }

    private QuoteRecord? Attribute(AnnotatedArticle article, ArticleWords words, Quotation quotation, (Speaker Speaker, int Sentence)? previous)
    {
        int open = words.TokenAt(quotation.Span.Start);
        int close = Math.Min(words.TokenAt(quotation.Span.End - 1), words.Tokens.Count - 1);
        int first = SentenceIndex(article, quotation.Words.Start);
        int last = SentenceIndex(article, quotation.Words.End - 1);
        if (first < 0 || last < 0 || open >= words.Tokens.Count)
        {
            return null;
        }

        Sentence sentence = article.Sentences[first];
        Sentence closing = article.Sentences[last];
        Cue? cue = _cues.Find(words, closing, open, close) ?? (first != last ? _cues.Find(words, sentence, open, close) : null);
        Speaker? speaker = cue?.Speaker;
        // The splitter can leave an opening mark as the last token of the sentence before.
        bool opensSentence = open <= sentence.FirstToken && open >= sentence.FirstToken - 1;
        if (speaker is null && opensSentence && previous is { } before && before.Sentence >= first - 1)
        {
            speaker = before.Speaker;
        }

        if (speaker is null)
        {
            return null;
        }

        return Record(article, words, quotation, speaker, cue?.Span);
    }

    private static QuoteRecord Record(AnnotatedArticle article, ArticleWords words, Quotation quotation, Speaker speaker, TextSpan? cue)
    {
        int open = words.TokenAt(quotation.Span.Start);
        Sentence sentence = article.Sentences[Math.Max(0, SentenceIndex(article, quotation.Words.Start))];
        Sentence closing = article.Sentences[Math.Max(0, SentenceIndex(article, quotation.Words.End - 1))];
        QuoteKind kind = IsFullUtterance(words, quotation, sentence, open) ? QuoteKind.Direct : QuoteKind.Partial;
        TextSpan evidence = TextSpan.FromBounds(Math.Min(sentence.Span.Start, quotation.Span.Start), Math.Max(closing.Span.End, quotation.Span.End));
        return new QuoteRecord(Id(article, quotation.Words, kind), speaker, quotation.Words, kind, cue, evidence);
    }

    // A full utterance opens with a capital and either stands at the start of its sentence, follows a
    // colon, a comma or a reporting verb, or ends a sentence of its own; anything else is a fragment.
    private static bool IsFullUtterance(ArticleWords words, Quotation quotation, Sentence sentence, int open)
    {
        string text = words.Text;
        char initial = text[quotation.Words.Start];
        if (!char.IsUpper(initial) && !char.IsDigit(initial))
        {
            return false;
        }

        if (open <= sentence.FirstToken || open == 0 || words.Word(open - 1) is ":" or ",")
        {
            return true;
        }

        char final = text[quotation.Words.End - 1];
        return final is '.' or '?' or '!' || words.Tokens[open - 1].Kind == TokenKind.Word && IsVerbBefore(words, open - 1);
    }

    private static bool IsVerbBefore(ArticleWords words, int t) => ReportingVerbs.Shipped.Contains(words.Word(t));

    private static int SentenceIndex(AnnotatedArticle article, int offset)
    {
        int low = 0;
        int high = article.Sentences.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            TextSpan span = article.Sentences[middle].Span;
            if (offset < span.Start)
            {
                high = middle - 1;
            }
            else if (offset >= span.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    private static string Id(AnnotatedArticle article, TextSpan span, QuoteKind kind)
    {
        string key = string.Create(CultureInfo.InvariantCulture, $"{article.Article.Id}:{span.Start}:{span.End}:{kind}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}
