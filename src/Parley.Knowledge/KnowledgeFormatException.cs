using System.Globalization;

namespace Parley.Knowledge;

/// <summary>
/// Thrown when knowledge files are not valid. <see cref="Errors"/> lists every problem found
/// (loading does not stop at the first); the message shows them one per line.
/// </summary>
public sealed class KnowledgeFormatException : Exception
{
    /// <summary>Creates an exception for the given errors (at least one).</summary>
    public KnowledgeFormatException(IReadOnlyList<KnowledgeError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Creates an exception with a message only (for serializers and tooling).</summary>
    public KnowledgeFormatException() : base("The knowledge base is not valid.") => Errors = [];

    /// <summary>Creates an exception with a message only (for serializers and tooling).</summary>
    public KnowledgeFormatException(string message) : base(message) => Errors = [];

    /// <summary>Creates an exception with a message and inner exception (for serializers and tooling).</summary>
    public KnowledgeFormatException(string message, Exception innerException) : base(message, innerException) => Errors = [];

    /// <summary>Every problem found, in file and line order.</summary>
    public IReadOnlyList<KnowledgeError> Errors { get; }

    /// <summary>The first problem (the one the message starts with).</summary>
    public KnowledgeError First => Errors[0];

    internal static KnowledgeFormatException BadHeader(string file, int line, int column, string value, IEnumerable<string> columns) =>
        One(file, line, column, KnowledgeErrorCodes.BadHeader, value, "the header line: " + string.Join("<TAB>", columns));

    internal static KnowledgeFormatException ColumnCount(string file, int line, int column, int found, int expected) =>
        One(file, line, column, KnowledgeErrorCodes.ColumnCount, found.ToString(CultureInfo.InvariantCulture) + " fields",
            expected.ToString(CultureInfo.InvariantCulture) + " tab-separated fields");

    internal static KnowledgeFormatException MissingValue(string file, int line, int column, string columnName) =>
        One(file, line, column, KnowledgeErrorCodes.MissingValue, "", $"a value for {columnName}");

    internal static KnowledgeFormatException MalformedDate(string file, int line, int column, string value) =>
        One(file, line, column, KnowledgeErrorCodes.MalformedDate, value, "an ISO date yyyy-mm-dd (e.g. 2013-03-14)");

    internal static KnowledgeFormatException MalformedId(string file, int line, int column, string value, string shape) =>
        One(file, line, column, KnowledgeErrorCodes.MalformedId, value, shape);

    internal static KnowledgeFormatException EndBeforeStart(string file, int line, int column, string end, string start) =>
        One(file, line, column, KnowledgeErrorCodes.EndBeforeStart, end, $"an end on or after the start {start}");

    internal static KnowledgeFormatException UnknownCountry(string file, int line, int column, string value) =>
        One(file, line, column, KnowledgeErrorCodes.UnknownCountry, value, "an iso3 code defined in countries.tsv");

    internal static KnowledgeFormatException UnknownPolity(string file, int line, int column, string value) =>
        One(file, line, column, KnowledgeErrorCodes.UnknownPolity, value, "an iso3 code from countries.tsv or a code from organizations.tsv");

    internal static KnowledgeFormatException UnknownPerson(string file, int line, int column, string value) =>
        One(file, line, column, KnowledgeErrorCodes.UnknownPerson, value, "a person id defined in people.tsv");

    internal static KnowledgeFormatException UnknownOffice(string file, int line, int column, string value) =>
        One(file, line, column, KnowledgeErrorCodes.UnknownOffice, value, "an office id defined in offices.tsv");

    internal static KnowledgeFormatException UnknownValue(string file, int line, int column, string value, IEnumerable<string> allowed) =>
        One(file, line, column, KnowledgeErrorCodes.UnknownValue, value, "one of: " + string.Join(", ", allowed));

    internal static KnowledgeFormatException DuplicateId(string file, int line, int column, string value, string firstAt) =>
        One(file, line, column, KnowledgeErrorCodes.DuplicateId, value, $"a unique id (first defined at {firstAt})");

    internal static KnowledgeFormatException OverlappingTenure(string file, int line, int column, string value, string other) =>
        One(file, line, column, KnowledgeErrorCodes.OverlappingTenure, value,
            $"a start on or after the end of the tenure at {other} (the office has a single holder)");

    internal static KnowledgeFormatException Unreadable(string file, string reason) =>
        One(file, 0, 0, KnowledgeErrorCodes.Unreadable, file, "a readable UTF-8 text file (" + reason + ")");

    private static KnowledgeFormatException One(string file, int line, int column, string code, string value, string expected) =>
        new([new KnowledgeError(file, line, column, code, value, expected)]);

    private static string Describe(IReadOnlyList<KnowledgeError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            return "The knowledge base is not valid.";
        }

        return errors.Count == 1
            ? errors[0].ToString()
            : $"{errors.Count} knowledge errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors);
    }
}
