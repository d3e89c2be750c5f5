namespace Parley.Ledger.Store;

/// <summary>
/// A set of numbers (64- or 128-bit) at about their own size each, for the keys a run holds in memory: a
/// HashSet of ulong costs 20–24 bytes per number, and its doubling arrays sat on the large object heap, so the index grew three times as
/// fast as the keys it holds (docs/ledger.md, Speed). New numbers wait in a small hash set; when it is full
/// they become a sorted run, and runs of similar size are merged (as a log-structured merge tree does),
/// so there are never more than about log2(count / <see cref="TailLimit"/>) runs to binary-search.
/// </summary>
internal sealed class NumberSet<T>
    where T : struct, IComparable<T>, IEquatable<T>
{
    /// <summary>Numbers held unsorted before they are sorted into a run.</summary>
    public const int TailLimit = 4096;


    private readonly List<T[]> _runs = [];
    private HashSet<T> _tail = [];

    public int Count { get; private set; }

    /// <summary>Adds a number; false when it was there already.</summary>
    public bool Add(T number)
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

    public bool Contains(T number) => _tail.Contains(number) || InRuns(number);

    private bool InRuns(T number)
    {
        foreach (T[] run in _runs)
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
        T[] run = [.. _tail];
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

    private static T[] Merge(T[] first, T[] second)
    {
        // The runs are disjoint: Add never puts a number in the tail that a run holds.
        var merged = new T[first.Length + second.Length];
        int i = 0, j = 0, k = 0;
        while (i < first.Length && j < second.Length)
        {
            merged[k++] = first[i].CompareTo(second[j]) <= 0 ? first[i++] : second[j++];
        }

        Array.Copy(first, i, merged, k, first.Length - i);
        k += first.Length - i;
        Array.Copy(second, j, merged, k, second.Length - j);
        return merged;
    }
}
