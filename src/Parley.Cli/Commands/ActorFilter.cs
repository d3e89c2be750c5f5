using System.Globalization;
using Parley.Knowledge;

namespace Parley.Cli.Commands;

/// <summary>
/// Reads what a user typed for an actor filter: an id as the ledger stores it ("CHN", "xi-jinping",
/// "icews:citizen-india") is used as it is; a name ("Xi Jinping", "China") is resolved through the knowledge base.
/// </summary>
internal static class ActorFilter
{
    /// <summary>The actor id <paramref name="text"/> stands for; the text itself when the knowledge base does not know it as a name.</summary>
    public static string? Resolve(string? text, KnowledgeBase knowledge)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Ids are lower-case kebab (people), upper-case ISO3 (countries) or carry a dataset prefix: no lookup needed.
        if (text.Contains(':', StringComparison.Ordinal) || (text.Length == 3 && text.All(char.IsAsciiLetterUpper))
            || (text.Contains('-', StringComparison.Ordinal) && !text.Any(char.IsWhiteSpace) && text.All(c => !char.IsUpper(c))))
        {
            return knowledge.CountryByCode(text) is { } coded && text.Length == 3 ? coded.Code.Value : text;
        }

        DateOnly today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        if (new ActorResolver(knowledge).Resolve(text, today).FirstOrDefault() is { } best)
        {
            return best.Actor.Id;
        }

        return text;
    }

    /// <summary>Parses an optional yyyy-mm-dd date option; writes the error and returns false when malformed.</summary>
    public static bool TryDate(string? text, string option, TextWriter stderr, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
        {
            date = parsed;
            return true;
        }

        stderr.WriteLine($"parley: {option} '{text}' is not a date yyyy-mm-dd (e.g. 2026-02-04)");
        return false;
    }
}
