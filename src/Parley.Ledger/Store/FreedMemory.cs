using System.Runtime.InteropServices;

namespace Parley.Ledger.Store;

/// <summary>
/// Gives memory that native allocators hold after it was freed back to the system, between an ingest's
/// batches. glibc's malloc (the runtime, the DuckDB.NET marshalling) and the jemalloc inside libduckdb keep
/// freed pages for reuse; over a 100,000-article run what they held grew (glibc 8 → 36 MB, DuckDB's
/// resident pages 60 → 130 MB) while what was in use stayed flat (docs/ledger.md, Speed).
/// </summary>
internal static class FreedMemory
{
    // jemalloc's "all arenas" index (MALLCTL_ARENAS_ALL).
    private const string PurgeAllArenas = "arena.4096.purge";

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

    [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    private static extern int malloc_trim(nuint pad);

    [DllImport("duckdb", EntryPoint = "duckdb_je_mallctl")]
    private static extern int duckdb_je_mallctl([MarshalAs(UnmanagedType.LPUTF8Str)] string name, IntPtr oldValue, IntPtr oldLength, IntPtr newValue, nuint newLength);
}
