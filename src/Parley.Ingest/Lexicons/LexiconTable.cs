using System.Reflection;

namespace Parley.Ingest.Lexicons;

/// <summary>One data row of a lexicon file: its 1-based line number and its tab-separated fields.</summary>
public sealed record LexiconRow(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>The field of a 1-based column.</summary>
    public string this[int column] => Fields[column - 1];
}

/// <summary>
/// A tab-separated lexicon file as documented in docs/data-formats.md: <c>#</c> comment lines
/// (source, licence, owner) first, then one header row naming the columns, then data rows. Blank
/// lines and further <c>#</c> lines are skipped. Parsing checks the header and the field count;
/// each lexicon checks the values of its own columns.
/// </summary>
public sealed class LexiconTable
{
    private LexiconTable(string file, IReadOnlyList<string> columns, IReadOnlyList<LexiconRow> rows)
    {
        File = file;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The file's name under data/ ("lexicons/boilerplate-markers.tsv"), used in every error.</summary>
    public string File { get; }

    /// <summary>The expected column names, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The data rows, in file order.</summary>
    public IReadOnlyList<LexiconRow> Rows { get; }

    /// <summary>Parses <paramref name="content"/>; throws <see cref="LexiconFormatException"/> naming file and line.</summary>
    public static LexiconTable Parse(string file, string content, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(columns);
        string[] lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var rows = new List<LexiconRow>();
        bool headerSeen = false;
        for (int index = 0; index < lines.Length; index++)
        {
            string line = lines[index];
            int number = index + 1;
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (!headerSeen)
            {
                if (!fields.SequenceEqual(columns, StringComparer.Ordinal))
                {
                    throw LexiconFormatException.BadHeader(file, number, line, columns);
                }

                headerSeen = true;
                continue;
            }

            if (fields.Length != columns.Count)
            {
                throw LexiconFormatException.WrongFieldCount(file, number, fields.Length, columns);
            }

            rows.Add(new LexiconRow(number, fields.Select(field => field.Trim()).ToArray()));
        }

        if (!headerSeen)
        {
            throw LexiconFormatException.BadHeader(file, lines.Length, "(none)", columns);
        }

        return new LexiconTable(file, columns, rows);
    }

    /// <summary>Reads a data file embedded in Parley.Ingest under its path below data/.</summary>
    public static LexiconTable Embedded(string file, IReadOnlyList<string> columns)
    {
        Assembly assembly = typeof(LexiconTable).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(file) ?? throw LexiconFormatException.Missing(file);
        using var reader = new StreamReader(stream);
        return Parse(file, reader.ReadToEnd(), columns);
    }

    /// <summary>The value of a column that must be one of <paramref name="allowed"/>.</summary>
    public T Choice<T>(LexiconRow row, int column, IReadOnlyDictionary<string, T> allowed)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(allowed);
        string value = row[column];
        return allowed.TryGetValue(value, out T? chosen)
            ? chosen
            : throw LexiconFormatException.UnknownValue(File, row.Line, column, Columns[column - 1], value, allowed.Keys);
    }

    /// <summary>The value of a column that must not be empty.</summary>
    public string Required(LexiconRow row, int column)
    {
        ArgumentNullException.ThrowIfNull(row);
        string value = row[column];
        return value.Length > 0
            ? value
            : throw LexiconFormatException.BadValue(File, row.Line, column, Columns[column - 1], value, "a non-empty value");
    }
}
