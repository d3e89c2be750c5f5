namespace Parley.Ledger.Store;

/// <summary>
/// A set of 64-bit numbers at about 8 bytes each, for the run index's keys: a HashSet of ulong costs 20–24
/// bytes per number, and its doubling arrays sat on the large object heap, so the index grew three times as
/// fast as the keys it holds (docs/ledger.md, Speed). New numbers wait in a small hash set; when it is full
/// they become a sorted run, and runs of similar size are merged (as a log-structured merge tree does),
/// so there are never more than about log2(count / <see cref="TailLimit"/>) runs to binary-search.
/// </summary>
internal sealed class NumberSet
{
    /// <summary>Numbers held unsorted before they are sorted into a run.</summary>
    public const int TailLimit = 4096;

    private readonly List<ulong[]> _runs = [];
    private HashSet<ulong> _tail = [];

    public int Count { get; private set; }

    /// <summary>Adds a number; false when it was there already.</summary>
    public bool Add(ulong number)
    {
        if (InRuns(number) || !_tail.Add(number))
        {
            return false;
        }

        Count++;
        if (_tail.Count >= TailLimit)
        {
            Seal();
        }

        return true;
    }

    public bool Contains(ulong number) => _tail.Contains(number) || InRuns(number);

    private bool InRuns(ulong number)
    {
        foreach (ulong[] run in _runs)
        {
            if (Array.BinarySearch(run, number) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private void Seal()
    {
        ulong[] run = [.. _tail];
        Array.Sort(run);
        _tail = [];
        // Merge while the newest run is at least half the size of the one before it: sizes stay geometric.
        while (_runs.Count > 0 && _runs[^1].Length <= run.Length * 2)
        {
            run = Merge(_runs[^1], run);
            _runs.RemoveAt(_runs.Count - 1);
        }

        _runs.Add(run);
    }

    private static ulong[] Merge(ulong[] first, ulong[] second)
    {
        // The runs are disjoint: Add never puts a number in the tail that a run holds.
        var merged = new ulong[first.Length + second.Length];
        int i = 0, j = 0, k = 0;
        while (i < first.Length && j < second.Length)
        {
            merged[k++] = first[i] <= second[j] ? first[i++] : second[j++];
        }

        Array.Copy(first, i, merged, k, first.Length - i);
        k += first.Length - i;
        Array.Copy(second, j, merged, k, second.Length - j);
        return merged;
    }
}
