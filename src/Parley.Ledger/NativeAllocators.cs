using System.Runtime.InteropServices;

namespace Parley.Ledger;

/// <summary>
/// The native allocators under an ingest: glibc's malloc (the runtime, the DuckDB.NET marshalling) and the jemalloc
/// inside libduckdb. Both keep freed pages for reuse; over a 100,000-article run what they held grew (glibc 8 → 36 MB,
/// DuckDB's resident pages 60 → 130 MB) while what was in use stayed flat (docs/ledger.md, Speed), so an ingest hands
/// them back between batches; the benchmark reads their figures from here too.
/// </summary>
public static class NativeAllocators
{
    // jemalloc's "all arenas" index (MALLCTL_ARENAS_ALL).
    private const string PurgeAllArenas = "arena.4096.purge";

    // glibc's mallopt parameter M_MMAP_THRESHOLD, and its default value (128 KiB).
    private const int MmapThreshold = -3;
    private const int DefaultMmapThreshold = 128 * 1024;

    /// <summary>
    /// Makes both allocators give freed memory back to the system as soon as it is freed; called when an ingest
    /// starts, and left so for the rest of the process (both settings are process-wide). DuckDB's jemalloc kept freed
    /// pages for its decay time (its resident memory stood 30–50 MB above what it had allocated at the peaks of a
    /// 100,000-article run); glibc raises its mmap threshold each
    /// time a large block is freed, so the large buffers of DuckDB's checkpoints (FSST analysis, column rewrites)
    /// moved into its heap and stayed there (its arenas grew from 5 to 29 MB). A fixed threshold keeps blocks of
    /// 128 KiB and more in their own mappings, unmapped on free. Costs a few system calls per checkpoint.
    /// </summary>
    public static void ReturnFreedMemoryPromptly()
    {
        SetDuckDbDecay(0);
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = mallopt(MmapThreshold, DefaultMmapThreshold);
            }
            catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
            {
                // Not glibc: nothing to set.
            }
        }
    }

    // Sets how long jemalloc keeps freed pages (dirty, then muzzy) before returning them: for the arenas that exist
    // now and as the default for arenas made later. MALLCTL_ARENAS_ALL does not take a decay, so each arena is set.
    private static void SetDuckDbDecay(long milliseconds)
    {
        try
        {
            uint arenas = 0;
            nuint length = sizeof(uint);
            if (duckdb_je_mallctl("arenas.narenas", ref arenas, ref length, IntPtr.Zero, 0) != 0)
            {
                return;
            }

            foreach (string setting in (string[])["dirty_decay_ms", "muzzy_decay_ms"])
            {
                _ = duckdb_je_mallctl("arenas." + setting, IntPtr.Zero, IntPtr.Zero, ref milliseconds, sizeof(long));
                for (uint arena = 0; arena < arenas; arena++)
                {
                    _ = duckdb_je_mallctl(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"arena.{arena}.{setting}"),
                        IntPtr.Zero, IntPtr.Zero, ref milliseconds, sizeof(long));
                }
            }
        }
        catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
        {
            // Built without jemalloc: nothing to set.
        }
    }

    /// <summary>Returns glibc's freed pages to the system; does nothing off glibc.</summary>
    public static void TrimMalloc()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = malloc_trim(0);
        }
        catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc (musl, for one): nothing to trim.
        }
    }

    /// <summary>Purges the dirty pages of DuckDB's allocator; does nothing when libduckdb has no jemalloc.</summary>
    public static void PurgeDuckDb()
    {
        try
        {
            _ = duckdb_je_mallctl(PurgeAllArenas, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, 0);
        }
        catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
        {
            // Built without jemalloc (DuckDB uses it on Linux only): the system allocator frees on its own.
        }
    }

    /// <summary>glibc's malloc heap now: bytes in use by native code, and bytes freed but still held by the allocator; null off glibc.</summary>
    public static (long InUse, long Held)? MallocHeap()
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
    /// DuckDB's own allocator (which glibc's figures do not see): bytes its callers hold, and bytes resident in its
    /// arenas (held for reuse, not yet returned to the system); null when libduckdb has no jemalloc.
    /// </summary>
    public static (long Allocated, long Resident)? DuckDbHeap()
    {
        try
        {
            // jemalloc refreshes its statistics only when the epoch is advanced.
            ulong epoch = 1;
            _ = duckdb_je_mallctl("epoch", IntPtr.Zero, IntPtr.Zero, ref epoch, sizeof(ulong));
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

    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    private static extern int mallopt(int parameter, int value);

    [DllImport("duckdb", EntryPoint = "duckdb_je_mallctl")]
    private static extern int duckdb_je_mallctl([MarshalAs(UnmanagedType.LPUTF8Str)] string name, ref uint oldValue, ref nuint oldLength, IntPtr newValue, nuint newLength);

    [DllImport("duckdb", EntryPoint = "duckdb_je_mallctl")]
    private static extern int duckdb_je_mallctl([MarshalAs(UnmanagedType.LPUTF8Str)] string name, IntPtr oldValue, IntPtr oldLength, ref long newValue, nuint newLength);

    [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    private static extern int malloc_trim(nuint pad);

    [DllImport("duckdb", EntryPoint = "duckdb_je_mallctl")]
    private static extern int duckdb_je_mallctl([MarshalAs(UnmanagedType.LPUTF8Str)] string name, IntPtr oldValue, IntPtr oldLength, IntPtr newValue, nuint newLength);

    [DllImport("duckdb", EntryPoint = "duckdb_je_mallctl")]
    private static extern int duckdb_je_mallctl([MarshalAs(UnmanagedType.LPUTF8Str)] string name, IntPtr oldValue, IntPtr oldLength, ref ulong newValue, nuint newLength);

    [DllImport("duckdb", EntryPoint = "duckdb_je_mallctl")]
    private static extern int duckdb_je_mallctl([MarshalAs(UnmanagedType.LPUTF8Str)] string name, ref nuint oldValue, ref nuint oldLength, IntPtr newValue, nuint newLength);

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
