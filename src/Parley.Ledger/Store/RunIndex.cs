using Parley.Core;

namespace Parley.Ledger.Store;

/// <summary>
/// What a single writer (DuckDB) knows of its ledger, held in memory for the life of the open ledger so
/// that a batch does not look its keys up in the database: DuckDB answers a key lookup with a hash join
/// over the whole column, so the lookups of every batch grew with the ledger (docs/ledger.md, Speed).
/// Loaded once, on first use, from the stored keys; then kept up to date by the writer. It stays right
/// because nobody else can write the file; a rolled-back transaction or a statement from outside the
/// writer drops it (<see cref="Invalidate"/>), and it is loaded again.
/// <list type="bullet">
/// <item>Article ids, merge keys and quote ids in Bloom filters of a fixed size (<see cref="KeyFilter"/>): a miss is
/// certain and a hit is checked in the database, so the index costs the same at 10,000 articles as at a million.</item>
/// <item>The events of recently used merge keys with their merged state (the candidates of the merge rule), filed
/// by year so that a batch reads and copies only the years its reports reach, at most <see cref="MaxCachedEvents"/> by
/// default: older keys are dropped and read from the database again when used.</item>
/// <item>Actors and whether they are listed (bounded by the knowledge base and the names in the news).</item>
/// </list>
/// With more than <see cref="MaxKeys"/> stored keys it is not used at all and every lookup asks the database.
/// </summary>
internal sealed class RunIndex
{
    /// <summary>
    /// Stored keys above which the index is not kept and lookups go to the database: its filters answer "maybe" to a growing
    /// share of new keys (at this limit, about 1.1 million articles, one new quote id in 14), and reading every key at open takes seconds.
    /// </summary>
    public const int MaxKeys = 6_000_000;

    /// <summary>Events kept with their merge state, in two generations of half this size each.</summary>
    public const int MaxCachedEvents = 24_000;

    private readonly int _maxCachedEvents;
    private readonly Lock _articlesTurn = new();
    private readonly int _filterBits;
    private KeyFilter? _articles;
    private KeyFilter? _mergeKeys;
    private KeyFilter? _quotes;
    private Dictionary<string, bool>? _actors;
    private Dictionary<string, CachedKey> _young = new(StringComparer.Ordinal);
    private Dictionary<string, CachedKey> _old = new(StringComparer.Ordinal);
    private int _youngEvents;
    private bool _tooBig;

    /// <param name="maxCachedEvents">Events kept with their merge state; tests make it small to push events out.</param>
    /// <param name="filterBits">
    /// Bits of the merge-key filter; quotes (about 2.5 an article) get twice as many, and article ids four times as many,
    /// since a false "maybe" for one of a batch's articles sends the whole batch's ids to the database. Tests make it tiny
    /// so that every key is a "maybe". By default 1 + 2 + 4 MiB.
    /// </param>
    public RunIndex(int maxCachedEvents = MaxCachedEvents, int filterBits = KeyFilter.DefaultBits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCachedEvents, 2);
        _maxCachedEvents = maxCachedEvents;
        _filterBits = filterBits;
    }

    /// <summary>How many times the index was loaded from the database (once per open ledger, unless invalidated).</summary>
    public int Loads { get; private set; }

    /// <summary>Drops everything: the database is the truth, and the index is loaded from it again when next used.</summary>
    public void Invalidate()
    {
        lock (_articlesTurn)
        {
            _articles = null;
        }

        _mergeKeys = _quotes = null;
        _actors = null;
        _young = new(StringComparer.Ordinal);
        _old = new(StringComparer.Ordinal);
        _youngEvents = 0;
        _tooBig = false;
    }

    /// <summary>True when the index can answer; loads it from the database on first use.</summary>
    public bool Ready(Sql sql)
    {
        if (_tooBig)
        {
            return false;
        }

        if (_articles is not null)
        {
            return true;
        }

        long stored = sql.Long("SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM events) + (SELECT count(*) FROM quotes)");
        if (stored > MaxKeys)
        {
            _tooBig = true;
            return false;
        }

        var articles = new KeyFilter(_filterBits * 4);
        var mergeKeys = new KeyFilter(_filterBits);
        var quotes = new KeyFilter(_filterBits * 2);
        sql.ForEach("SELECT article_id FROM articles", reader => articles.Add(Sql.Text(reader, 0)));
        sql.ForEach("SELECT DISTINCT merge_key FROM events WHERE origin = 'parley'", reader => mergeKeys.Add(Sql.Text(reader, 0)));
        sql.ForEach("SELECT quote_id FROM quotes", reader => quotes.Add(Sql.Text(reader, 0)));
        _actors = sql.Query("SELECT actor_id, listed FROM actors", reader => (Id: Sql.Text(reader, 0), Listed: Sql.Bool(reader, 1)))
            .ToDictionary(row => row.Id, row => row.Listed, StringComparer.Ordinal);
        (_mergeKeys, _quotes) = (mergeKeys, quotes);
        lock (_articlesTurn)
        {
            _articles = articles;
        }

        Loads++;
        return true;
    }

    /// <summary>The ids that may be stored (a hit is checked in the database); the others certainly are not.</summary>
    public List<string> MaybeArticles(IEnumerable<string> ids)
    {
        lock (_articlesTurn)
        {
            return [.. ids.Where(_articles!.MayContain)];
        }
    }

    /// <summary>
    /// True when the index is loaded and none of the ids may be stored. Safe from the ingest's reader thread while the
    /// writer holds the connection: the article ids have a lock of their own, so the reader does not wait for a commit.
    /// </summary>
    public bool NoneOfArticles(IEnumerable<string> ids)
    {
        lock (_articlesTurn)
        {
            return _articles is { } articles && !ids.Any(articles.MayContain);
        }
    }

    public void AddArticles(IEnumerable<string> ids)
    {
        lock (_articlesTurn)
        {
            foreach (string id in ids)
            {
                _articles!.Add(id);
            }
        }
    }

    /// <summary>
    /// The cached events of a merge key that one of <paramref name="reports"/> (a date and the article's publication
    /// date each) can join by the merge rule, sorted by id, if the key is cached: new objects the caller may change,
    /// with the key string the cache holds (so a batch's events share one instance). Only the years the reports reach
    /// are looked at, and only the events a report could join are made into objects: a key's history grows with the
    /// ledger (one event per date its parties met), and unpacking all of it every batch made the writer's garbage grow
    /// with the corpus.
    /// </summary>
    public bool TryGetEvents(string mergeKey, List<(FuzzyDate? Date, DateOnly? Published)> reports, out string cachedKey, out List<MergedEvent> events)
    {
        if (!_young.TryGetValue(mergeKey, out CachedKey entry))
        {
            if (!_old.Remove(mergeKey, out entry))
            {
                (cachedKey, events) = (mergeKey, []);
                return false;
            }

            Keep(entry);
        }

        cachedKey = entry.Key;
        List<(int First, int Last)> reached = reports.ConvertAll(report => EventMerge.YearsJoined(report.Date, report.Published));
        var found = new List<CachedEvent>();
        foreach (YearOfEvents year in entry.Years)
        {
            if (!reached.Exists(range => range.First <= year.Year && year.Year <= range.Last))
            {
                continue;
            }

            foreach (CachedEvent cached in year.Events)
            {
                if (reports.Exists(report => EventMerge.Joins(cached.Date, cached.ReportedOn, report.Date, report.Published)))
                {
                    found.Add(cached);
                }
            }
        }

        // Each year is sorted by id; a report reaching two years takes from both.
        found.Sort((a, b) => a.Id.CompareTo(b.Id));
        events = found.ConvertAll(cached => cached.Unpack(entry.Key));
        return true;
    }

    /// <summary>Whether the events of a merge key are held in memory now (without touching their generation).</summary>
    public bool Caches(string mergeKey) => _young.ContainsKey(mergeKey) || _old.ContainsKey(mergeKey);

    /// <summary>Whether events with this merge key may be stored (false: certainly none).</summary>
    public bool MayHaveEvents(string mergeKey) => _mergeKeys!.MayContain(mergeKey);

    /// <summary>
    /// Caches the events of a merge key as committed with this batch. <paramref name="complete"/>: the list is all
    /// of the key's events (read from the database, or a key new to the ledger) and replaces what was cached;
    /// otherwise it is the part <see cref="TryGetEvents"/> handed out, plus events created since, and is merged by
    /// id into what is cached (a key no longer cached is left to the database). A key with an event the cache
    /// cannot hold exactly is dropped, and read from the database when it comes again.
    /// </summary>
    public void Put(string mergeKey, List<MergedEvent> events, bool complete)
    {
        _mergeKeys!.Add(mergeKey);
        YearOfEvents[] kept = [];
        if (!complete)
        {
            if (_young.TryGetValue(mergeKey, out CachedKey cached) || _old.TryGetValue(mergeKey, out cached))
            {
                kept = cached.Years;
            }
            else
            {
                return;
            }
        }

        Forget(mergeKey);
        var packed = new List<CachedEvent>(events.Count);
        foreach (MergedEvent item in events)
        {
            if (!CachedEvent.TryPack(item, out CachedEvent one))
            {
                return;
            }

            packed.Add(one);
        }

        YearOfEvents[] years = File(kept, packed);
        if (years.Length > 0)
        {
            Keep(new CachedKey(mergeKey, years, years.Sum(year => year.Events.Length)));
        }
    }

    /// <summary>
    /// A key's years with the batch's events filed in: only the years the batch touches are copied, so what a batch
    /// copies is bounded by a year of the key's history, not by all of it (whole histories copied every batch were
    /// the large object heap's growth over a long ingest). An event that took a more precise date may now be filed
    /// a year earlier or later (a week that runs into the next year), so its old copy is looked for a year either side.
    /// </summary>
    private static YearOfEvents[] File(YearOfEvents[] kept, List<CachedEvent> packed)
    {
        var batch = new Dictionary<int, List<CachedEvent>>();
        var touched = new HashSet<int>();
        var ids = new HashSet<ulong>();
        foreach (CachedEvent one in packed)
        {
            int year = EventMerge.YearFiled(one.Date, one.ReportedOn);
            (batch.TryGetValue(year, out List<CachedEvent>? list) ? list : batch[year] = []).Add(one);
            touched.UnionWith([year - 1, year, year + 1]);
            ids.Add(one.Id);
        }

        var years = new List<YearOfEvents>(kept.Length + batch.Count);
        foreach (YearOfEvents year in kept)
        {
            if (!touched.Contains(year.Year))
            {
                years.Add(year);
                continue;
            }

            // The batch's copy of an event replaces the stored one, wherever it is filed now.
            List<CachedEvent> newer = batch.Remove(year.Year, out List<CachedEvent>? list) ? list : [];
            newer.Sort((a, b) => a.Id.CompareTo(b.Id));
            CachedEvent[] merged = Merge([.. year.Events.Where(one => !ids.Contains(one.Id))], newer);
            if (merged.Length > 0)
            {
                years.Add(new YearOfEvents(year.Year, merged));
            }
        }

        foreach ((int year, List<CachedEvent> list) in batch)
        {
            list.Sort((a, b) => a.Id.CompareTo(b.Id));
            years.Add(new YearOfEvents(year, [.. list]));
        }

        years.Sort((a, b) => a.Year.CompareTo(b.Year));
        return [.. years];
    }

    /// <summary>Two id-sorted lists with no id in common as one.</summary>
    private static CachedEvent[] Merge(CachedEvent[] older, List<CachedEvent> newer)
    {
        var all = new CachedEvent[older.Length + newer.Count];
        int i = 0, j = 0, k = 0;
        while (i < older.Length || j < newer.Count)
        {
            all[k++] = j == newer.Count || (i < older.Length && older[i].Id < newer[j].Id) ? older[i++] : newer[j++];
        }

        return all;
    }

    private void Forget(string mergeKey)
    {
        if (_young.Remove(mergeKey, out CachedKey young))
        {
            _youngEvents -= young.Count;
        }

        _old.Remove(mergeKey);
    }

    private void Keep(CachedKey entry)
    {
        _young[entry.Key] = entry;
        _youngEvents += entry.Count;
        if (_youngEvents > _maxCachedEvents / 2)
        {
            // The older generation goes; its events are read from the database if their key comes again.
            _old = _young;
            _young = new(StringComparer.Ordinal);
            _youngEvents = 0;
        }
    }

    /// <summary>A cached merge key (the one string instance its batches share), its events by the year they are filed under, and how many.</summary>
    private readonly record struct CachedKey(string Key, YearOfEvents[] Years, int Count);

    /// <summary>The cached events of one key filed under one year (<see cref="EventMerge.YearFiled"/>), sorted by id.</summary>
    private readonly record struct YearOfEvents(int Year, CachedEvent[] Events);

    /// <summary>Whether a quote with this id may be stored (false: certainly not).</summary>
    public bool MayHaveQuote(string quoteId) => _quotes!.MayContain(quoteId);

    public void AddQuotes(IEnumerable<string> ids)
    {
        foreach (string id in ids)
        {
            _quotes!.Add(id);
        }
    }

    /// <summary>Stored actors and whether each is listed.</summary>
    public Dictionary<string, bool> Actors => _actors!;
}
