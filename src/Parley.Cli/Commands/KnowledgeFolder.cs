using System.CommandLine;
using Parley.Knowledge;
using Parley.Knowledge.Tables;

namespace Parley.Cli.Commands;

/// <summary>
/// The user's own knowledge folder that commands load on top of the shipped files:
/// <c>--knowledge FOLDER</c>, else the <c>PARLEY_KNOWLEDGE</c> environment variable, else none.
/// </summary>
internal static class KnowledgeFolder
{
    /// <summary>The environment variable naming a default user knowledge folder.</summary>
    public const string EnvironmentVariable = "PARLEY_KNOWLEDGE";

    /// <summary>A fresh <c>--knowledge</c> option (System.CommandLine options belong to one command each).</summary>
    public static Option<string?> CreateOption() => new("--knowledge")
    {
        Description = $"A folder of your own knowledge files (people.tsv, offices.tsv, tenures.tsv, ...) loaded on top of the shipped ones; default: ${EnvironmentVariable}.",
    };

    /// <summary>The folder to load: the option's value, else the environment variable's; null for the shipped knowledge alone.</summary>
    public static string? Choose(string? option, Func<string, string?> environment) =>
        option ?? (environment(EnvironmentVariable) is { Length: > 0 } folder ? folder : null);

    /// <summary>Loads the shipped knowledge plus <paramref name="folder"/>; on failure writes why to <paramref name="stderr"/> and returns null with the exit code.</summary>
    public static KnowledgeBase? TryLoad(string? folder, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        try
        {
            IReadOnlyList<KnowledgeFile> files = KnowledgeFile.Shipped();
            return KnowledgeLoader.Load(folder is null ? files : [.. files, .. KnowledgeFile.FromFolder(folder)]);
        }
        catch (DirectoryNotFoundException missing)
        {
            stderr.WriteLine($"parley: {missing.Message} (from --knowledge or ${EnvironmentVariable})");
            exitCode = ExitCodes.Usage;
        }
        catch (KnowledgeFormatException invalid)
        {
            foreach (KnowledgeError error in invalid.Errors)
            {
                stderr.WriteLine(error);
            }

            stderr.WriteLine($"parley: the knowledge base has {invalid.Errors.Count} error(s); check it with parley kb check --dir {folder}");
            exitCode = ExitCodes.Failure;
        }

        return null;
    }
}
