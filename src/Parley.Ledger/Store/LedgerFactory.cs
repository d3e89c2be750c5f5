namespace Parley.Ledger.Store;

/// <summary>Opens a ledger from what the user wrote after --db (or in PARLEY_DB).</summary>
public static class LedgerFactory
{
    /// <summary>
    /// A postgres:// or postgresql:// URL opens PostgreSQL; anything else is a DuckDB file path
    /// (created with its folder when missing). The schema is not created here: call <see cref="ILedger.EnsureSchema"/>.
    /// </summary>
    /// <exception cref="LedgerException">The database cannot be opened; the message says which and why.</exception>
    public static ILedger Open(string spec)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        return IsPostgres(spec) ? PostgresLedger.Open(spec) : DuckDbLedger.Open(spec);
    }

    /// <summary>Whether <paramref name="spec"/> names a PostgreSQL server.</summary>
    public static bool IsPostgres(string spec) =>
        spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
}
