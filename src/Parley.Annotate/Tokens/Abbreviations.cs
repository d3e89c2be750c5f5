using System.Collections.Frozen;
using System.Reflection;

namespace Parley.Annotate.Tokens;

/// <summary>How an abbreviation behaves at a period.</summary>
public enum AbbreviationKind
{
    /// <summary>A title before a name ("Mr.", "Dr."): never ends a sentence.</summary>
    Title,

    /// <summary>A military rank ("Gen."): never ends a sentence.</summary>
    Rank,

    /// <summary>A month ("Feb."): ends a sentence only before a clear sentence start.</summary>
    Month,

    /// <summary>An initialism ("U.S."): may end a sentence.</summary>
    Initialism,

    /// <summary>Anything else ("Inc.", "No."): may end a sentence.</summary>
    Other,
}

/// <summary>The abbreviations of <c>data/lexicons/abbreviations.tsv</c>, looked up without allocation.</summary>
public sealed class Abbreviations
{
    private const string ResourceName = "lexicons/abbreviations.tsv";
    private readonly FrozenDictionary<string, AbbreviationKind> _byText;
    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private Abbreviations(Dictionary<string, AbbreviationKind> byText)
    {
        _byText = byText.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _byText.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The list shipped with Parley.</summary>
    public static Abbreviations Shipped { get; } = Load();

    /// <summary>How many abbreviations are known.</summary>
    public int Count => _byText.Count;

    /// <summary>The kind of <paramref name="text"/> (without its final period), when it is an abbreviation.</summary>
    public bool TryGet(ReadOnlySpan<char> text, out AbbreviationKind kind) => _lookup.TryGetValue(text, out kind);

    /// <summary>Parses the TSV format of docs/data-formats.md; a bad row fails with file, line, column and value.</summary>
    public static Abbreviations Parse(string name, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var byText = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        bool header = true;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            string content = StripComment(line);
            if (content.Length == 0)
            {
                continue;
            }

            if (header)
            {
                header = false; // "abbreviation	kind"
                continue;
            }

            string[] columns = content.Split('\t');
            if (columns.Length != 2)
            {
                throw new FormatException($"{name}:{lineNumber}: expected 2 tab-separated columns (abbreviation, kind), found {columns.Length}");
            }

            if (!Enum.TryParse(columns[1].Trim(), ignoreCase: true, out AbbreviationKind kind) || int.TryParse(columns[1], out _))
            {
                throw new FormatException($"{name}:{lineNumber}:2: kind '{columns[1]}' is not known. Use one of: title, rank, month, initialism, other.");
            }

            byText[columns[0].Trim()] = kind;
        }

        return new Abbreviations(byText);
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        return (hash >= 0 ? line[..hash] : line).TrimEnd();
    }

    private static Abbreviations Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(ResourceName, reader);
    }
}
