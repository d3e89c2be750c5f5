using Parley.Core;
using Parley.Events;
using Parley.Quotes;

namespace Parley.Ledger.Tests.Ingest;

/// <summary>
/// A ledger kept in lists, for testing the ingest pipeline without a database: it follows the contract's
/// write rules that the pipeline relies on (a stored article is skipped, same event or same quote merges,
/// a rejection is not doubled) and can be told to fail the n-th write as a full disk would.
/// </summary>
internal sealed class ListLedger : ILedger
{
    private readonly Dictionary<string, LedgerArticle> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _quotes = new(StringComparer.Ordinal);
    private readonly List<StoredRejection> _rejections = [];
    private readonly List<LedgerRun> _runs = [];

    public int FailOnWrite { get; init; } = int.MaxValue;

    public int Writes { get; private set; }

    public int KnownQueries { get; private set; }

    public int Mentions { get; private set; }

    /// <summary>The threads that wrote batches and rejections: name, and whether the thread pool's.</summary>
    public HashSet<(int Id, string? Name, bool Pooled)> WritingThreads { get; } = [];

    /// <summary>
    /// The process's threads named <see cref="Parley.Ledger.Ingest.IngestPipeline.AnalysisThreadName"/> when the first batch
    /// was written, with their nice values as Linux reports them (/proc; empty elsewhere).
    /// </summary>
    public IReadOnlyList<int> AnalysisThreadNiceValues { get; private set; } = [];

    public IReadOnlyCollection<LedgerArticle> Articles => _articles.Values;

    public string Backend => "lists";

    public void EnsureSchema()
    {
    }

    public long StartRun(string command, string parleyVersion, string knowledgeVersion, DateTimeOffset started)
    {
        _runs.Add(new LedgerRun(_runs.Count + 1, command, parleyVersion, knowledgeVersion, started, null, "running"));
        return _runs.Count;
    }

    public void FinishRun(long runId, string status, DateTimeOffset finished) =>
        _runs[(int)runId - 1] = _runs[(int)runId - 1] with { Finished = finished, Status = status };

    public IReadOnlySet<string> KnownArticles(IReadOnlyCollection<string> articleIds)
    {
        KnownQueries++;
        return articleIds.Where(_articles.ContainsKey).ToHashSet(StringComparer.Ordinal);
    }

    public WriteResult Write(IReadOnlyList<ArticleFindings> batch, long runId)
    {
        NoteWritingThread();
        if (Writes == 0)
        {
            AnalysisThreadNiceValues = NiceValuesOfThreadsNamed(Parley.Ledger.Ingest.IngestPipeline.AnalysisThreadName);
        }

        if (++Writes >= FailOnWrite)
        {
            throw new IOException("No space left on device");
        }

        WriteResult result = WriteResult.None;
        foreach (ArticleFindings findings in batch)
        {
            Article article = findings.Article;
            if (_articles.ContainsKey(article.Id))
            {
                result = result.Plus(new WriteResult(0, 1, 0, 0, 0, 0));
                continue;
            }

            _articles[article.Id] = new LedgerArticle(article.Id, findings.Source, article.Url, article.Outlet, article.Headline, article.Byline,
                article.Published, article.Updated, article.Language, article.Text, runId);
            int eventsCreated = 0, eventsMerged = 0, quotesCreated = 0, quotesMerged = 0;
            foreach (EventRecord record in findings.Events)
            {
                string key = $"{record.Type}|{string.Join('+', record.Actors.Order(StringComparer.Ordinal))}|{string.Join('+', record.Recipients.Order(StringComparer.Ordinal))}|{record.Date?.ToIso()}";
                Mentions++;
                if (_events.TryGetValue(key, out int count))
                {
                    _events[key] = count + 1;
                    eventsMerged++;
                }
                else
                {
                    _events[key] = 1;
                    eventsCreated++;
                }
            }

            foreach (QuoteRecord quote in findings.Quotes)
            {
                string key = $"{quote.Speaker.ActorId}|{quote.TextIn(article.Text)}";
                if (_quotes.TryGetValue(key, out int count))
                {
                    _quotes[key] = count + 1;
                    quotesMerged++;
                }
                else
                {
                    _quotes[key] = 1;
                    quotesCreated++;
                }
            }

            result = result.Plus(new WriteResult(1, 0, eventsCreated, eventsMerged, quotesCreated, quotesMerged));
        }

        return result;
    }

    public void RecordRejections(IReadOnlyList<Rejection> rejections, long runId)
    {
        NoteWritingThread();
        foreach (Rejection rejection in rejections)
        {
            if (!_rejections.Any(r => r.Source == rejection.Source && r.Code == rejection.Code && !r.Retried))
            {
                _rejections.Add(new StoredRejection(_rejections.Count + 1, rejection.Source, rejection.Code, rejection.Reason, runId, false));
            }
        }
    }

    // /proc/self/task/TID/stat: the 19th field is the nice value; the name (2nd) is in parentheses and may hold spaces.
    private static List<int> NiceValuesOfThreadsNamed(string name)
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }

        var values = new List<int>();
        foreach (string task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n') == name)
                {
                    string stat = File.ReadAllText(Path.Combine(task, "stat"));
                    string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    values.Add(int.Parse(fields[19 - 3], System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            catch (IOException)
            {
                // The thread ended while being read.
            }
        }

        return values;
    }

    private void NoteWritingThread() =>
        WritingThreads.Add((Environment.CurrentManagedThreadId, Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread));

    public void MarkRetried(IReadOnlyCollection<string> sources)
    {
        for (int i = 0; i < _rejections.Count; i++)
        {
            if (sources.Contains(_rejections[i].Source))
            {
                _rejections[i] = _rejections[i] with { Retried = true };
            }
        }
    }

    public WriteResult Import(IReadOnlyList<ImportedEvent> events, long runId) => throw new NotSupportedException();

    public IReadOnlyList<LedgerEvent> Events(EventQuery query) => throw new NotSupportedException();

    public IReadOnlyList<LedgerMention> MentionsOf(IReadOnlyCollection<string> eventIds) => throw new NotSupportedException();

    public IReadOnlyList<LedgerQuote> Quotes(QuoteQuery query) => throw new NotSupportedException();

    public IReadOnlyList<LedgerArticle> ArticlesOf(IReadOnlyCollection<string> articleIds) => throw new NotSupportedException();

    public IReadOnlyList<LedgerQuoteSource> SourcesOf(IReadOnlyCollection<string> quoteIds) => throw new NotSupportedException();

    public IReadOnlyList<LedgerActor> Actors(ActorQuery query) => throw new NotSupportedException();

    public IReadOnlyList<StoredRejection> Rejections(bool includeRetried = false) =>
        [.. _rejections.Where(r => includeRetried || !r.Retried).Reverse()];

    public IReadOnlyList<LedgerRun> Runs() => [.. Enumerable.Reverse(_runs)];

    public LedgerCounts Counts() => new(_articles.Count, _events.Count, Mentions, _quotes.Count, _quotes.Values.Sum(), 0, _rejections.Count, _runs.Count);

    public void Dispose()
    {
    }
}
