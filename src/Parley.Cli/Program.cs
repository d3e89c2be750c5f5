using System.CommandLine;
using Parley.Cli.Commands;

namespace Parley.Cli;

/// <summary>The <c>parley</c> command line: one subcommand per analyst task.</summary>
public static class Program
{
    /// <summary>Runs the command line; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Main(string[] args)
    {
        var root = new RootCommand("Parley turns news into a ledger of who said and did what to whom.");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        return root.Parse(args).Invoke();
    }
}
