using System.Collections.Immutable;
using System.Globalization;

namespace Parley.Knowledge.Tables;

/// <summary>
/// One data row of a knowledge file: its fields by header column, where each field starts
/// (1-based line and column, for error messages), and the optional trailing <c># note</c>.
/// </summary>
public sealed class TsvRow
{
    private readonly ImmutableArray<string> _header;
    private readonly string[] _fields;
    private readonly int[] _columns;

    public TsvRow(string file, int line, ImmutableArray<string> header, string[] fields, int[] columns, string? note)
    {
        File = file;
        Line = line;
        _header = header;
        _fields = fields;
        _columns = columns;
        Note = note;
    }

    /// <summary>The file as named in errors (its path under data/, or on disk for user files).</summary>
    public string File { get; }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    /// <summary>The text after a trailing <c>#</c>, if the row has one.</summary>
    public string? Note { get; }

    /// <summary>Where this row was defined, as <c>file:line</c>.</summary>
    public string Where => $"{File}:{Line.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>1-based column where the named field starts.</summary>
    public int ColumnOf(string name) => _columns[IndexOf(name)];

    /// <summary>The trimmed field; empty when the field is empty.</summary>
    public string Text(string name) => _fields[IndexOf(name)];

    /// <summary>The field, or an error when it is empty.</summary>
    public string Required(string name)
    {
        string value = Text(name);
        return value.Length > 0 ? value : throw KnowledgeFormatException.MissingValue(File, Line, ColumnOf(name), name);
    }

    /// <summary>The field split on <c>|</c>, trimmed, without empty parts.</summary>
    public ImmutableArray<string> List(string name) =>
        [.. Text(name).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>A required ISO date (yyyy-mm-dd).</summary>
    public DateOnly Date(string name) => ParseDate(name, Required(name));

    /// <summary>An optional ISO date; empty means open-ended (null).</summary>
    public DateOnly? OptionalDate(string name)
    {
        string value = Text(name);
        return value.Length == 0 ? null : ParseDate(name, value);
    }

    /// <summary>A required value from a closed list.</summary>
    public string OneOf(string name, IReadOnlyCollection<string> allowed)
    {
        string value = Required(name);
        return allowed.Contains(value) ? value : throw KnowledgeFormatException.UnknownValue(File, Line, ColumnOf(name), value, allowed);
    }

    /// <summary>A required kebab-case id (lower-case letters, digits, single hyphens).</summary>
    public string KebabId(string name)
    {
        string value = Required(name);
        return IsKebab(value) ? value : throw KnowledgeFormatException.MalformedId(File, Line, ColumnOf(name), value,
            "a kebab-case id: lower-case letters and digits joined by single hyphens (e.g. xi-jinping)");
    }

    /// <summary>A required upper-case code of 2 to 8 letters (ISO3, CAMEO, organization codes).</summary>
    public string Code(string name) => CheckCode(name, Required(name));

    /// <summary>An optional upper-case code; empty gives null.</summary>
    public string? OptionalCode(string name)
    {
        string value = Text(name);
        return value.Length == 0 ? null : CheckCode(name, value);
    }

    /// <summary>An error when <paramref name="end"/> is before <paramref name="start"/>.</summary>
    public void CheckPeriod(DateOnly? start, DateOnly? end, string endColumn)
    {
        if (start is { } from && end is { } to && to < from)
        {
            throw KnowledgeFormatException.EndBeforeStart(File, Line, ColumnOf(endColumn), Text(endColumn), Iso(from));
        }
    }

    /// <summary>Formats a date as yyyy-mm-dd.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateOnly ParseDate(string name, string value) =>
        value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw KnowledgeFormatException.MalformedDate(File, Line, ColumnOf(name), value);

    private string CheckCode(string name, string value)
    {
        bool isCode = value.Length is >= 2 and <= 8 && value.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9') && char.IsAsciiLetterUpper(value[0]);
        return isCode ? value : throw KnowledgeFormatException.MalformedId(File, Line, ColumnOf(name), value,
            "an upper-case code of 2 to 8 letters or digits (e.g. CHN, NATO)");
    }

    private static bool IsKebab(string value) =>
        value.Length > 0 && value[0] != '-' && value[^1] != '-' && !value.Contains("--", StringComparison.Ordinal)
        && value.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');

    private int IndexOf(string name)
    {
        int index = _header.IndexOf(name);
        return index >= 0 ? index : throw new ArgumentException($"column '{name}' is not in the header", nameof(name));
    }
}
