using System.Runtime.InteropServices;

namespace Parley.Ledger.Ingest;

/// <summary>
/// Lowers the scheduling priority of the calling thread, for the ingest's analysis workers: on two cores the writer
/// (one thread, and the pipeline's narrowest stage) shared the cores with both workers while they analysed the next
/// batch, and 100,000 articles went in at 1,006 articles/s against 1,091–1,194 with the workers lowered
/// (docs/ledger.md, "Fifteenth session"). With a core to spare the scheduler gives every thread one and this changes
/// nothing. Lowering a priority needs no privilege; raising the writer's would.
/// </summary>
internal static class SchedulingPriority
{
    /// <summary>The nice value the workers run at (0 is the default, 19 the lowest).</summary>
    internal const int Worker = 10;

    // setpriority(2)'s "which" for a process id; on Linux a thread id is one, and 0 is the calling thread.
    private const int PrioProcess = 0;

    /// <summary>Lowers the calling thread to <see cref="Worker"/> (Linux only; elsewhere, or if refused, the priority stays).</summary>
    internal static void LowerCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = setpriority(PrioProcess, 0, Worker);
        }
        catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
        {
            // No such call in this C library: the thread keeps its priority.
        }
    }

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int setpriority(int which, int who, int priority);
}
