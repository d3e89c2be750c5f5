using System.Xml.Linq;
using Parley.TestKit;

namespace Parley.Architecture.Tests;

/// <summary>
/// The dependency rule of docs/architecture.md, checked on the project files themselves: a stage
/// may use Core and earlier stages, never a later one, and only the CLI may touch the console.
/// </summary>
public sealed class DependencyRuleTests
{
    // Each source project and the projects it may reference. A new project must be added here,
    // which makes its place in the flow a reviewed decision.
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Parley.Core"] = [],
        ["Parley.Ingest"] = ["Parley.Core"],
        ["Parley.Knowledge"] = ["Parley.Core"],
        ["Parley.Annotate"] = ["Parley.Core", "Parley.Knowledge"],
        ["Parley.Quotes"] = ["Parley.Core", "Parley.Knowledge", "Parley.Annotate"],
        ["Parley.Events"] = ["Parley.Core", "Parley.Knowledge", "Parley.Annotate"],
        ["Parley.Evaluation"] = ["Parley.Core", "Parley.Ingest", "Parley.Knowledge", "Parley.Annotate", "Parley.Events", "Parley.Quotes"],
        ["Parley.Ledger"] = ["Parley.Core", "Parley.Ingest", "Parley.Knowledge", "Parley.Annotate", "Parley.Events", "Parley.Quotes"],
        ["Parley.Analysis"] = ["Parley.Core", "Parley.Knowledge", "Parley.Ledger"],
        ["Parley.Cli"] = ["Parley.Core", "Parley.Ingest", "Parley.Knowledge", "Parley.Annotate", "Parley.Events", "Parley.Quotes", "Parley.Evaluation", "Parley.Ledger", "Parley.Analysis"],
    };

    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(Path.Combine(Fixture.RepositoryRoot, "src")).Order(StringComparer.Ordinal)
                     .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj"))))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    private static XDocument ProjectFile(string project) =>
        XDocument.Load(Path.Combine(Fixture.RepositoryRoot, "src", project, project + ".csproj"));

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Project_references_only_earlier_stages(string project)
    {
        Allowed.Should().ContainKey(project, "every source project has a declared place in the flow");
        IEnumerable<string> references = ProjectFile(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));
        references.Should().BeSubsetOf(Allowed[project]);
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Only_the_command_line_writes_to_the_console_or_reads_the_clock(string project)
    {
        if (project == "Parley.Cli")
        {
            return;
        }

        string[] forbidden = ["Console.Write", "Console.Out", "Console.Error", "Environment.Exit", "DateTime.Now", "DateTimeOffset.Now", "DateTime.UtcNow"];
        // Benchmarks measure wall time by definition; they still must not print.
        if (project == "Parley.Evaluation")
        {
            forbidden = ["Console.Write", "Console.Out", "Console.Error", "Environment.Exit"];
        }

        foreach (string file in Directory.EnumerateFiles(Path.Combine(Fixture.RepositoryRoot, "src", project), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            string code = File.ReadAllText(file);
            foreach (string call in forbidden)
            {
                code.Should().NotContain(call, $"{Path.GetRelativePath(Fixture.RepositoryRoot, file)} is a library: the CLI owns the console, the clock and the exit code");
            }
        }
    }

    [Fact]
    public void Comparison_extractor_is_referenced_only_by_evaluation()
    {
        foreach (string project in SourceProjects().Select(row => (string)row.Data))
        {
            bool usesSmartReader = ProjectFile(project).Descendants("PackageReference")
                .Any(p => p.Attribute("Include")?.Value == "SmartReader");
            usesSmartReader.Should().Be(project == "Parley.Evaluation", $"{project}: SmartReader is a comparison point, never the extractor");
        }
    }
}
