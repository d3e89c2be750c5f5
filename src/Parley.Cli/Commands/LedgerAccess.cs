using System.Data.Common;
using System.Reflection;
using Parley.Ledger;
using Parley.Ledger.Store;

namespace Parley.Cli.Commands;

/// <summary>
/// How commands reach the ledger: which database the user named and how to open it, with failures turned
/// into a message on stderr and an exit code. Writing commands take the opener as a parameter, so tests can
/// hand them a ledger of their own.
/// </summary>
internal static class LedgerAccess
{
    /// <summary>Parley's version as recorded in runs.</summary>
    public static string ParleyVersion =>
        typeof(LedgerAccess).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Opens the ledger named by <c>--db</c> (a DuckDB file or a postgres:// URL).</summary>
    public static ILedger Open(string spec) => LedgerFactory.Open(spec);

    /// <summary>Whether an exception is the store failing (read-only file, full disk, lost connection) rather than a bug.</summary>
    public static bool IsStoreError(Exception error) =>
        error is LedgerException or DbException or IOException or UnauthorizedAccessException;

    /// <summary>Opens (creating when missing) the ledger a writing command writes to; null on failure, with the exit code.</summary>
    public static ILedger? OpenForWriting(string spec, TextWriter stderr, out int exitCode) => Open(spec, stderr, out exitCode);

    /// <summary>
    /// Opens an existing ledger for a query or export. A DuckDB file that does not exist is an error, not a new
    /// empty ledger: a mistyped path must not answer "nothing found".
    /// </summary>
    public static ILedger? OpenExisting(string spec, TextWriter stderr, out int exitCode)
    {
        if (!LedgerFactory.IsPostgres(spec) && !File.Exists(spec))
        {
            stderr.WriteLine($"parley: no ledger at {spec} (run parley ingest first)");
            exitCode = ExitCodes.Failure;
            return null;
        }

        return Open(spec, stderr, out exitCode);
    }

    private static ILedger? Open(string spec, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        ILedger? ledger = null;
        try
        {
            ledger = LedgerFactory.Open(spec);
            ledger.EnsureSchema();
            return ledger;
        }
        catch (LedgerException failure)
        {
            ledger?.Dispose();
            stderr.WriteLine($"parley: {failure.Message}");
            exitCode = ExitCodes.Failure;
            return null;
        }
    }
}
