using System.Collections.Frozen;
using Parley.Annotate.Lexicons;

namespace Parley.Annotate.Actors;

/// <summary>
/// Honorifics printed before names ("Mr", "Lord", "Baroness"), from <c>data/lexicons/honorifics.tsv</c>: never part of
/// a name or an id, kept in the description, and a hint of sex ("Mr" is no woman) when a surname is resolved.
/// </summary>
internal static class Honorifics
{
    private static readonly string[] Genders = ["male", "female", "-"];

    private static readonly FrozenDictionary<string, string> GenderByWord = EmbeddedLexicon.Each(
            EmbeddedLexicon.Rows("lexicons/honorifics.tsv", "word", "gender", "example"),
            row => (Word: row.Required("word"), Gender: row.OneOf("gender", Genders)))
        .ToFrozenDictionary(row => row.Word, row => row.Gender, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/>, as printed (case kept), is an honorific.</summary>
    public static bool Contains(string word) => GenderByWord.ContainsKey(word);

    /// <summary>"male" or "female" when the honorific says; null when it does not or <paramref name="word"/> is none.</summary>
    public static string? GenderOf(string word) => GenderByWord.TryGetValue(word, out string? gender) && gender != "-" ? gender : null;
}
