using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Knowledge;
using Parley.Knowledge.Tables;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley kb check [--dir FOLDER] [--only]</c>: load and validate the knowledge base, print counts and load time;
/// without <c>--dir</c> the folder of <c>PARLEY_KNOWLEDGE</c> is checked, as the other commands would load it.
/// <c>parley kb import phoenix FILE</c> is <see cref="KbImportCommand"/>.
/// </summary>
public static class KbCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var folder = new Option<string?>("--dir")
        {
            Description = $"A folder of knowledge files (countries.tsv, people.tsv, ...) to check on top of the shipped ones; default: ${KnowledgeFolder.EnvironmentVariable}.",
        };
        var only = new Option<bool>("--only")
        {
            Description = "Check the files in --dir alone, without the shipped knowledge (e.g. --dir data --only in CI).",
        };
        var check = new Command("check", "Load and validate the knowledge base; print what it holds and how long loading took.") { folder, only };
        check.SetAction(parse => Check(parse.GetValue(folder) ?? (parse.GetValue(only) ? null : KnowledgeFolder.Choose(null, environment)),
            parse.GetValue(only), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return new Command("kb", "Work with the knowledge base (countries, people, offices, tenures, metonyms, media).") { check, KbImportCommand.Create() };
    }

    private static int Check(string? folder, bool only, TextWriter stdout, TextWriter stderr)
    {
        if (only && folder is null)
        {
            stderr.WriteLine("parley: --only needs --dir FOLDER");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        KnowledgeBase knowledge;
        try
        {
            IReadOnlyList<KnowledgeFile> files = only ? [] : KnowledgeFile.Shipped();
            if (folder is not null)
            {
                files = [.. files, .. KnowledgeFile.FromFolder(folder)];
            }

            knowledge = KnowledgeLoader.Load(files);
        }
        catch (DirectoryNotFoundException missing)
        {
            stderr.WriteLine($"parley: {missing.Message}");
            return ExitCodes.Usage;
        }
        catch (KnowledgeFormatException invalid)
        {
            foreach (KnowledgeError error in invalid.Errors)
            {
                stderr.WriteLine(error);
            }

            stderr.WriteLine($"parley: the knowledge base has {invalid.Errors.Count} error(s)");
            return ExitCodes.Failure;
        }

        clock.Stop();
        if (folder is not null)
        {
            stdout.WriteLine($"{"checked",-22}{(only ? "" : "shipped knowledge + ")}{folder}");
        }

        stdout.WriteLine(Describe(knowledge, clock.Elapsed));
        return ExitCodes.Success;
    }

    private static string Describe(KnowledgeBase knowledge, TimeSpan loadTime)
    {
        var lines = new List<string>
        {
            Line("countries", knowledge.Countries.Length),
            Line("organizations", knowledge.Organizations.Length),
            Line("offices", knowledge.Offices.Length),
            Line("people", knowledge.People.Length),
            Line("tenures", knowledge.Tenures.Length),
        };
        foreach (string kind in KnowledgeLoader.OfficeKinds)
        {
            int count = knowledge.Tenures.Count(tenure => knowledge.OfficeById(tenure.Office)!.Kinds.Contains(kind));
            lines.Add(Line("  " + kind, count));
        }

        lines.Add(Line("metonyms", knowledge.Metonyms.Length));
        lines.Add(Line("media", knowledge.Media.Length));
        lines.Add(Line("role nouns", knowledge.RoleNouns.Length));
        lines.Add($"{"load time",-22}{loadTime.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
        lines.Add("knowledge base is valid");
        return string.Join(Environment.NewLine, lines);
    }

    private static string Line(string label, int count) => $"{label,-22}{count.ToString(CultureInfo.InvariantCulture)}";
}
