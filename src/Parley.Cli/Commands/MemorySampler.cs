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
    private MemoryPeaks _peaks;

    public MemorySampler() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, Interval);

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
        }
    }

    public void Dispose() => _timer.Dispose();

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
