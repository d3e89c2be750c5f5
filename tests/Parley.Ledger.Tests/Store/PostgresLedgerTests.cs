using Parley.Ledger.Store;

namespace Parley.Ledger.Tests.Store;

/// <summary>The store suite on PostgreSQL, plus what only a shared server does: several writers at once, a server gone.</summary>
public sealed class PostgresLedgerTests(PostgresDatabase database) : LedgerContractTests, IClassFixture<PostgresDatabase>
{
    protected override ILedger OpenEmpty() => LedgerFactory.Open(database.NewLedgerUrl());

    [Fact]
    public void A_postgres_url_opens_postgresql()
    {
        using ILedger ledger = Open();
        ledger.Backend.Should().Be("postgres");
    }

    [Fact]
    public void A_server_that_cannot_be_reached_gives_a_clear_error()
    {
        database.NewLedgerUrl(); // skips without a server, like the rest of the class
        Action open = () => LedgerFactory.Open("postgres://postgres@127.0.0.1:1/nowhere").Dispose();
        open.Should().Throw<LedgerException>().Which.Message.Should().Contain("127.0.0.1:1").And.Contain("cannot reach");
    }
}
