using Parley.Ledger.Store;

namespace Parley.Ledger.Tests.Store;

/// <summary>The store suite on DuckDB, each test in its own file; plus what only a file can do wrong.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class DuckDbLedgerTests : LedgerContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parley-ledger-" + Guid.NewGuid().ToString("N"));

    protected override ILedger OpenEmpty() => LedgerFactory.Open(Path.Combine(_folder, "nested", Guid.NewGuid().ToString("N") + ".duckdb"));

    [Fact]
    public void A_file_path_opens_duckdb_and_creates_the_folder()
    {
        using ILedger ledger = Open();
        ledger.Backend.Should().Be("duckdb");
        Directory.Exists(Path.Combine(_folder, "nested")).Should().BeTrue();
    }

    [Fact]
    public void A_read_only_file_is_refused_with_a_message_naming_it()
    {
        string path = Path.Combine(_folder, "readonly.duckdb");
        using (ILedger ledger = LedgerFactory.Open(path))
        {
            ledger.EnsureSchema();
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        Action open = () => LedgerFactory.Open(path).Dispose();
        open.Should().Throw<LedgerException>().Which.Message.Should().Contain(path).And.Contain("read-only");
    }

    [Fact]
    public void A_read_only_folder_is_refused_with_a_message_naming_it()
    {
        string folder = Path.Combine(_folder, "locked-folder");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        Action open = () => LedgerFactory.Open(Path.Combine(folder, "parley.duckdb")).Dispose();
        open.Should().Throw<LedgerException>().Which.Message.Should().Contain(folder).And.Contain("read-only");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            foreach (string folder in Directory.EnumerateDirectories(_folder, "*", SearchOption.AllDirectories).Append(_folder))
            {
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            Directory.Delete(_folder, recursive: true);
        }
    }
}
