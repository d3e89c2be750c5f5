namespace Parley.Ledger.Store;

/// <summary>
/// A ledger that cannot be opened or written, with a message naming the database and the reason
/// (read-only file, file locked by another process, server unreachable, connection lost).
/// </summary>
public sealed class LedgerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LedgerException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public LedgerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the database error behind it.</summary>
    public LedgerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
