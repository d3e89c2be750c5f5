using System.Text.Json;

namespace Parley.Cli.Tests.Commands;

public sealed class KnowledgeCommandsTests
{
    private static (int Exit, string Out, string Err) Parley(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Kb_check_passes_on_the_shipped_knowledge_and_prints_counts()
    {
        (int exit, string stdout, string stderr) = Parley("kb", "check");
        exit.Should().Be(ExitCodes.Success, stderr);
        stdout.Should().Contain("people").And.Contain("tenures");
    }

    [Fact]
    public void Kb_check_names_file_and_line_of_a_bad_row()
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("parley-kb-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "tenures.tsv"),
                "person_id\toffice_id\tstart\tend\tsource\nxi-jinping\tchn-president\t2013-03-14\t2012-01-01\ttest\n");
            (int exit, _, string stderr) = Parley("kb", "check", "--dir", folder.FullName);
            exit.Should().NotBe(ExitCodes.Success);
            stderr.Should().Contain("tenures.tsv:2");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("Xi", "2026-02-04", "xi-jinping", "President of China")]
    [InlineData("Putin", "2010-06-01", "vladimir-putin", "Prime Minister of Russia")]
    public void Actors_resolve_prints_the_office_held_that_day(string name, string on, string id, string role)
    {
        (int exit, string stdout, string stderr) = Parley("actors", "resolve", name, "--on", on);
        exit.Should().Be(ExitCodes.Success, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement best = json.RootElement;
        best.GetProperty("id").GetString().Should().Be(id);
        best.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Contain(role);
    }

    [Fact]
    public void Actors_resolve_finds_trump_out_of_office_in_2022()
    {
        (int exit, string stdout, _) = Parley("actors", "resolve", "Trump", "--on", "2022-06-01");
        exit.Should().Be(ExitCodes.Success);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement best = json.RootElement;
        best.GetProperty("id").GetString().Should().Be("donald-trump");
        best.GetProperty("roles").GetArrayLength().Should().Be(0);
    }
}
