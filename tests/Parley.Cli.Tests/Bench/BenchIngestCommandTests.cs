namespace Parley.Cli.Tests.Bench;

public sealed class BenchIngestCommandTests
{
    [Fact]
    public void Bench_ingest_reports_rate_peak_memory_and_the_working_set_by_tenth_of_the_corpus()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        int exit = Program.Run(["bench", "ingest", "--generate", "60", "--batch", "5"], output, error, _ => null);

        exit.Should().Be(ExitCodes.Success, error.ToString());
        string text = output.ToString();
        text.Should().Contain("articles/s").And.Contain("peak working set").And.Contain("generated 60");
        text.Should().Contain("memory through the run, by tenth of the corpus");
        string[] stageRows = [.. text.Split('\n').Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"│\s+\d+–\d+\s+│"))];
        stageRows.Should().HaveCount(10, text);
        stageRows[0].Should().Contain("0–6");
        stageRows[^1].Should().Contain("54–60");
    }
}
