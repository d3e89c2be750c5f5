using System.CommandLine;
using System.Globalization;
using System.Text;
using Parley.Knowledge;
using Parley.Knowledge.Phoenix;
using Parley.Knowledge.Tables;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley kb import phoenix FILE [--out FOLDER] [--force]</c>: turn a PETRARCH/Phoenix actor
/// dictionary into a user knowledge folder (people.tsv, offices.tsv, tenures.tsv) and say what was
/// imported, skipped and rejected. Exit 0 when every line was read, 2 when some lines were
/// rejected (listed with their numbers), 1 for a bad command line, 3 when the file cannot be read.
/// </summary>
public static class KbImportCommand
{
    /// <summary>The output folder when <c>--out</c> is not given.</summary>
    public const string DefaultFolder = "phoenix-knowledge";

    private const int ListedExamples = 10;

    /// <summary>Builds <c>import</c> with its <c>phoenix</c> subcommand.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A PETRARCH/Phoenix actor dictionary, e.g. Phoenix.Countries.actors.txt." };
        var output = new Option<string>("--out")
        {
            Description = "The folder to write people.tsv, offices.tsv and tenures.tsv to (created if needed).",
            DefaultValueFactory = _ => DefaultFolder,
        };
        var force = new Option<bool>("--force") { Description = "Overwrite knowledge files already in --out." };
        var phoenix = new Command("phoenix", "Import a PETRARCH/Phoenix actor dictionary into a knowledge folder Parley loads with --knowledge.")
        {
            file, output, force,
        };
        phoenix.SetAction(parse => ImportPhoenix(parse.GetRequiredValue(file), parse.GetRequiredValue(output), parse.GetValue(force),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return new Command("import", "Import knowledge from the dictionaries the field already has.") { phoenix };
    }

    private static int ImportPhoenix(string path, string folder, bool force, TextWriter stdout, TextWriter stderr)
    {
        if (Directory.Exists(path))
        {
            stderr.WriteLine($"parley: cannot read the Phoenix dictionary '{path}': it is a folder; give the dictionary file itself");
            return ExitCodes.Failure;
        }

        string text;
        try
        {
            // Invalid bytes become U+FFFD and their lines are rejected one by one, so one bad name
            // does not lose a dictionary of fifty thousand lines.
            text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"parley: cannot read the Phoenix dictionary '{path}': {error.Message}");
            return ExitCodes.Failure;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            stderr.WriteLine($"parley: cannot read the Phoenix dictionary '{path}': it is not a text file (it holds NUL bytes)");
            return ExitCodes.Failure;
        }

        PhoenixDictionary dictionary = PhoenixDictionaryReader.Read(text);
        if (dictionary.Entries.IsEmpty)
        {
            stderr.WriteLine($"parley: '{path}' holds no actor entries; expected a PETRARCH/Phoenix actor dictionary (NAME_ lines, +SYNONYM_ lines, [CODE DATES] lines)");
            return ExitCodes.Failure;
        }

        IReadOnlyList<KnowledgeFile> shipped = KnowledgeFile.Shipped();
        PhoenixImport import = new PhoenixImporter(KnowledgeLoader.Load(shipped)).Import(dictionary, Path.GetFileName(path));
        IReadOnlyList<KnowledgeFile> files = [.. PhoenixImportFiles.Render(import)
            .Select(file => file with { Name = Path.Combine(folder, file.Table) })];
        try
        {
            // What is written must load next to the shipped files, exactly as kb check --dir will load it.
            KnowledgeLoader.Load([.. shipped, .. files]);
        }
        catch (KnowledgeFormatException invalid)
        {
            foreach (KnowledgeError error in invalid.Errors)
            {
                stderr.WriteLine(error);
            }

            stderr.WriteLine($"parley: the imported rows would not load ({invalid.Errors.Count} error(s)); nothing was written to '{folder}'");
            return ExitCodes.Failure;
        }

        string[] existing = [.. files.Select(file => Path.Combine(folder, file.Table)).Where(File.Exists)];
        if (existing.Length > 0 && !force)
        {
            stderr.WriteLine($"parley: {string.Join(", ", existing)} already exist(s); choose another --out folder or pass --force to overwrite");
            return ExitCodes.Usage;
        }

        try
        {
            Directory.CreateDirectory(folder);
            foreach (KnowledgeFile file in files)
            {
                File.WriteAllText(Path.Combine(folder, file.Table), file.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"parley: cannot write the knowledge folder '{folder}': {error.Message}");
            return ExitCodes.Failure;
        }

        stdout.WriteLine(Describe(path, import, folder));
        return import.Rejected.IsEmpty ? ExitCodes.Success : ExitCodes.SomeRejected;
    }

    private static string Describe(string path, PhoenixImport import, string folder)
    {
        var lines = new List<string>
        {
            Line("Phoenix dictionary", path),
            Line("entries read", Count(import.EntriesRead)),
            Line("people read", Count(import.PeopleRead)),
            Line("people imported", Count(import.People.Length)),
            Line("merged duplicates", Count(import.DuplicatesMerged) + " (the same name in the same country, listed once per spell in office)"),
            Line("skipped as known", Count(import.KnownPeople.Length)
                + " (already in the shipped knowledge base: not duplicated; their Phoenix aliases and roles are not added)"),
        };
        lines.AddRange(import.KnownPeople.Take(ListedExamples).Select(known => $"  {known.PhoenixName} = {known.Known}"));
        lines.AddRange(More(import.KnownPeople.Length));
        lines.Add(Line("offices created", Count(import.Offices.Length)));
        lines.Add(Line("tenures", Count(import.Tenures.Length)));
        lines.Add(Line("aliases", Count(import.AliasCount)));
        lines.Add(Line("roles without tenure", Count(import.RolesWithoutTenure.Values.Sum()) + " (the person keeps the country; by role: "
            + string.Join(", ", import.RolesWithoutTenure.OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Key} {Count(pair.Value)}")) + ")"));
        lines.Add(Line("codes not mapped", Count(import.UnmappedCodes.Values.Sum()) + " lines, "
            + Count(import.UnmappedCodes.Count) + " codes (country or role Parley does not know)"));
        lines.AddRange(import.UnmappedCodes.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(ListedExamples).Select(pair => $"  {pair.Key} {Count(pair.Value)}"));
        lines.AddRange(More(import.UnmappedCodes.Count));
        lines.Add(Line("lines rejected", Count(import.Rejected.Length)));
        lines.AddRange(import.Rejected.Select(rejected =>
            $"  {path}:{Count(rejected.Line)}: {rejected.Code}: '{rejected.Text}': expected {rejected.Reason}"));
        lines.Add(Line("written to", $"{folder} (offices.tsv, people.tsv, tenures.tsv)"));
        lines.Add(Line("use it with", $"--knowledge {folder}, or {KnowledgeFolder.EnvironmentVariable}={folder}; check it with parley kb check --dir {folder}"));
        return string.Join(Environment.NewLine, lines);
    }

    private static IEnumerable<string> More(int total) =>
        total > ListedExamples ? [$"  ... and {Count(total - ListedExamples)} more"] : [];

    private static string Line(string label, string value) => $"{label,-22}{value}";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
