using System.Text;
using System.Text.Json;
using Parley.TestKit;

namespace Parley.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("parley-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static (int Exit, string Out, string Err) Parley(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Writes_quotes_with_the_contract_fields_in_order()
    {
        string path = Write("talks.txt", "Talks resume in Oslo\n\nJack Straw, the British foreign secretary, said: \"We will not give up on the talks.\"");
        (int exit, string stdout, _) = Parley("analyze", path, "--published", "2026-03-02T09:00+01:00");

        exit.Should().Be(ExitCodes.Success);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement quote = json.RootElement.GetProperty("quotes").EnumerateArray().Should().ContainSingle().Subject;
        quote.EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "speaker", "speaker_name", "speaker_description", "text", "kind", "cue", "evidence");
        quote.GetProperty("speaker").GetString().Should().Be("jack-straw");
        quote.GetProperty("text").GetString().Should().Be("We will not give up on the talks.");
        quote.GetProperty("kind").GetString().Should().Be("direct");
        quote.GetProperty("cue").GetString().Should().Be("said");
        quote.GetProperty("evidence").EnumerateObject().Select(p => p.Name).Should().Equal("start", "end", "text");
    }

    [Fact]
    public void Prints_one_indented_object_in_contract_order_for_one_input()
    {
        string path = Write("story.txt", "Ministers meet in Oslo\n\nForeign ministers met in Oslo on Monday to discuss the ceasefire.");
        (int exit, string stdout, _) = Parley("analyze", path, "--published", "2026-03-02T09:00+01:00");

        exit.Should().Be(ExitCodes.Success);
        stdout.Should().Contain("\n  \"article\": {"); // indented
        using JsonDocument json = JsonDocument.Parse(stdout);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("source", "article", "actors", "events", "quotes");
        JsonElement article = json.RootElement.GetProperty("article");
        article.EnumerateObject().Select(p => p.Name).Should().StartWith(
            ["id", "headline", "standfirst", "byline", "outlet", "published", "updated", "language"]);
        article.GetProperty("published").GetString().Should().Be("2026-03-02T09:00:00+01:00");
        article.GetProperty("updated").ValueKind.Should().Be(JsonValueKind.Null);
        article.GetProperty("id").GetString().Should().MatchRegex("^[0-9a-f]{64}$");
        json.RootElement.GetProperty("events").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Prints_json_lines_when_there_are_several_inputs()
    {
        (int exit, string stdout, _) = Parley("analyze", Fixture.PathOf("feeds/world-desk.rss"));
        exit.Should().Be(ExitCodes.Success);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        foreach (string line in lines)
        {
            using JsonDocument json = JsonDocument.Parse(line);
            json.RootElement.GetProperty("source").GetString().Should().Contain("world-desk.rss#");
        }
    }

    [Fact]
    public void Names_each_rejected_file_goes_on_and_exits_2()
    {
        Write("a-good.txt", "Envoys meet\n\nThe envoys met in Doha on Sunday.");
        string empty = Write("b-empty.txt", string.Empty);
        Write("c-good.txt", "Talks resume\n\nTalks resumed in Geneva on Tuesday.");

        (int exit, string stdout, string stderr) = Parley("analyze", _folder.FullName, "--format", "jsonl");

        exit.Should().Be(ExitCodes.SomeRejected);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
        stderr.Should().Contain(empty).And.Contain("read.empty").And.Contain("2 read, 1 rejected");
    }

    [Fact]
    public void Exits_3_when_nothing_could_be_read()
    {
        (int exit, _, string stderr) = Parley("analyze", Path.Combine(_folder.FullName, "missing.txt"));
        exit.Should().Be(ExitCodes.Failure);
        stderr.Should().Contain("read.not-found");
    }

    [Theory]
    [InlineData("--published", "last Tuesday")] // not ISO: refused before anything is read
    [InlineData("--format", "xml")]
    [InlineData("--encoding", "klingon-8")]
    [InlineData("--bogus", "1")]
    public void Refuses_a_bad_command_line_with_exit_1(string option, string value)
    {
        string path = Write("story.txt", "Headline\n\nBody.");
        Parley("analyze", path, option, value).Exit.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void Renders_a_table()
    {
        (int exit, string stdout, _) = Parley("analyze", Fixture.PathOf("feeds/world-desk.rss"), "--format", "table");
        exit.Should().Be(ExitCodes.Success);
        stdout.Should().Contain("world-desk.rss#1").And.Contain("Modi and Albanese hold talks");
    }
}
