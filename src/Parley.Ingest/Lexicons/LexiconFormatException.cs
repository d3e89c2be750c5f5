namespace Parley.Ingest.Lexicons;

/// <summary>
/// A shipped data file under <c>data/</c> that breaks its format (docs/data-formats.md). The message
/// names the file, line and column, the value found and what was expected, so the fix is obvious.
/// </summary>
public sealed class LexiconFormatException : Exception
{
    /// <summary>Creates the exception with a full message.</summary>
    public LexiconFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a full message and its cause.</summary>
    public LexiconFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message (for serialisers; prefer the factories).</summary>
    public LexiconFormatException()
    {
    }

    /// <summary>The file the error is in, as named under data/ ("lexicons/time-zone-abbreviations.tsv").</summary>
    public string? File { get; private init; }

    /// <summary>The 1-based line of the error; 0 when the error concerns the whole file.</summary>
    public int Line { get; private init; }

    /// <summary>The 1-based column (tab-separated field) of the error; 0 when it concerns the whole line.</summary>
    public int Column { get; private init; }

    /// <summary>A value that is not one of a closed set.</summary>
    public static LexiconFormatException UnknownValue(string file, int line, int column, string columnName, string value, IEnumerable<string> allowed) =>
        At(file, line, column, $"{columnName} '{value}' is not known. Use one of: {string.Join(", ", allowed)}.");

    /// <summary>A value of the wrong shape.</summary>
    public static LexiconFormatException BadValue(string file, int line, int column, string columnName, string value, string expected) =>
        At(file, line, column, $"{columnName} '{value}' is not valid: expected {expected}.");

    /// <summary>A row with the wrong number of tab-separated fields.</summary>
    public static LexiconFormatException WrongFieldCount(string file, int line, int found, IReadOnlyList<string> columns) =>
        At(file, line, 0, $"found {found} tab-separated field(s); expected {columns.Count}: {string.Join(", ", columns)}.");

    /// <summary>The column header row is missing or differs from the format.</summary>
    public static LexiconFormatException BadHeader(string file, int line, string found, IReadOnlyList<string> columns) =>
        At(file, line, 0, $"header row is '{found}'; expected '{string.Join("\\t", columns)}' (tab-separated) after the # comments.");

    /// <summary>A key given twice.</summary>
    public static LexiconFormatException Duplicate(string file, int line, int column, string columnName, string value, int firstLine) =>
        At(file, line, column, $"{columnName} '{value}' is already defined on line {firstLine}.");

    /// <summary>The file is not shipped in the assembly.</summary>
    public static LexiconFormatException Missing(string file) =>
        new($"{file}: not found among the embedded data files; check the EmbeddedResource items of Parley.Ingest.csproj.") { File = file };

    private static LexiconFormatException At(string file, int line, int column, string what)
    {
        string where = column > 0 ? $"{file}:{line}:{column}" : $"{file}:{line}";
        return new LexiconFormatException($"{where}: {what} See docs/data-formats.md.") { File = file, Line = line, Column = column };
    }
}
