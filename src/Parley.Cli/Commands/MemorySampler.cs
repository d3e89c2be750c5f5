using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Parley.Cli.Commands;

/// <summary>Peaks seen by <see cref="MemorySampler"/>: the process working set, the managed heap's committed bytes, and the rest at the same instant.</summary>
internal readonly record struct MemoryPeaks(long WorkingSet, long ManagedCommitted, long Native);

/// <summary>
/// Samples the process's memory while a benchmark runs, so a peak can be told apart: the managed heap the GC has
/// committed, or native memory (DuckDB's buffers and allocator, drivers, the runtime, mapped code).
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
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
        long committed = GC.GetGCMemoryInfo().TotalCommittedBytes;

        lock (_gate)
        {
            _peaks = new MemoryPeaks(Math.Max(_peaks.WorkingSet, workingSet), Math.Max(_peaks.ManagedCommitted, committed),
                Math.Max(_peaks.Native, workingSet - committed));
            if (_trace is not null)
            {
                var heap = NativeHeap();
                var duck = DuckDbHeap();
                GCMemoryInfo gc = GC.GetGCMemoryInfo();
                long Generation(int n) => gc.GenerationInfo.Length > n ? gc.GenerationInfo[n].SizeAfterBytes >> 20 : 0;
                _trace.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{_clock.Elapsed.TotalSeconds:F2}\t{workingSet >> 20}\t{committed >> 20}\t{GC.GetGCMemoryInfo().HeapSizeBytes >> 20}\t{(heap?.InUse ?? 0) >> 20}\t{(heap?.Held ?? 0) >> 20}\t{(duck?.Allocated ?? 0) >> 20}\t{(duck?.Resident ?? 0) >> 20}\t{Generation(0)}\t{Generation(1)}\t{Generation(2)}\t{Generation(3)}\t{gc.FragmentedBytes >> 20}\t{gc.Generation}"));
            }
        }
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

    /// <summary>glibc's malloc heap now: bytes in use by native code, and bytes freed but still held by the allocator (MB); null off glibc.</summary>
    public static (long InUse, long Held)? NativeHeap()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            MallInfo2 info = mallinfo2();
            return ((long)(info.Uordblks + info.Hblkhd), (long)info.Fordblks);
        }
        catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// DuckDB's own allocator (the jemalloc linked into libduckdb, which glibc's figures do not see): bytes its
    /// callers hold, and bytes resident in its arenas (held for reuse, not yet returned to the system); null when absent.
    /// </summary>
    public static (long Allocated, long Resident)? DuckDbHeap()
    {
        try
        {
            // jemalloc refreshes its statistics only when the epoch is advanced.
            ulong epoch = 1;
            nuint size = (nuint)sizeof(ulong);
            _ = duckdb_je_mallctl("epoch", IntPtr.Zero, IntPtr.Zero, ref epoch, size);
            return (Stat("stats.allocated"), Stat("stats.resident"));
        }
        catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        static long Stat(string name)
        {
            nuint value = 0;
            nuint length = (nuint)IntPtr.Size;
            return duckdb_je_mallctl(name, ref value, ref length, IntPtr.Zero, 0) == 0 ? (long)value : 0;
        }
    }

    [DllImport("duckdb", EntryPoint = "duckdb_je_mallctl")]
    private static extern int duckdb_je_mallctl([MarshalAs(UnmanagedType.LPStr)] string name, IntPtr oldValue, IntPtr oldLength, ref ulong newValue, nuint newLength);

    [DllImport("duckdb", EntryPoint = "duckdb_je_mallctl")]
    private static extern int duckdb_je_mallctl([MarshalAs(UnmanagedType.LPStr)] string name, ref nuint oldValue, ref nuint oldLength, IntPtr newValue, nuint newLength);

    [StructLayout(LayoutKind.Sequential)]
    private struct MallInfo2
    {
        public nuint Arena;
        public nuint Ordblks;
        public nuint Smblks;
        public nuint Hblks;
        public nuint Hblkhd;
        public nuint Usmblks;
        public nuint Fsmblks;
        public nuint Uordblks;
        public nuint Fordblks;
        public nuint Keepcost;
    }

    [DllImport("libc.so.6", EntryPoint = "mallinfo2")]
    private static extern MallInfo2 mallinfo2();
}
