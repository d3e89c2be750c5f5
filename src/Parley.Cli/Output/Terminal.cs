using Spectre.Console;

namespace Parley.Cli.Output;

/// <summary>Spectre consoles over a command's own output stream.</summary>
public static class Terminal
{
    /// <summary>
    /// A console writing to <paramref name="stdout"/>: the real terminal when that is the process's
    /// output, else a plain one. When the output is not a terminal (a pipe, a file, a test) Spectre
    /// assumes 80 columns; reports read better at 160.
    /// </summary>
    public static IAnsiConsole For(TextWriter stdout)
    {
        IAnsiConsole console = ReferenceEquals(stdout, Console.Out) ? AnsiConsole.Console : AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!ReferenceEquals(stdout, Console.Out) || Console.IsOutputRedirected)
        {
            console.Profile.Width = 160;
        }

        return console;
    }
}
