using System.CommandLine;
using Parley.Ledger;
using Parley.Ledger.Store;

namespace Parley.Cli.Commands.Analysis;

/// <summary>
/// Opens the ledger the analysis commands read, as <see cref="LedgerOption"/> chooses it (<c>--db</c>, <c>PARLEY_DB</c>,
/// <c>./parley.duckdb</c>). A DuckDB file must exist already: analyses never create an empty ledger.
/// </summary>
internal static class AnalysisLedger
{
    public static Option<string?> CreateOption() => LedgerOption.Create();

    public static (ISqlSource Source, IDisposable Owner)? Open(string? db, Func<string, string?> environment, TextWriter stderr)
    {
        string spec = LedgerOption.Choose(db, environment);
        if (!LedgerFactory.IsPostgres(spec) && !File.Exists(spec))
        {
            stderr.WriteLine($"parley: no ledger at '{spec}' (ingest or import first, or pass --db)");
            return null;
        }

        try
        {
            ILedger ledger = LedgerFactory.Open(spec);
            if (ledger is not ISqlLedger sql)
            {
                ledger.Dispose();
                stderr.WriteLine($"parley: the ledger at '{spec}' does not answer SQL");
                return null;
            }

            return (sql, sql);
        }
        catch (LedgerException error)
        {
            stderr.WriteLine($"parley: {error.Message}");
            return null;
        }
    }
}
