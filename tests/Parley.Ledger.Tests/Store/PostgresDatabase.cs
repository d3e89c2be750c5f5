using Npgsql;
using Parley.Ledger.Store;

namespace Parley.Ledger.Tests.Store;

/// <summary>
/// A private database on the test server named by PARLEY_TEST_POSTGRES (scripts/test starts one), created
/// for one test class and dropped after it. Each ledger gets its own schema in it, so tests stay isolated.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string Variable = "PARLEY_TEST_POSTGRES";

    private readonly string? _server = Environment.GetEnvironmentVariable(Variable);
    private readonly string _name = "parley_test_" + Guid.NewGuid().ToString("N")[..12];
    private bool _created;

    /// <summary>The URL of a fresh schema in this class's database; skips (or fails on CI) when no server is configured.</summary>
    public string NewLedgerUrl()
    {
        if (_server is null)
        {
            string message = $"{Variable} is not set, so the PostgreSQL store tests cannot run (scripts/test starts a server and sets it).";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                Assert.Fail(message + " CI must run them.");
            }

            Assert.Skip(message);
        }

        if (!_created)
        {
            Admin($"CREATE DATABASE {_name}");
            _created = true;
        }

        string schema = "s_" + Guid.NewGuid().ToString("N")[..12];
        string url = DatabaseUrl();
        using (var connection = new NpgsqlConnection(PostgresLedger.ConnectionString(url)))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        return url + "?Search%20Path=" + schema;
    }

    private string DatabaseUrl()
    {
        var uri = new Uri(_server!);
        return new UriBuilder(uri) { Path = "/" + _name, Query = "" }.Uri.ToString();
    }

    private void Admin(string statement)
    {
        using var connection = new NpgsqlConnection(PostgresLedger.ConnectionString(_server!));
        connection.Open();
        using var command = new NpgsqlCommand(statement, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_created)
        {
            NpgsqlConnection.ClearAllPools();
            Admin($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }
    }
}
