namespace Parley.TestKit;

/// <summary>
/// Finds the team's own fixtures (tests/fixtures) and the shared real data (../shared), from any
/// test's working folder. Shared data may be absent on a machine: <see cref="SharedPath"/> then
/// returns null and tests say so instead of failing.
/// </summary>
public static class Fixture
{
    /// <summary>The repository root (the folder holding Parley.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The full path of a fixture under tests/fixtures.</summary>
    public static string PathOf(string relative) => Path.Combine(RepositoryRoot, "tests", "fixtures", relative);

    /// <summary>The text of a fixture under tests/fixtures.</summary>
    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>The full path of something under ../shared, or null when it is absent on this machine.</summary>
    public static string? SharedPath(string relative)
    {
        string path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", relative));
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    /// <summary>The message a test gives when it skips for lack of shared data.</summary>
    public static string SharedMissing(string relative) =>
        $"../shared/{relative} is not present on this machine; this test reads real data from there and is skipped without it.";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Parley.slnx not found above {AppContext.BaseDirectory}");
    }
}
