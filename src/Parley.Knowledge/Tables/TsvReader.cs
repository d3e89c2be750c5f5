using System.Collections.Immutable;

namespace Parley.Knowledge.Tables;

/// <summary>
/// Reads one knowledge file: <c>#</c> comment lines (the header block), blank lines, one header
/// line naming the columns, then tab-separated rows. A row may end with a field starting with
/// <c>#</c>: a note for reviewers, kept but not interpreted. See docs/data-formats.md.
/// </summary>
public static class TsvReader
{
    /// <summary>
    /// Splits <paramref name="text"/> into rows with exactly <paramref name="columns"/>; malformed
    /// lines are reported in <paramref name="errors"/> and skipped.
    /// </summary>
    public static List<TsvRow> Read(string file, string text, ImmutableArray<string> columns, List<KnowledgeError> errors)
    {
        var rows = new List<TsvRow>();
        bool hasHeader = false;
        int lineNumber = 0;
        foreach (string rawLine in text.Split('\n'))
        {
            lineNumber++;
            string line = rawLine.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!hasHeader)
            {
                hasHeader = true;
                CheckHeader(file, lineNumber, line, columns, errors);
                continue;
            }

            try
            {
                rows.Add(Split(file, lineNumber, line, columns));
            }
            catch (KnowledgeFormatException error)
            {
                errors.AddRange(error.Errors);
            }
        }

        if (!hasHeader)
        {
            errors.Add(KnowledgeFormatException.BadHeader(file, 1, 1, "(no header line)", columns).First);
        }

        return rows;
    }

    private static void CheckHeader(string file, int lineNumber, string line, ImmutableArray<string> columns, List<KnowledgeError> errors)
    {
        string[] names = line.Split('\t');
        int column = 1;
        for (int index = 0; index < Math.Max(names.Length, columns.Length); index++)
        {
            string found = index < names.Length ? names[index].Trim() : "(nothing)";
            if (index >= columns.Length || found != columns[index])
            {
                errors.Add(KnowledgeFormatException.BadHeader(file, lineNumber, column, found, columns).First);
                return;
            }

            column += names[index].Length + 1;
        }
    }

    private static TsvRow Split(string file, int lineNumber, string line, ImmutableArray<string> columns)
    {
        string? note = null;
        int noteAt = line.IndexOf("\t#", StringComparison.Ordinal);
        if (noteAt >= 0)
        {
            note = line[(noteAt + 2)..].Trim();
            line = line[..noteAt];
        }

        string[] parts = line.Split('\t');
        if (parts.Length != columns.Length)
        {
            int column = parts.Length > columns.Length
                ? line.Split('\t').Take(columns.Length).Sum(part => part.Length + 1) + 1
                : line.Length + 1;
            throw KnowledgeFormatException.ColumnCount(file, lineNumber, column, parts.Length, columns.Length);
        }

        var fields = new string[parts.Length];
        var starts = new int[parts.Length];
        int start = 1;
        for (int index = 0; index < parts.Length; index++)
        {
            fields[index] = parts[index].Trim();
            starts[index] = start;
            start += parts[index].Length + 1;
        }

        return new TsvRow(file, lineNumber, columns, fields, starts, note);
    }
}
