using System.Data.Common;
using Parley.Ledger;
using Parley.Ledger.Store;

namespace Parley.Cli.Commands;

/// <summary>
/// How the writing commands reach the ledger: which database the user named and how to open it. Commands
/// take the opener as a parameter, so tests can hand them a ledger of their own.
/// </summary>
internal static class LedgerAccess
{
    /// <summary>Opens the ledger named by <c>--db</c> (a DuckDB file or a postgres:// URL).</summary>
    public static ILedger Open(string spec) => LedgerFactory.Open(spec);

    /// <summary>Whether an exception is the store failing (read-only file, full disk, lost connection) rather than a bug.</summary>
    public static bool IsStoreError(Exception error) =>
        error is LedgerException or DbException or IOException or UnauthorizedAccessException;
}
