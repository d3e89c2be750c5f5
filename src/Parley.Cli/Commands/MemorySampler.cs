using System.Diagnostics;
using Parley.Ledger;

namespace Parley.Cli.Commands;

/// <summary>Peaks seen by <see cref="MemorySampler"/>: the process working set, the managed heap's committed bytes, and the rest at the same instant.</summary>
internal readonly record struct MemoryPeaks(long WorkingSet, long ManagedCommitted, long Native);

/// <summary>
/// Samples the process's memory while a benchmark runs, so a peak can be told apart: the managed heap the GC has
/// committed, or native memory (DuckDB's buffers and allocator, drivers, the runtime, mapped code).
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    // Room for 55 minutes of samples (later ones still count in the peaks): 256 KB taken and touched before the run, so that
    // the record of the run's memory does not itself grow with the run.
    private const int Capacity = 1 << 15;
    private readonly int[] _articles = Touched(Capacity);
    private readonly int[] _workingSetKilobytes = Touched(Capacity);
    private int _recorded;
    private long _articlesRead;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TextWriter? _trace;
    private MemoryPeaks _peaks;

    /// <param name="tracePath">When set, every sample is also written there as a TSV row, to see how memory grows through a run.</param>
    public MemorySampler(string? tracePath = null)
    {
        if (!string.IsNullOrEmpty(tracePath))
        {
            _trace = new StreamWriter(tracePath) { AutoFlush = true };
            _trace.WriteLine("seconds\tworking_set_mb\tmanaged_committed_mb\tmanaged_heap_mb\tmalloc_in_use_mb\tmalloc_held_mb\tduckdb_allocated_mb\tduckdb_resident_mb\tgen0_mb\tgen1_mb\tgen2_mb\tloh_mb\tfragmented_mb\tlast_gc_gen");
        }

        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, Interval);
    }

    /// <summary>The working set sampled, each with the articles the ingest had read by then (<see cref="Observe"/>).</summary>
    public IReadOnlyList<(long Articles, long WorkingSet)> Samples
    {
        get
        {
            lock (_gate)
            {
                return [.. Enumerable.Range(0, _recorded).Select(i => ((long)_articles[i], (long)_workingSetKilobytes[i] << 10))];
            }
        }
    }

    /// <summary>Tells the sampler how far the ingest has got; later samples are filed under this count.</summary>
    public void Observe(long articlesRead) => Volatile.Write(ref _articlesRead, articlesRead);

    public MemoryPeaks Peaks
    {
        get
        {
            Sample();
            lock (_gate)
            {
                return _peaks;
            }
        }
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        long workingSet = process.WorkingSet64;
        GCMemoryInfo gc = GC.GetGCMemoryInfo();
        long committed = gc.TotalCommittedBytes;

        lock (_gate)
        {
            _peaks = new MemoryPeaks(Math.Max(_peaks.WorkingSet, workingSet), Math.Max(_peaks.ManagedCommitted, committed),
                Math.Max(_peaks.Native, workingSet - committed));
            if (_recorded < Capacity)
            {
                _articles[_recorded] = (int)Math.Min(int.MaxValue, Volatile.Read(ref _articlesRead));
                _workingSetKilobytes[_recorded++] = (int)Math.Min(int.MaxValue, workingSet >> 10);
            }

            if (_trace is not null)
            {
                var heap = NativeAllocators.MallocHeap();
                var duck = NativeAllocators.DuckDbHeap();
                long Generation(int n) => gc.GenerationInfo.Length > n ? gc.GenerationInfo[n].SizeAfterBytes >> 20 : 0;
                _trace.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{_clock.Elapsed.TotalSeconds:F2}\t{workingSet >> 20}\t{committed >> 20}\t{gc.HeapSizeBytes >> 20}\t{(heap?.InUse ?? 0) >> 20}\t{(heap?.Held ?? 0) >> 20}\t{(duck?.Allocated ?? 0) >> 20}\t{(duck?.Resident ?? 0) >> 20}\t{Generation(0)}\t{Generation(1)}\t{Generation(2)}\t{Generation(3)}\t{gc.FragmentedBytes >> 20}\t{gc.Generation}"));
            }
        }
    }

    private static int[] Touched(int length)
    {
        int[] values = new int[length];
        Array.Fill(values, -1);
        return values;
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            // The timer may still fire once after Dispose; it then finds no trace to write to.
            _trace?.Dispose();
            _trace = null;
        }
    }
}
