using System.CommandLine;
using Parley.Analysis.Sql;
using Parley.Ledger;

namespace Parley.Cli.Commands.Analysis;

/// <summary>
/// Opens the ledger the analysis commands read: <c>--db PATH</c>, else <c>PARLEY_DB</c>, else <c>./parley.duckdb</c>.
/// A DuckDB file must exist already (analyses never create an empty ledger).
/// </summary>
internal static class AnalysisLedger
{
    public static Option<string?> CreateOption() => new("--db") { Description = "The ledger: a DuckDB file (default ./parley.duckdb, or PARLEY_DB)." };

    public static (ISqlSource Source, IDisposable Owner)? Open(string? db, Func<string, string?> environment, TextWriter stderr)
    {
        string spec = db ?? environment("PARLEY_DB") ?? "parley.duckdb";
        if (spec.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine("parley: the analyses read PostgreSQL ledgers through the store, which this build does not have yet; use a DuckDB file");
            return null;
        }

        if (!File.Exists(spec))
        {
            stderr.WriteLine($"parley: no ledger at '{spec}' (ingest or import first, or pass --db)");
            return null;
        }

        var source = new DuckDbSource(spec);
        return (source, source);
    }
}
