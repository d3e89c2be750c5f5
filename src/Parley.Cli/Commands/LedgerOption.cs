using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary>
/// The ledger a command reads or writes: <c>--db PATH|URL</c>, else the <c>PARLEY_DB</c> environment
/// variable, else <c>./parley.duckdb</c>. A postgres:// or postgresql:// URL names a PostgreSQL server.
/// </summary>
internal static class LedgerOption
{
    /// <summary>The environment variable naming the default ledger.</summary>
    public const string EnvironmentVariable = "PARLEY_DB";

    /// <summary>The ledger used when neither --db nor PARLEY_DB is given.</summary>
    public const string DefaultPath = "./parley.duckdb";

    /// <summary>A fresh <c>--db</c> option (System.CommandLine options belong to one command each).</summary>
    public static Option<string?> Create() => new("--db")
    {
        Description = $"The ledger: a DuckDB file path or a postgres://user[:password]@host[:port]/database URL; default: ${EnvironmentVariable}, else {DefaultPath}.",
    };

    /// <summary>The ledger to open: the option's value, else the environment variable's, else <see cref="DefaultPath"/>.</summary>
    public static string Choose(string? value, Func<string, string?> env)
    {
        ArgumentNullException.ThrowIfNull(env);
        return value is { Length: > 0 } ? value : env(EnvironmentVariable) is { Length: > 0 } named ? named : DefaultPath;
    }
}
