namespace Parley.Knowledge;

/// <summary>
/// One problem in a knowledge file: where it is (file as named under <c>data/</c> or on disk,
/// 1-based line and column), a stable code, the offending value and what was expected.
/// </summary>
public sealed record KnowledgeError(string File, int Line, int Column, string Code, string Value, string Expected)
{
    /// <summary>The error as one line: <c>people.tsv:12:5: kb.unknown-country: 'XXX' ... expected ...</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Code}: '{Value}': expected {Expected}";
}

/// <summary>Stable codes of knowledge errors; tests and scripts rely on these, not on the prose.</summary>
public static class KnowledgeErrorCodes
{
    /// <summary>A file has no header line, or the header does not name the expected columns.</summary>
    public const string BadHeader = "kb.bad-header";

    /// <summary>A row has more or fewer tab-separated fields than the header.</summary>
    public const string ColumnCount = "kb.column-count";

    /// <summary>A required field is empty.</summary>
    public const string MissingValue = "kb.missing-value";

    /// <summary>A date is not an ISO calendar date (yyyy-mm-dd).</summary>
    public const string MalformedDate = "kb.malformed-date";

    /// <summary>An id is not kebab-case (or a code not upper-case letters).</summary>
    public const string MalformedId = "kb.malformed-id";

    /// <summary>A period ends before it starts.</summary>
    public const string EndBeforeStart = "kb.end-before-start";

    /// <summary>A country code that no row of countries.tsv defines.</summary>
    public const string UnknownCountry = "kb.unknown-country";

    /// <summary>A country or organization code that neither countries.tsv nor organizations.tsv defines.</summary>
    public const string UnknownPolity = "kb.unknown-polity";

    /// <summary>A person id that no row of people.tsv defines.</summary>
    public const string UnknownPerson = "kb.unknown-person";

    /// <summary>An office id that no row of offices.tsv defines.</summary>
    public const string UnknownOffice = "kb.unknown-office";

    /// <summary>A value outside the closed list a column allows.</summary>
    public const string UnknownValue = "kb.unknown-value";

    /// <summary>The same id defined twice.</summary>
    public const string DuplicateId = "kb.duplicate-id";

    /// <summary>Two tenures of a single-holder office overlap.</summary>
    public const string OverlappingTenure = "kb.overlapping-tenure";

    /// <summary>A file or resource could not be read at all.</summary>
    public const string Unreadable = "kb.unreadable";
}
