namespace Parley.Ledger.Store;

/// <summary>
/// Writes imported events (ICEWS, GDELT) inside the caller's transaction. They are idempotent by
/// (origin, origin id), whose hash is the event id, and never merge with Parley's own events.
/// </summary>
internal sealed class ImportWriter(Sql sql)
{
    public WriteResult Import(IReadOnlyList<ImportedEvent> events, long runId)
    {
        List<ImportedEvent> distinct = [.. events.DistinctBy(item => (item.Origin, item.OriginId))];
        var byId = distinct.ToDictionary(item => Keys.ImportedEventId(item.Origin, item.OriginId), StringComparer.Ordinal);
        HashSet<string> stored = [.. sql.QueryIn("SELECT event_id FROM events", "event_id", byId.Keys, reader => Sql.Text(reader, 0))];
        List<MergedEvent> fresh = [.. byId.Where(pair => !stored.Contains(pair.Key)).OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => ToEvent(pair.Key, pair.Value))];
        IEnumerable<object?[]> rows = fresh.Select(item => BatchWriter.EventRow(item, byId[item.Id].Origin, byId[item.Id].OriginId, runId));
        HashSet<string> mine;
        if (sql.SingleWriter)
        {
            // One writer: what the lookup did not find cannot appear before this transaction commits.
            sql.Append("events", BatchWriter.EventColumns, rows);
            mine = [.. fresh.Select(item => item.Id)];
        }
        else
        {
            mine = fresh.Count == 0 ? [] : [.. sql.InsertRows("events", BatchWriter.EventColumns, rows,
                "ON CONFLICT DO NOTHING RETURNING event_id", reader => Sql.Text(reader, 0))];
        }

        List<MergedEvent> written = [.. fresh.Where(item => mine.Contains(item.Id))];
        sql.Append("event_actors", BatchWriter.EventActorColumns, written.SelectMany(BatchWriter.ActorRows));
        sql.Append("event_mentions", BatchWriter.MentionColumns, written.Select(item =>
        {
            ImportedEvent record = byId[item.Id];
            return new object?[]
            {
                item.Id, null, null, null, record.Evidence ?? "", null, record.Confidence, record.Origin, record.SourceRef, runId,
            };
        }));
        var actors = written.SelectMany(item => byId[item.Id].ActorDetails)
            .GroupBy(actor => actor.Id, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new object?[] { group.Key, group.First().Name, group.First().Kind, group.First().Country, false });
        BatchWriter.UpsertActors(sql, actors);
        return WriteResult.None with { EventsCreated = written.Count };
    }

    private static MergedEvent ToEvent(string id, ImportedEvent record) => new()
    {
        Id = id,
        MergeKey = Keys.MergeKey(record.Type, record.Mode, record.Status, Keys.Participants(record.Actors, record.Recipients)),
        Type = record.Type, Mode = record.Mode, Medium = record.Medium, Cameo = record.Cameo, Status = record.Status,
        Actors = record.Actors, Recipients = record.Recipients, Date = record.Date, Confidence = record.Confidence, MentionCount = 1,
    };
}
