using System.Collections.Immutable;

namespace Parley.Knowledge.Phoenix;

/// <summary>A PETRARCH/Phoenix actor dictionary as read: its actor entries and the lines that could not be read.</summary>
/// <param name="Entries">Actor entries in file order.</param>
/// <param name="Rejected">Lines that were not understood, in file order; nothing is dropped silently.</param>
public sealed record PhoenixDictionary(ImmutableArray<PhoenixEntry> Entries, ImmutableArray<PhoenixRejectedLine> Rejected);

/// <summary>
/// One actor of a Phoenix dictionary: its primary phrase, its <c>+</c> synonyms and its role codes,
/// names already turned from <c>VLADIMIR_PUTIN_</c> into <c>Vladimir Putin</c>.
/// </summary>
/// <param name="Line">1-based line of the primary phrase.</param>
/// <param name="Name">The primary phrase as a name.</param>
/// <param name="Synonyms">The synonyms as names, in file order (primary phrases with no code of their own that PETRARCH folds into this actor included).</param>
/// <param name="Roles">The codes: an inline code on the primary line and the indented <c>[CODE DATES]</c> lines.</param>
/// <param name="Comment">The text after <c>#</c> on the primary line (the generator writes <c>CountryInfo.txt</c> on people); null when none.</param>
public sealed record PhoenixEntry(int Line, string Name, ImmutableArray<string> Synonyms, ImmutableArray<PhoenixRole> Roles, string? Comment);

/// <summary>
/// One CAMEO code with its date restriction, e.g. <c>[RUSGOV 991231-080507]</c>. Phoenix limits are
/// inclusive ("or equal to"), so <see cref="Until"/> is the last day of the role, not the day after.
/// </summary>
/// <param name="Code">The CAMEO actor code: a 3-letter country and 3-letter role codes (<c>RUSGOV</c>, <c>AFGGOVBUS</c>), or <c>---</c>.</param>
/// <param name="From">First day (inclusive); null for <c>&lt;date</c> and undated codes.</param>
/// <param name="Until">Last day (inclusive); null for <c>&gt;date</c> and undated codes.</param>
/// <param name="Line">1-based line the code is on.</param>
/// <param name="Text">The bracketed text as written, for notes and messages.</param>
public sealed record PhoenixRole(string Code, DateOnly? From, DateOnly? Until, int Line, string Text)
{
    /// <summary>Whether the code carries any date limit.</summary>
    public bool IsDated => From is not null || Until is not null;
}

/// <summary>A line of a Phoenix dictionary that was not understood.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Code">A stable code (see <see cref="PhoenixRejectionCodes"/>).</param>
/// <param name="Text">The line as written (trimmed).</param>
/// <param name="Reason">What was expected.</param>
public sealed record PhoenixRejectedLine(int Line, string Code, string Text, string Reason);

/// <summary>Stable codes for rejected Phoenix lines; tests assert on these, not on the prose.</summary>
public static class PhoenixRejectionCodes
{
    /// <summary>A date that is not YYMMDD or YYYYMMDD, or not a real day.</summary>
    public const string MalformedDate = "phoenix.malformed-date";

    /// <summary>A date range whose end is before its start.</summary>
    public const string EndBeforeStart = "phoenix.end-before-start";

    /// <summary>A bracketed code that is not <c>[CODE]</c>, <c>[CODE &gt;date]</c>, <c>[CODE &lt;date]</c> or <c>[CODE date-date]</c>.</summary>
    public const string MalformedRole = "phoenix.malformed-role";

    /// <summary>A synonym or role line before any primary phrase.</summary>
    public const string Orphan = "phoenix.orphan-line";

    /// <summary>A name with the Unicode replacement character: the spelling was lost before the file was written.</summary>
    public const string BrokenCharacter = "phoenix.broken-character";

    /// <summary>A name line with nothing left once punctuation and nicknames are removed.</summary>
    public const string EmptyName = "phoenix.empty-name";
}
