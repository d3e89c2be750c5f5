using System.Diagnostics;
using Parley.Evaluation.Corpus;
using Parley.Knowledge;
using Parley.Ledger;
using Parley.Ledger.Store;

namespace Parley.Cli.Tests.Ledger;

/// <summary>
/// Kills the real <c>parley ingest</c> process at seeded random moments, then ingests again: every batch is
/// one transaction, so the ledger must end exactly as one clean run leaves it.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Articles = 300;
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("parley-crash-");

    public void Dispose() => _scratch.Delete(recursive: true);

    private static string ParleyDll => Path.Combine(AppContext.BaseDirectory, "parley.dll");

    private static Process Start(string corpus, string database)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { ParleyDll, "ingest", corpus, "--db", database, "--workers", "2", "--batch", "20" })
        {
            start.ArgumentList.Add(arg);
        }

        Process process = Process.Start(start)!;
        // Drain the pipes so a chatty process never blocks on a full one.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static LedgerCounts Counts(string database)
    {
        using ILedger ledger = LedgerFactory.Open(database);
        return ledger.Counts();
    }

    [Fact]
    public async Task Killing_ingest_at_random_moments_loses_nothing_and_doubles_nothing()
    {
        File.Exists(ParleyDll).Should().BeTrue("the test runs the real executable, built next to this test assembly");
        string corpus = Path.Combine(_scratch.FullName, "corpus");
        CorpusWriter.Write(new SyntheticNews(KnowledgeLoader.LoadShipped(), seed: 4).Generate(Articles), corpus, jsonLines: false);
        string killed = Path.Combine(_scratch.FullName, "killed.duckdb");
        string clean = Path.Combine(_scratch.FullName, "clean.duckdb");
        var random = new Random(20261126);
        CancellationToken cancel = TestContext.Current.CancellationToken;

        for (int attempt = 0; attempt < 3; attempt++)
        {
            using Process victim = Start(corpus, killed);
            await Task.Delay(random.Next(800, 4000), cancel);
            if (!victim.HasExited)
            {
                victim.Kill(entireProcessTree: true);
            }

            await victim.WaitForExitAsync(cancel);
        }

        using (Process finish = Start(corpus, killed))
        {
            await finish.WaitForExitAsync(cancel);
            finish.ExitCode.Should().Be(ExitCodes.Success);
        }

        using (Process reference = Start(corpus, clean))
        {
            await reference.WaitForExitAsync(cancel);
            reference.ExitCode.Should().Be(ExitCodes.Success);
        }

        LedgerCounts afterKills = Counts(killed);
        LedgerCounts once = Counts(clean);
        afterKills.Articles.Should().Be(Articles, "every generated article is distinct");
        afterKills.Should().Be(once with { Runs = afterKills.Runs }, "killed runs leave whole batches or nothing: no duplicate events, mentions or quotes");
        using ILedger ledger = LedgerFactory.Open(killed);
        ledger.Runs()[0].Status.Should().Be("completed");
        ledger.Runs().Select(r => r.Status).Should().OnlyContain(s => s == "completed" || s == "interrupted" || s == "running");
    }
}
