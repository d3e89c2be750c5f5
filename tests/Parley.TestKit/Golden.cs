using System.Text;

namespace Parley.TestKit;

/// <summary>A golden file did not match: the message names the first differing line and the received file.</summary>
public sealed class GoldenMismatchException : Exception
{
    /// <summary>Creates the exception with a full message.</summary>
    public GoldenMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a full message and its cause.</summary>
    public GoldenMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public GoldenMismatchException()
    {
    }
}

/// <summary>
/// Golden-file comparison in the manner of Verify: output rendered as readable text is compared with
/// a reviewed <c>*.verified.txt</c> next to the test. On a mismatch (or when the verified file does not
/// exist yet) the output is written beside it as <c>*.received.txt</c> to diff and, once reviewed, to
/// rename. Set <c>PARLEY_ACCEPT_GOLDEN=1</c> to write the verified files instead (then review the diff).
/// </summary>
public static class Golden
{
    /// <summary>
    /// Compares <paramref name="actual"/> with the file at <paramref name="verifiedPath"/> (absolute, or
    /// relative to the repository root). Line endings are compared as "\n"; a final newline is added.
    /// </summary>
    public static void Match(string actual, string verifiedPath)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(verifiedPath);
        string path = Path.IsPathRooted(verifiedPath) ? verifiedPath : Path.Combine(Fixture.RepositoryRoot, verifiedPath);
        if (!path.EndsWith(".verified.txt", StringComparison.Ordinal))
        {
            throw new ArgumentException($"a golden file is named *.verified.txt, not '{path}'", nameof(verifiedPath));
        }

        string received = Normalise(actual);
        string receivedPath = string.Concat(path.AsSpan(0, path.Length - ".verified.txt".Length), ".received.txt");
        if (Environment.GetEnvironmentVariable("PARLEY_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(path, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(path))
        {
            File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
            throw new GoldenMismatchException($"{path} does not exist yet. Review {receivedPath} and rename it to .verified.txt.");
        }

        string verified = Normalise(File.ReadAllText(path));
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        throw new GoldenMismatchException($"{path} differs from the output. {FirstDifference(verified, received)} "
            + $"The output is in {receivedPath}: diff the two, and if the change is right, rename it to .verified.txt.");
    }

    private static string Normalise(string text)
    {
        string unix = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return unix.EndsWith('\n') ? unix : unix + "\n";
    }

    private static string FirstDifference(string verified, string received)
    {
        string[] expected = verified.Split('\n');
        string[] actual = received.Split('\n');
        for (int index = 0; index < Math.Max(expected.Length, actual.Length); index++)
        {
            string? want = index < expected.Length ? expected[index] : null;
            string? got = index < actual.Length ? actual[index] : null;
            if (want != got)
            {
                return $"Line {index + 1}: expected '{want ?? "(end)"}' but got '{got ?? "(end)"}'.";
            }
        }

        return string.Empty;
    }
}
