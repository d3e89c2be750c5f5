using System.CommandLine;
using Parley.Cli.Commands;
using Parley.Cli.Commands.Analysis;

namespace Parley.Cli;

/// <summary>The <c>parley</c> command line: one subcommand per analyst task.</summary>
public static class Program
{
    /// <summary>Runs the command line on the process's console; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the command line writing to the given streams (tests pass string writers), reading the process's environment variables.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, Environment.GetEnvironmentVariable);

    /// <summary>Runs the command line with <paramref name="environment"/> in place of the process's environment variables (null: unset).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var root = new RootCommand("Parley turns news into a ledger of who said and did what to whom.");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(KbCommand.Create(environment));
        root.Subcommands.Add(ActorsCommand.Create(environment));
        root.Subcommands.Add(ImportCommand.Create(environment));
        root.Subcommands.Add(ExportCommand.Create(environment));
        root.Subcommands.Add(EventsCommand.Create(environment));
        root.Subcommands.Add(QuotesCommand.Create(environment));
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(IngestCommand.Create(environment));
        root.Subcommands.Add(RejectionsCommand.Create(environment));
        root.Subcommands.Add(RarityCommand.Create(environment));
        root.Subcommands.Add(TimelineCommand.Create(environment));
        root.Subcommands.Add(NetworkCommand.Create(environment));
        root.Subcommands.Add(BriefCommand.Create(environment));
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
