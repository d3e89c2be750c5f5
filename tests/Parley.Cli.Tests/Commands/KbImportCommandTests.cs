using System.Text.Json;
using Parley.TestKit;

namespace Parley.Cli.Tests.Commands;

public sealed class KbImportCommandTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("parley-phoenix-");

    public void Dispose() => _scratch.Delete(recursive: true);

    private string Out => Path.Combine(_scratch.FullName, "knowledge");

    private static (int Exit, string Out, string Err) Parley(string[] args, Func<string, string?>? environment = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(args, output, error, environment ?? (_ => null));
        return (exit, output.ToString(), error.ToString());
    }

    private (int Exit, string Out, string Err) ImportFixture(params string[] extra) =>
        Parley(["kb", "import", "phoenix", Fixture.PathOf("phoenix/officials.actors.txt"), "--out", Out, .. extra]);

    [Fact]
    public void Import_prints_a_summary_and_names_each_rejected_line()
    {
        (int exit, string stdout, _) = ImportFixture();
        exit.Should().Be(ExitCodes.SomeRejected);
        stdout.Should().MatchRegex(@"people read\s+14").And.MatchRegex(@"people imported\s+12")
            .And.MatchRegex(@"skipped as known\s+1 ").And.Contain("Angela Merkel = angela-merkel")
            .And.MatchRegex(@"merged duplicates\s+1 ").And.MatchRegex(@"tenures\s+12").And.MatchRegex(@"codes not mapped\s+2 lines")
            .And.MatchRegex(@"lines rejected\s+6")
            .And.Contain("officials.actors.txt:24: phoenix.malformed-date: '[PRTGOV 9910251-020405]'");
        File.Exists(Path.Combine(Out, "people.tsv")).Should().BeTrue();
    }

    [Fact]
    public void The_imported_folder_passes_kb_check()
    {
        ImportFixture();
        (int exit, string stdout, string stderr) = Parley(["kb", "check", "--dir", Out]);
        exit.Should().Be(ExitCodes.Success, stderr);
        stdout.Should().Contain("knowledge base is valid");
    }

    [Fact]
    public void Actors_resolve_knows_an_imported_official_only_with_the_folder()
    {
        ImportFixture();
        string[] resolve = ["actors", "resolve", "Halvorsen Moe", "--on", "2010-03-01"];
        Parley(resolve).Exit.Should().Be(ExitCodes.Failure);

        (int exit, string stdout, string stderr) = Parley([.. resolve, "--knowledge", Out]);
        exit.Should().Be(ExitCodes.Success, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("id").GetString().Should().Be("ingrid-halvorsen-moe");

        (int fromEnvironment, _, _) = Parley(resolve, name => name == "PARLEY_KNOWLEDGE" ? Out : null);
        fromEnvironment.Should().Be(ExitCodes.Success);
    }

    [Fact]
    public void Kb_check_checks_the_folder_named_by_parley_knowledge_when_no_dir_is_given()
    {
        ImportFixture();
        (int exit, string stdout, string stderr) = Parley(["kb", "check"], name => name == "PARLEY_KNOWLEDGE" ? Out : null);
        exit.Should().Be(ExitCodes.Success, stderr);
        // 12 imported member tenures + the 14 shipped ones (6 Conservative leaders and 8 EU trade commissioners in
        // data/tenures.tsv; the UK chancellors are kind finance-minister since knowledge round 3).
        stdout.Should().Contain("shipped knowledge + " + Out).And.MatchRegex(@"member\s+26");
    }

    [Fact]
    public void Import_refuses_to_overwrite_knowledge_files_without_force()
    {
        ImportFixture();
        (int exit, _, string stderr) = ImportFixture();
        exit.Should().Be(ExitCodes.Usage);
        stderr.Should().Contain("--force");
        ImportFixture("--force").Exit.Should().Be(ExitCodes.SomeRejected);
    }

    [Fact]
    public void Import_of_a_missing_file_fails_naming_it()
    {
        string missing = Path.Combine(_scratch.FullName, "no-such.actors.txt");
        (int exit, string stdout, string stderr) = Parley(["kb", "import", "phoenix", missing, "--out", Out]);
        exit.Should().Be(ExitCodes.Failure);
        stderr.Should().Contain($"cannot read the Phoenix dictionary '{missing}'");
        stdout.Should().BeEmpty();
        Directory.Exists(Out).Should().BeFalse();
    }

    [Fact]
    public void Import_of_a_folder_or_a_binary_file_fails_naming_it()
    {
        Parley(["kb", "import", "phoenix", _scratch.FullName, "--out", Out]).Err.Should().Contain("it is a folder");
        string binary = Path.Combine(_scratch.FullName, "actors.bin");
        File.WriteAllBytes(binary, [0x41, 0x00, 0x42, 0x0A]);
        (int exit, _, string stderr) = Parley(["kb", "import", "phoenix", binary, "--out", Out]);
        exit.Should().Be(ExitCodes.Failure);
        stderr.Should().Contain($"'{binary}': it is not a text file");
    }

    [Fact]
    public void Import_of_a_file_without_entries_fails()
    {
        string empty = Path.Combine(_scratch.FullName, "empty.actors.txt");
        File.WriteAllText(empty, "# only a comment\n\n");
        (int exit, _, string stderr) = Parley(["kb", "import", "phoenix", empty, "--out", Out]);
        exit.Should().Be(ExitCodes.Failure);
        stderr.Should().Contain("holds no actor entries");
    }

    [Fact]
    public void Actors_resolve_reports_a_missing_knowledge_folder_as_a_usage_error()
    {
        (int exit, _, string stderr) = Parley(["actors", "resolve", "Putin", "--knowledge", Path.Combine(_scratch.FullName, "absent")]);
        exit.Should().Be(ExitCodes.Usage);
        stderr.Should().Contain("does not exist");
    }

    [Fact]
    public void Imports_the_real_phoenix_countries_dictionary_into_a_folder_that_passes_kb_check()
    {
        const string relative = "data/actors/Phoenix.Countries.actors.txt";
        string? path = Fixture.SharedPath(relative);
        if (path is null)
        {
            Assert.Skip(Fixture.SharedMissing(relative));
            return;
        }

        (int exit, string stdout, string stderr) = Parley(["kb", "import", "phoenix", path, "--out", Out]);
        exit.Should().BeOneOf([ExitCodes.Success, ExitCodes.SomeRejected], stderr);
        stdout.Should().MatchRegex(@"people imported\s+\d{5}").And.MatchRegex(@"skipped as known\s+\d{3}");
        Parley(["kb", "check", "--dir", Out]).Exit.Should().Be(ExitCodes.Success);
    }
}
