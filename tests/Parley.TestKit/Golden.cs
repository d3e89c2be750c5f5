using System.Runtime.CompilerServices;

namespace Parley.TestKit;

/// <summary>
/// Golden-file comparison (Verify is not served here): the actual text is compared with
/// <c>NAME.verified.txt</c> next to the calling test's source file. On a mismatch (or when no verified
/// file exists yet) the actual text is written to <c>NAME.received.txt</c> beside it and the test
/// fails; review the received file and rename it to accept it.
/// </summary>
public static class Golden
{
    /// <summary>Fails unless <paramref name="actual"/> equals the verified file <paramref name="name"/>.verified.txt.</summary>
    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(name);
        string folder = Path.GetDirectoryName(callerFile) ?? ".";
        string verifiedPath = Path.Combine(folder, name + ".verified.txt");
        string receivedPath = Path.Combine(folder, name + ".received.txt");
        string normalised = Normalise(actual);
        if (File.Exists(verifiedPath) && Normalise(File.ReadAllText(verifiedPath)) == normalised)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, normalised);
        throw new GoldenMismatchException(File.Exists(verifiedPath)
            ? $"Output differs from {verifiedPath}. Compare with {receivedPath}; if the change is right, replace the verified file with it."
            : $"No verified file {verifiedPath} yet. Review {receivedPath} and rename it to .verified.txt to accept it.");
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd() + "\n";
}

/// <summary>A golden comparison failed; the message names the verified and received files.</summary>
public sealed class GoldenMismatchException(string message) : Exception(message);
