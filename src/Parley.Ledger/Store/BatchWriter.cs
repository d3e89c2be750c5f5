using Parley.Core;
using Parley.Events;
using Parley.Quotes;

namespace Parley.Ledger.Store;

/// <summary>
/// Writes one batch of analysed articles inside the caller's transaction: claims the new articles,
/// locks the merge keys and quote ids (PostgreSQL), merges events and quotes with what is stored,
/// then inserts and updates in a few multi-row statements.
/// </summary>
internal sealed class BatchWriter(Sql sql, Action<IEnumerable<string>> lockKeys)
{
    /// <summary>Events below this confidence are listed by analyze but not kept in the ledger.</summary>
    public const double MinimumConfidence = 0.5;

    private static readonly Column[] ArticleColumns =
    [
        new("article_id", "TEXT"), new("source", "TEXT"), new("url", "TEXT"), new("outlet", "TEXT"), new("headline", "TEXT"),
        new("byline", "TEXT"), new("published", "TEXT"), new("published_utc", "TIMESTAMP"), new("published_date", "DATE"),
        new("updated", "TEXT"), new("language", "TEXT"), new("text", "TEXT"), new("run_id", "BIGINT"),
    ];

    internal static readonly Column[] EventColumns =
    [
        new("event_id", "TEXT"), new("merge_key", "TEXT"), new("type", "TEXT"), new("mode", "TEXT"), new("medium", "TEXT"),
        new("cameo", "TEXT"), new("status", "TEXT"), new("date_start", "DATE"), new("date_end", "DATE"), new("date_precision", "TEXT"),
        new("duration", "TEXT"), new("topics", "TEXT"), new("confidence", "DOUBLE PRECISION"), new("origin", "TEXT"),
        new("origin_id", "TEXT"), new("mention_count", "INTEGER"), new("rare", "BOOLEAN"), new("reported_on", "DATE"), new("run_id", "BIGINT"),
        new("merge_hash", "BIGINT"),
    ];

    // What a merge may change in a stored event (the key first), for one set-based UPDATE per batch.
    private static readonly Column[] MergedEventColumns =
    [
        new("event_id", "TEXT"), new("medium", "TEXT"), new("date_start", "DATE"), new("date_end", "DATE"), new("date_precision", "TEXT"),
        new("duration", "TEXT"), new("topics", "TEXT"), new("confidence", "DOUBLE PRECISION"), new("mention_count", "INTEGER"),
    ];

    private static readonly Column[] CountedEventColumns = [new("event_id", "TEXT"), new("mention_count", "INTEGER")];

    internal static readonly Column[] EventActorColumns = [new("event_id", "TEXT"), new("actor_id", "TEXT"), new("role", "TEXT")];

    internal static readonly Column[] MentionColumns =
    [
        new("event_id", "TEXT"), new("article_id", "TEXT"), new("span_start", "INTEGER"), new("span_length", "INTEGER"),
        new("evidence", "TEXT"), new("trigger_row", "TEXT"), new("confidence", "DOUBLE PRECISION"), new("reported_by", "TEXT"),
        new("source_ref", "TEXT"), new("run_id", "BIGINT"),
    ];

    internal static readonly Column[] ActorColumns =
        [new("actor_id", "TEXT"), new("name", "TEXT"), new("kind", "TEXT"), new("country", "TEXT"), new("listed", "BOOLEAN")];

    private static readonly Column[] QuoteColumns =
    [
        new("quote_id", "TEXT"), new("speaker_id", "TEXT"), new("speaker_name", "TEXT"), new("speaker_description", "TEXT"),
        new("kind", "TEXT"), new("words", "TEXT"), new("source_count", "INTEGER"),
    ];

    private static readonly Column[] QuoteSourceColumns =
    [
        new("quote_id", "TEXT"), new("article_id", "TEXT"), new("words_start", "INTEGER"), new("words_length", "INTEGER"),
        new("evidence_start", "INTEGER"), new("evidence_length", "INTEGER"), new("cue", "TEXT"),
    ];

    internal const string EventSelect =
        "SELECT event_id, merge_key, type, mode, medium, cameo, status, date_start, date_precision, duration, topics, confidence, "
        + "mention_count, reported_on, origin, origin_id, rare FROM events";

    internal const string ActorUpsert = "ON CONFLICT (actor_id) DO UPDATE SET listed = actors.listed OR excluded.listed";

    public WriteResult Write(IReadOnlyList<ArticleFindings> batch, long runId)
    {
        // 1. Claim the articles: the first copy of each id in the batch, not already stored. On PostgreSQL,
        // ON CONFLICT DO NOTHING means an article another worker is writing right now stays theirs.
        List<ArticleFindings> distinct = [.. batch.DistinctBy(findings => findings.Article.Id, StringComparer.Ordinal)];
        IReadOnlySet<string> known = KnownArticles(sql, [.. distinct.Select(findings => findings.Article.Id)]);
        List<ArticleFindings> fresh = [.. distinct.Where(findings => !known.Contains(findings.Article.Id)).OrderBy(findings => findings.Article.Id, StringComparer.Ordinal)];
        HashSet<string> claimed;
        if (sql.SingleWriter)
        {
            // A single-writer backend: what is not stored now cannot be stored by anyone else before commit.
            sql.Append("articles", ArticleColumns, fresh.Select(findings => ArticleRow(findings, runId)));
            claimed = [.. fresh.Select(findings => findings.Article.Id)];
            sql.ReadyIndex?.AddArticles(claimed);
        }
        else
        {
            claimed = fresh.Count == 0 ? [] : [.. sql.InsertRows(
                "articles", ArticleColumns, fresh.Select(findings => ArticleRow(findings, runId)),
                "ON CONFLICT DO NOTHING RETURNING article_id", reader => Sql.Text(reader, 0))];
        }

        List<ArticleFindings> mine = [.. distinct.Where(findings => claimed.Contains(findings.Article.Id))];
        int skipped = batch.Count - mine.Count;
        if (mine.Count == 0)
        {
            return WriteResult.None with { ArticlesSkipped = skipped };
        }

        List<PendingEvent> events = [.. PendingEvents(mine)];
        List<PendingQuote> quotes = [.. PendingQuotes(mine)];

        // 2. Lock what may merge, in sorted order, before reading the candidates (no-op on DuckDB).
        lockKeys(events.Select(pending => pending.MergeKey).Concat(quotes.Select(pending => pending.QuoteId)));

        (int eventsCreated, int eventsMerged) = WriteEvents(events, runId);
        (int quotesCreated, int quotesMerged) = WriteQuotes(quotes);
        WriteActors(mine);
        return new WriteResult(mine.Count, skipped, eventsCreated, eventsMerged, quotesCreated, quotesMerged);
    }

    public static IReadOnlySet<string> KnownArticles(Sql sql, IReadOnlyCollection<string> ids)
    {
        // With the run index only the ids it may hold are asked (none, in a fresh ingest).
        IReadOnlyCollection<string> ask = sql.ReadyIndex is { } index ? index.MaybeArticles(ids) : ids;
        return ask.Count == 0 ? new HashSet<string>(StringComparer.Ordinal)
            : sql.QueryIn("SELECT article_id FROM articles", "article_id", ask, reader => Sql.Text(reader, 0)).ToHashSet(StringComparer.Ordinal);
    }

    private static object?[] ArticleRow(ArticleFindings findings, long runId)
    {
        Article article = findings.Article;
        return
        [
            article.Id, findings.Source, article.Url, article.Outlet, article.Headline, article.Byline, article.Published?.ToIso(),
            article.Published?.Instant is { } instant ? Sql.Utc(instant) : null, article.Published?.Date,
            article.Updated?.ToIso(), article.Language, article.Text, runId,
        ];
    }

    private sealed record PendingEvent(ArticleFindings Findings, EventRecord Record, int Index, string MergeKey);

    private sealed record PendingQuote(ArticleFindings Findings, QuoteRecord Record, string QuoteId, string Words);

    private static IEnumerable<PendingEvent> PendingEvents(IEnumerable<ArticleFindings> articles) =>
        articles.SelectMany(findings => findings.Events
            .Select((record, index) => new PendingEvent(findings, record, index, Keys.MergeKey(record)))
            .Where(pending => pending.Record.Confidence >= MinimumConfidence));

    private static IEnumerable<PendingQuote> PendingQuotes(IEnumerable<ArticleFindings> articles) =>
        articles.SelectMany(findings => findings.Quotes.Select(record =>
        {
            string words = record.TextIn(findings.Article.Text);
            return new PendingQuote(findings, record, Keys.QuoteId(record.Speaker.ActorId, words), words);
        }));

    private (int Created, int Merged) WriteEvents(List<PendingEvent> pending, long runId)
    {
        if (pending.Count == 0)
        {
            return (0, 0);
        }

        RunIndex? index = sql.ReadyIndex;
        Dictionary<string, List<(FuzzyDate? Date, DateOnly? Published)>> reports = pending.GroupBy(item => item.MergeKey, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(item => (item.Record.Date, item.Findings.Article.Published?.Date)).ToList(), StringComparer.Ordinal);
        Dictionary<string, List<MergedEvent>> candidates = Candidates(reports, index, out HashSet<string> partial);
        var keys = new HashSet<string>(candidates.Keys, StringComparer.Ordinal);
        var created = new List<MergedEvent>();
        var mentions = new List<object?[]>();
        int merged = 0;
        foreach (PendingEvent item in pending)
        {
            EventRecord record = item.Record;
            DateOnly? published = item.Findings.Article.Published?.Date;
            List<object?[]> rows = [.. MentionRows(item, runId)];
            // One string per key, shared by the dictionary and its events (the run index keeps them).
            string mergeKey = keys.TryGetValue(item.MergeKey, out string? known) ? known : item.MergeKey;
            keys.Add(mergeKey);
            List<MergedEvent> sameKey = candidates.TryGetValue(mergeKey, out List<MergedEvent>? list) ? list : candidates[mergeKey] = [];
            MergedEvent? target = sameKey.FirstOrDefault(candidate => EventMerge.Joins(candidate, record.Date, published));
            if (target is null)
            {
                target = new MergedEvent
                {
                    Id = Keys.EventId(item.MergeKey, record.Date?.ToIso(), item.Findings.Article.Id, item.Index),
                    MergeKey = mergeKey, Type = SharedStrings.Share(record.Type), Mode = SharedStrings.ShareOrNull(record.Mode),
                    Cameo = SharedStrings.Share(record.Cameo), Status = SharedStrings.Share(record.Status),
                    Actors = record.Actors, Recipients = record.Recipients, ReportedOn = published,
                };
                InsertById(sameKey, target);
                created.Add(target);
            }
            else
            {
                merged++;
            }

            EventMerge.Absorb(target, record.Date, record.Duration, record.Medium, record.Topics, record.Confidence, rows.Count);
            mentions.AddRange(rows.Select(row => { row[0] = target.Id; return row; }));
        }

        sql.Append("events", EventColumns, created.Select(item => EventRow(item, "parley", null, runId)));
        sql.Append("event_actors", EventActorColumns, created.SelectMany(ActorRows));
        List<MergedEvent> changed = [.. candidates.Values.SelectMany(list => list).Where(item => item.Changed).OrderBy(item => item.Id, StringComparer.Ordinal)];
        // A report that adds nothing but itself updates the count alone: DuckDB keeps undo information for each column an
        // UPDATE sets, in every 2,048-row vector it touches, until the next checkpoint; merges reach events all over the
        // table, so setting all eight columns for every merge made that memory grow with the ledger (docs/ledger.md, Speed).
        sql.UpdateRows("events", MergedEventColumns, changed.Where(item => item.DetailsChanged).Select(item => new object?[]
            {
                item.Id, item.Medium, item.Date?.Start, item.Date?.End, item.Date?.PrecisionName, item.Duration?.ToIso(),
                string.Join('|', item.Topics), item.Confidence, item.MentionCount,
            }),
            "medium = v.medium, date_start = v.date_start, date_end = v.date_end, date_precision = v.date_precision, duration = v.duration, "
            + "topics = v.topics, confidence = v.confidence, mention_count = v.mention_count");
        sql.UpdateRows("events", CountedEventColumns, changed.Where(item => !item.DetailsChanged).Select(item => new object?[] { item.Id, item.MentionCount }),
            "mention_count = v.mention_count");

        sql.Append("event_mentions", MentionColumns, mentions);
        if (index is not null)
        {
            // As committed: the next batch finds these in memory (a failed commit drops the index).
            changed.ForEach(item => item.Changed = item.DetailsChanged = false);
            foreach (MergedEvent item in created)
            {
                // Participants are written; the merge needs only the key, the date and the details.
                item.Stored = true;
                item.Actors = item.Recipients = [];
            }

            foreach ((string key, List<MergedEvent> list) in candidates)
            {
                index.Put(key, list, complete: !partial.Contains(key));
            }
        }

        return (created.Count, merged);
    }

    /// <summary>
    /// The stored Parley events of each merge key that a report of this batch could join, sorted by id. With the
    /// run index, cached keys come from memory, keys it has never seen have none, and only the rest are read from
    /// the database; without it every key is. <paramref name="partial"/> names the keys whose list is not their
    /// whole history (all but the keys new to the ledger).
    /// </summary>
    private Dictionary<string, List<MergedEvent>> Candidates(Dictionary<string, List<(FuzzyDate? Date, DateOnly? Published)>> reports, RunIndex? index,
        out HashSet<string> partial)
    {
        var candidates = new Dictionary<string, List<MergedEvent>>(StringComparer.Ordinal);
        partial = new HashSet<string>(StringComparer.Ordinal);
        List<string> ask = [.. reports.Keys];
        if (index is not null)
        {
            ask = [];
            foreach ((string key, List<(FuzzyDate? Date, DateOnly? Published)> dates) in reports)
            {
                if (index.TryGetEvents(key, dates, out string cachedKey, out List<MergedEvent> cached))
                {
                    // Keyed by the cache's own string, so this batch's events share it too.
                    candidates[cachedKey] = cached;
                    partial.Add(cachedKey);
                }
                else if (index.MayHaveEvents(key))
                {
                    ask.Add(key);
                }
            }
        }

        if (ask.Count > 0)
        {
            // Only the events a report could join: a key's history grows with the ledger (one event per day its
            // parties meet), and reading all of it for every key the cache no longer holds grew with the corpus.
            foreach (IGrouping<string, MergedEvent> group in Joinable(sql, ask, reports).GroupBy(item => item.MergeKey, StringComparer.Ordinal))
            {
                candidates[group.Key] = [.. group];
            }

            partial.UnionWith(ask);
        }

        return candidates;
    }

    // The ASCII unit separator (chr(31)) between the values of one DuckDB string parameter.
    private const string Separator = "\u001f";

    /// <summary>
    /// The stored Parley events of these merge keys that one of the batch's reports could join by the merge rule's
    /// dates (a dated report: a dated event whose period shares a day with its own; an undated report: an undated
    /// event first reported within <see cref="EventMerge.UndatedWindowDays"/> days of its article), sorted by id.
    /// The reports' windows go to the database as one table, joined on the key and filtered by date there.
    /// </summary>
    private static IEnumerable<MergedEvent> Joinable(Sql sql, List<string> keys, Dictionary<string, List<(FuzzyDate? Date, DateOnly? Published)>> reports)
    {
        var windows = new List<(string Key, string? From, string? To, string? FirstFrom, string? FirstTo)>();
        foreach (string key in keys)
        {
            foreach ((FuzzyDate? date, DateOnly? published) in reports[key].Distinct())
            {
                if (date is { } dated)
                {
                    windows.Add((key, Iso(dated.Start), Iso(dated.End), null, null));
                }
                else if (published is { } day)
                {
                    windows.Add((key, null, null, Iso(day.AddDays(-EventMerge.UndatedWindowDays)), Iso(day.AddDays(EventMerge.UndatedWindowDays))));
                }
            }
        }

        if (windows.Count == 0)
        {
            return [];
        }

        if (sql.SingleWriter && windows.Exists(w => w.Key.Contains(Separator, StringComparison.Ordinal)))
        {
            // A key that cannot travel in a joined string (none of Parley's keys holds the separator): whole histories, key by key.
            return sql.QueryIn(EventSelect, "merge_key", keys, ReadEvent, "origin = 'parley'").OrderBy(item => item.Id, StringComparer.Ordinal);
        }

        const string Dates = "((e.date_start <= CAST(w.wto AS DATE) AND e.date_end >= CAST(w.wfrom AS DATE)) "
            + "OR (e.date_start IS NULL AND e.reported_on BETWEEN CAST(w.firstfrom AS DATE) AND CAST(w.firstto AS DATE)))";
        List<MergedEvent> rows;
        if (sql.SingleWriter)
        {
            // DuckDB: each column as one string parameter, split and zipped (a list of thousands of bound parameters plans
            // slowly). DuckDB has no index here, so every batch scans the events table: it joins the 64-bit merge_hash, not
            // the text key, and reads the key from the batch's own table, not from the file; the columns it scans cost it
            // most of its time (docs/ledger.md, Speed).
            const string Table = "WITH w AS (SELECT unnest(string_split($1, chr(31))) AS wkey, CAST(unnest(string_split($2, chr(31))) AS BIGINT) AS whash, "
                + "NULLIF(unnest(string_split($3, chr(31))), '') AS wfrom, NULLIF(unnest(string_split($4, chr(31))), '') AS wto, "
                + "NULLIF(unnest(string_split($5, chr(31))), '') AS firstfrom, NULLIF(unnest(string_split($6, chr(31))), '') AS firstto) ";
            const string Select = "SELECT e.event_id, w.wkey, e.type, e.mode, e.medium, e.cameo, e.status, e.date_start, e.date_precision, "
                + "e.duration, e.topics, e.confidence, e.mention_count, e.reported_on FROM events e JOIN w ON e.merge_hash = w.whash "
                + "WHERE e.origin = 'parley' AND ";
            rows = sql.Query(Table + Select + Dates, ReadEvent,
                Joined(windows.Select(w => w.Key)), Joined(windows.Select(w => Keys.MergeHash(w.Key).ToString(System.Globalization.CultureInfo.InvariantCulture))),
                Joined(windows.Select(w => w.From)), Joined(windows.Select(w => w.To)),
                Joined(windows.Select(w => w.FirstFrom)), Joined(windows.Select(w => w.FirstTo)));
            // Two keys with one hash would join each other's events: the type, mode and status the key begins with must match
            // too, and beyond that a collision of 64-bit hashes between the keys of one ledger is left to chance (docs/ledger.md).
            rows.RemoveAll(item => !item.MergeKey.StartsWith(Keys.MergeKey(item.Type, item.Mode, item.Status, []), StringComparison.Ordinal));
        }
        else
        {
            // PostgreSQL: the columns as text arrays, zipped by unnest, joined on the indexed merge_key.
            const string Table = "WITH w AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS w(wkey, wfrom, wto, firstfrom, firstto)) ";
            rows = sql.Query(Table + EventSelect + " e JOIN w ON e.merge_key = w.wkey WHERE e.origin = 'parley' AND " + Dates, ReadEvent,
                windows.Select(w => w.Key).ToArray(), windows.Select(w => w.From).ToArray(), windows.Select(w => w.To).ToArray(),
                windows.Select(w => w.FirstFrom).ToArray(), windows.Select(w => w.FirstTo).ToArray());
        }

        return rows.DistinctBy(item => item.Id, StringComparer.Ordinal).OrderBy(item => item.Id, StringComparer.Ordinal);

        static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        static string Joined(IEnumerable<string?> values) => string.Join(Separator, values.Select(value => value ?? ""));
    }

    /// <summary>
    /// Keeps a key's events sorted by id, so that "the first compatible event by id" is the same choice
    /// whether the events were created in this batch or read back from an earlier one.
    /// </summary>
    private static void InsertById(List<MergedEvent> events, MergedEvent added)
    {
        int at = events.FindIndex(item => string.CompareOrdinal(item.Id, added.Id) > 0);
        events.Insert(at < 0 ? events.Count : at, added);
    }

    /// <summary>
    /// One mention row per article reporting the event: its best sentence (the record's evidence) with the
    /// trigger row that fired there. Other sentences of the same article that repeat it add nothing new.
    /// </summary>
    private static IEnumerable<object?[]> MentionRows(PendingEvent item, long runId)
    {
        EventRecord record = item.Record;
        string? row = record.Mentions.IsDefaultOrEmpty ? null
            : (record.Mentions.FirstOrDefault(mention => mention.Sentence == record.Evidence) ?? record.Mentions[0]).TriggerRow;
        yield return [null, item.Findings.Article.Id, record.Evidence.Start, record.Evidence.Length, record.Evidence.Of(item.Findings.Article.Text),
            row, record.Confidence, record.Source, item.Findings.Source, runId];
    }

    internal static object?[] EventRow(MergedEvent item, string origin, string? originId, long runId) =>
    [
        item.Id, item.MergeKey, item.Type, item.Mode, item.Medium, item.Cameo, item.Status, item.Date?.Start, item.Date?.End,
        item.Date?.PrecisionName, item.Duration?.ToIso(), string.Join('|', item.Topics), item.Confidence, origin, originId,
        item.MentionCount, false, item.ReportedOn, runId, Keys.MergeHash(item.MergeKey),
    ];

    internal static IEnumerable<object?[]> ActorRows(MergedEvent item) =>
        item.Actors.Distinct(StringComparer.Ordinal).Select(actor => new object?[] { item.Id, actor, "actor" })
            .Concat(item.Recipients.Distinct(StringComparer.Ordinal).Select(actor => new object?[] { item.Id, actor, "recipient" }));

    internal static MergedEvent ReadEvent(System.Data.Common.DbDataReader reader)
    {
        DateOnly? start = Sql.DateOrNull(reader, 7);
        string? precision = Sql.TextOrNull(reader, 8);
        string topics = Sql.Text(reader, 10);
        return new MergedEvent
        {
            Id = Sql.Text(reader, 0), MergeKey = Sql.Text(reader, 1), Type = SharedStrings.Share(Sql.Text(reader, 2)),
            Mode = SharedStrings.ShareOrNull(Sql.TextOrNull(reader, 3)), Medium = SharedStrings.ShareOrNull(Sql.TextOrNull(reader, 4)),
            Cameo = SharedStrings.Share(Sql.Text(reader, 5)), Status = SharedStrings.Share(Sql.Text(reader, 6)),
            Date = start is { } day && precision is not null ? new FuzzyDate(day, Enum.Parse<DatePrecision>(precision, ignoreCase: true)) : null,
            Duration = EventMerge.ParseDuration(Sql.TextOrNull(reader, 9)),
            Topics = topics.Length == 0 ? [] : [.. topics.Split('|').Select(SharedStrings.Share)],
            Confidence = Sql.Double(reader, 11), MentionCount = (int)Sql.Int64(reader, 12), ReportedOn = Sql.DateOrNull(reader, 13),
            Actors = [], Recipients = [], Stored = true,
        };
    }

    private (int Created, int Merged) WriteQuotes(List<PendingQuote> pending)
    {
        if (pending.Count == 0)
        {
            return (0, 0);
        }

        HashSet<string> stored = StoredQuotes([.. pending.Select(item => item.QuoteId).Distinct(StringComparer.Ordinal)]);

        // One source per (quote, article): the same words twice in one article are one printing.
        List<PendingQuote> sources = [.. pending.DistinctBy(item => (item.QuoteId, item.Findings.Article.Id))];
        var added = sources.GroupBy(item => item.QuoteId, StringComparer.Ordinal).ToList();
        List<IGrouping<string, PendingQuote>> fresh = [.. added.Where(group => !stored.Contains(group.Key))];
        sql.Append("quotes", QuoteColumns, fresh.Select(group =>
        {
            PendingQuote first = group.First();
            Speaker speaker = first.Record.Speaker;
            return new object?[] { group.Key, speaker.ActorId, speaker.Name, speaker.Description, first.Record.KindName, first.Words, group.Count() };
        }));
        sql.UpdateRows("quotes", [new("quote_id", "TEXT"), new("added", "INTEGER")],
            added.Where(group => stored.Contains(group.Key)).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => new object?[] { group.Key, group.Count() }),
            "source_count = quotes.source_count + v.added");

        // The articles are this batch's own, so no (quote, article) pair can be stored already.
        sql.Append("quote_sources", QuoteSourceColumns, sources.Select(item => new object?[]
        {
            item.QuoteId, item.Findings.Article.Id, item.Record.Words.Start, item.Record.Words.Length,
            item.Record.Evidence.Start, item.Record.Evidence.Length, item.Record.Cue?.Of(item.Findings.Article.Text),
        }));
        sql.ReadyIndex?.AddQuotes(fresh.Select(group => group.Key));
        return (fresh.Count, sources.Count - fresh.Count);
    }

    // The quote ids already stored: the database is asked for the ones the run index may hold (all of them without it).
    private HashSet<string> StoredQuotes(List<string> ids)
    {
        List<string> ask = sql.ReadyIndex is { } index ? ids.FindAll(index.MayHaveQuote) : ids;
        return ask.Count == 0 ? new HashSet<string>(StringComparer.Ordinal)
            : sql.QueryIn("SELECT quote_id FROM quotes", "quote_id", ask, reader => Sql.Text(reader, 0)).ToHashSet(StringComparer.Ordinal);
    }

    private void WriteActors(IEnumerable<ArticleFindings> articles)
    {
        // Sorted and distinct: one upsert may not touch a row twice, and a fixed order keeps concurrent writers from deadlocking.
        var rows = articles.SelectMany(findings => findings.Actors)
            .GroupBy(actor => actor.Id, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new object?[] { group.Key, group.First().Name, group.First().Kind, group.First().Country, group.Any(actor => actor.IsListed) });
        UpsertActors(sql, rows);
    }

    /// <summary>
    /// Inserts new actors and marks stored ones listed when a row says so (listed only ever turns on).
    /// A single-writer backend looks the ids up once, appends the new rows and updates only the few that
    /// turn listed: DuckDB's multi-row INSERT ... ON CONFLICT costs far more than that. Elsewhere the upsert
    /// is the one statement that stays right under concurrent writers.
    /// </summary>
    internal static void UpsertActors(Sql sql, IEnumerable<object?[]> rows)
    {
        if (!sql.SingleWriter)
        {
            sql.InsertRows("actors", ActorColumns, rows, ActorUpsert);
            return;
        }

        List<object?[]> all = [.. rows];
        RunIndex? index = sql.ReadyIndex;
        Dictionary<string, bool> stored = index?.Actors ?? sql.QueryIn("SELECT actor_id, listed FROM actors", "actor_id", [.. all.Select(row => (string)row[0]!)],
                reader => (Id: Sql.Text(reader, 0), Listed: Sql.Bool(reader, 1)))
            .ToDictionary(row => row.Id, row => row.Listed, StringComparer.Ordinal);
        List<object?[]> added = [.. all.Where(row => !stored.ContainsKey((string)row[0]!))];
        List<object?[]> listed = [.. all.Where(row => (bool)row[4]! && stored.TryGetValue((string)row[0]!, out bool was) && !was)];
        sql.Append("actors", ActorColumns, added);
        sql.UpdateRows("actors", [new("actor_id", "TEXT")], listed.Select(row => new object?[] { row[0] }), "listed = true");
        if (index is not null)
        {
            added.ForEach(row => stored[(string)row[0]!] = (bool)row[4]!);
            listed.ForEach(row => stored[(string)row[0]!] = true);
        }
    }
}
