using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Ledger.Store;

/// <summary>The ledger's queries, in SQL both backends run. Filters that are set add a parameterised condition.</summary>
internal sealed class LedgerReader(Sql sql)
{
    public IReadOnlyList<LedgerEvent> Events(EventQuery query)
    {
        var where = new List<string>();
        var args = new List<object?>();
        string Arg(object? value)
        {
            args.Add(value);
            return Sql.Placeholder(args.Count);
        }

        if (query.Actor is { } actor)
        {
            where.Add($"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.event_id AND a.actor_id = {Arg(actor)})");
        }

        if (query.Counterpart is { } counterpart)
        {
            where.Add($"EXISTS (SELECT 1 FROM event_actors c WHERE c.event_id = e.event_id AND c.actor_id = {Arg(counterpart)})");
        }

        AddEquals(where, "e.type", query.Type, Arg);
        AddEquals(where, "e.mode", query.Mode, Arg);
        AddEquals(where, "e.status", query.Status, Arg);
        AddEquals(where, "e.origin", query.Origin, Arg);
        if (query.Since is { } since)
        {
            where.Add($"e.date_end >= {Arg(since)}");
        }

        if (query.Until is { } until)
        {
            where.Add($"e.date_start <= {Arg(until)}");
        }

        if (query.Text is { } text)
        {
            string pattern = Arg("%" + text + "%");
            where.Add($"(e.topics ILIKE {pattern} OR EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.event_id AND m.evidence ILIKE {pattern}))");
        }

        if (query.RareOnly)
        {
            where.Add("e.rare");
        }

        string filter = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        List<MergedEvent> rows = sql.Query(
            BatchWriter.EventSelect + " e" + filter + $" ORDER BY e.date_start DESC NULLS LAST, e.event_id LIMIT {Arg(query.Limit)}",
            reader => (Event: BatchWriter.ReadEvent(reader), Origin: Sql.Text(reader, 14), OriginId: Sql.TextOrNull(reader, 15), Rare: Sql.Bool(reader, 16)),
            args).Select(row => { row.Event.Origin = row.Origin; row.Event.OriginId = row.OriginId; row.Event.Rare = row.Rare; return row.Event; }).ToList();
        ILookup<string, (string Event, string Actor, string Role)> participants = sql.QueryIn(
                "SELECT event_id, actor_id, role FROM event_actors", "event_id", [.. rows.Select(row => row.Id)],
                reader => (Event: Sql.Text(reader, 0), Actor: Sql.Text(reader, 1), Role: Sql.Text(reader, 2)))
            .ToLookup(row => row.Event, StringComparer.Ordinal);
        return [.. rows.Select(row =>
        {
            ImmutableArray<string> Side(string role) =>
                [.. participants[row.Id].Where(part => part.Role == role).Select(part => part.Actor).Order(StringComparer.Ordinal)];
            return new LedgerEvent(row.Id, row.Type, row.Mode, row.Medium, row.Cameo, Side("actor"), Side("recipient"), row.Date,
                row.Duration, row.Topics, row.Status, row.Confidence, row.Origin, row.OriginId, row.MentionCount, row.Rare);
        })];
    }

    private static void AddEquals(List<string> where, string column, string? value, Func<object?, string> arg)
    {
        if (value is not null)
        {
            where.Add($"{column} = {arg(value)}");
        }
    }

    public IReadOnlyList<LedgerMention> MentionsOf(IReadOnlyCollection<string> eventIds) => sql.QueryIn(
        "SELECT event_id, article_id, span_start, span_length, evidence, trigger_row, confidence, reported_by, source_ref FROM event_mentions",
        "event_id", eventIds, reader => new LedgerMention(
            Sql.Text(reader, 0), Sql.TextOrNull(reader, 1),
            Sql.Int64OrNull(reader, 2) is { } start ? new TextSpan((int)start, (int)Sql.Int64(reader, 3)) : null,
            Sql.Text(reader, 4), Sql.TextOrNull(reader, 5), Sql.Double(reader, 6), Sql.TextOrNull(reader, 7), Sql.TextOrNull(reader, 8)))
        .OrderBy(mention => mention.EventId, StringComparer.Ordinal).ThenBy(mention => mention.ArticleId, StringComparer.Ordinal)
        .ThenBy(mention => mention.Span?.Start).ToList();

    public IReadOnlyList<LedgerQuote> Quotes(QuoteQuery query)
    {
        var where = new List<string>();
        var args = new List<object?>();
        string Arg(object? value)
        {
            args.Add(value);
            return Sql.Placeholder(args.Count);
        }

        AddEquals(where, "q.speaker_id", query.Speaker, Arg);
        if (query.Text is { } text)
        {
            where.Add($"q.words ILIKE {Arg("%" + text + "%")}");
        }

        if (query.Since is not null || query.Until is not null)
        {
            string dates = (query.Since is { } since ? $" AND a.published_date >= {Arg(since)}" : "")
                + (query.Until is { } until ? $" AND a.published_date <= {Arg(until)}" : "");
            where.Add("EXISTS (SELECT 1 FROM quote_sources s JOIN articles a ON a.article_id = s.article_id WHERE s.quote_id = q.quote_id" + dates + ")");
        }

        string filter = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        return sql.Query(
            "SELECT q.quote_id, q.speaker_id, q.speaker_name, q.speaker_description, q.kind, q.words, q.source_count FROM quotes q"
            + filter + $" ORDER BY q.source_count DESC, q.quote_id LIMIT {Arg(query.Limit)}",
            reader => new LedgerQuote(Sql.Text(reader, 0), Sql.Text(reader, 1), Sql.Text(reader, 2), Sql.TextOrNull(reader, 3),
                Sql.Text(reader, 4), Sql.Text(reader, 5), (int)Sql.Int64(reader, 6)),
            args);
    }

    public IReadOnlyList<LedgerArticle> ArticlesOf(IReadOnlyCollection<string> articleIds) => sql.QueryIn(
        "SELECT article_id, source, url, outlet, headline, byline, published, updated, language, text, run_id FROM articles",
        "article_id", articleIds, reader => new LedgerArticle(Sql.Text(reader, 0), Sql.Text(reader, 1), Sql.TextOrNull(reader, 2),
            Sql.TextOrNull(reader, 3), Sql.TextOrNull(reader, 4), Sql.TextOrNull(reader, 5), TimeOf(Sql.TextOrNull(reader, 6)),
            TimeOf(Sql.TextOrNull(reader, 7)), Sql.Text(reader, 8), Sql.Text(reader, 9), Sql.Int64(reader, 10)))
        .OrderBy(article => article.Id, StringComparer.Ordinal).ToList();

    private static NewsTime? TimeOf(string? iso) => iso is not null && NewsTime.TryParseIso(iso, out NewsTime time) ? time : null;

    public IReadOnlyList<LedgerQuoteSource> SourcesOf(IReadOnlyCollection<string> quoteIds) => sql.QueryIn(
        "SELECT quote_id, article_id, words_start, words_length, evidence_start, evidence_length, cue FROM quote_sources",
        "quote_id", quoteIds, reader => new LedgerQuoteSource(Sql.Text(reader, 0), Sql.Text(reader, 1),
            new TextSpan((int)Sql.Int64(reader, 2), (int)Sql.Int64(reader, 3)), new TextSpan((int)Sql.Int64(reader, 4), (int)Sql.Int64(reader, 5)),
            Sql.TextOrNull(reader, 6)))
        .OrderBy(source => source.QuoteId, StringComparer.Ordinal).ThenBy(source => source.ArticleId, StringComparer.Ordinal).ToList();

    public IReadOnlyList<LedgerActor> Actors(ActorQuery query)
    {
        var where = new List<string>();
        var args = new List<object?>();
        string Arg(object? value)
        {
            args.Add(value);
            return Sql.Placeholder(args.Count);
        }

        if (query.Text is { } text)
        {
            string pattern = Arg("%" + text + "%");
            where.Add($"(a.name ILIKE {pattern} OR a.actor_id ILIKE {pattern})");
        }

        AddEquals(where, "a.kind", query.Kind, Arg);
        AddEquals(where, "a.country", query.Country, Arg);
        string filter = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        return sql.Query(
            "SELECT a.actor_id, a.name, a.kind, a.country, a.listed, "
            + "(SELECT count(DISTINCT ea.event_id) FROM event_actors ea WHERE ea.actor_id = a.actor_id), "
            + "(SELECT count(*) FROM quotes q WHERE q.speaker_id = a.actor_id) FROM actors a"
            + filter + $" ORDER BY a.actor_id LIMIT {Arg(query.Limit)}",
            reader => new LedgerActor(Sql.Text(reader, 0), Sql.Text(reader, 1), Sql.Text(reader, 2), Sql.TextOrNull(reader, 3),
                Sql.Bool(reader, 4), (int)Sql.Int64(reader, 5), (int)Sql.Int64(reader, 6)),
            args);
    }

    public IReadOnlyList<StoredRejection> Rejections(bool includeRetried) => sql.Query(
        "SELECT rejection_id, source, code, reason, run_id, retried FROM rejections"
        + (includeRetried ? "" : " WHERE NOT retried") + " ORDER BY rejection_id DESC",
        reader => new StoredRejection(Sql.Int64(reader, 0), Sql.Text(reader, 1), Sql.Text(reader, 2), Sql.Text(reader, 3),
            Sql.Int64(reader, 4), Sql.Bool(reader, 5)));

    public IReadOnlyList<LedgerRun> Runs() => sql.Query(
        "SELECT run_id, command, parley_version, knowledge_version, started, finished, status FROM runs ORDER BY run_id DESC",
        reader => new LedgerRun(Sql.Int64(reader, 0), Sql.Text(reader, 1), Sql.Text(reader, 2), Sql.Text(reader, 3),
            new DateTimeOffset(DateTime.SpecifyKind(Sql.TimeOrNull(reader, 4)!.Value, DateTimeKind.Utc)),
            Sql.TimeOrNull(reader, 5) is { } finished ? new DateTimeOffset(DateTime.SpecifyKind(finished, DateTimeKind.Utc)) : null,
            Sql.Text(reader, 6)));

    public LedgerCounts Counts() => sql.Query(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM event_mentions), "
        + "(SELECT count(*) FROM quotes), (SELECT count(*) FROM quote_sources), (SELECT count(*) FROM actors), "
        + "(SELECT count(*) FROM rejections), (SELECT count(*) FROM runs)",
        reader => new LedgerCounts(Sql.Int64(reader, 0), Sql.Int64(reader, 1), Sql.Int64(reader, 2), Sql.Int64(reader, 3),
            Sql.Int64(reader, 4), Sql.Int64(reader, 5), Sql.Int64(reader, 6), Sql.Int64(reader, 7)))[0];
}
