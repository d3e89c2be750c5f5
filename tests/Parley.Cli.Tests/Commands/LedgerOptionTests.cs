using Parley.Cli.Commands;

namespace Parley.Cli.Tests.Commands;

public sealed class LedgerOptionTests
{
    [Fact]
    public void The_option_wins_over_the_environment_which_wins_over_the_default()
    {
        static string? Env(string name) => name == "PARLEY_DB" ? "postgres://ingest@db.example:5432/parley" : null;

        LedgerOption.Choose("team.duckdb", Env).Should().Be("team.duckdb");
        LedgerOption.Choose(null, Env).Should().Be("postgres://ingest@db.example:5432/parley");
        LedgerOption.Choose(null, _ => null).Should().Be("./parley.duckdb");
        LedgerOption.Choose(null, _ => "").Should().Be("./parley.duckdb");
        LedgerOption.Create().Name.Should().Be("--db");
    }
}
