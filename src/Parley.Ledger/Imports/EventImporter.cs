namespace Parley.Ledger.Imports;

/// <summary>What an import did: lines read, events written, events found already imported, and the lines that could not be read.</summary>
public sealed record ImportSummary(int Read, int Imported, int AlreadyImported, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>How many lines could not be read.</summary>
    public int BadLines => Problems.Count;
}

/// <summary>
/// Writes the events of an imported file to the ledger in batches, each batch one transaction, so that a large
/// file neither sits whole in memory nor leaves half a batch behind. Lines that cannot be read are collected,
/// not fatal: the rest of the file goes on.
/// </summary>
public sealed class EventImporter
{
    /// <summary>Events per transaction.</summary>
    public const int DefaultBatchSize = 5000;

    private readonly ILedger _ledger;
    private readonly int _batchSize;

    /// <summary>Creates an importer writing to <paramref name="ledger"/> in batches of <paramref name="batchSize"/>.</summary>
    public EventImporter(ILedger ledger, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _ledger = ledger;
        _batchSize = batchSize;
    }

    /// <summary>Imports <paramref name="lines"/> under run <paramref name="runId"/>; <paramref name="onProblem"/> hears of each bad line as it is met.</summary>
    public ImportSummary Import(IEnumerable<ImportLine> lines, long runId, Action<ImportProblem>? onProblem = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var problems = new List<ImportProblem>();
        var batch = new List<ImportedEvent>(_batchSize);
        int read = 0;
        WriteResult written = WriteResult.None;
        foreach (ImportLine line in lines)
        {
            read++;
            if (line.Problem is { } problem)
            {
                problems.Add(problem);
                onProblem?.Invoke(problem);
                continue;
            }

            batch.Add(line.Event!);
            if (batch.Count == _batchSize)
            {
                written = written.Plus(_ledger.Import(batch, runId));
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            written = written.Plus(_ledger.Import(batch, runId));
        }

        int imported = written.EventsCreated + written.EventsMerged;
        return new ImportSummary(read, imported, read - problems.Count - imported, problems);
    }
}
