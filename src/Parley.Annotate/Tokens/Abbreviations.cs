using System.Collections.Frozen;
using Parley.Annotate.Lexicons;

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
    private static readonly string[] KindNames = ["title", "rank", "month", "initialism", "other"];
    private readonly FrozenDictionary<string, AbbreviationKind> _byText;
    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private Abbreviations(Dictionary<string, AbbreviationKind> byText)
    {
        _byText = byText.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _byText.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The list shipped with Parley.</summary>
    public static Abbreviations Shipped { get; } = Load(EmbeddedLexicon.Rows(ResourceName, "abbreviation", "kind"));

    /// <summary>How many abbreviations are known.</summary>
    public int Count => _byText.Count;

    /// <summary>The kind of <paramref name="text"/> (without its final period), when it is an abbreviation.</summary>
    public bool TryGet(ReadOnlySpan<char> text, out AbbreviationKind kind) => _lookup.TryGetValue(text, out kind);

    /// <summary>Parses the TSV format of docs/data-formats.md; a bad row fails with file, line, column and value.</summary>
    public static Abbreviations Parse(string name, string text) => Load(EmbeddedLexicon.Parse(name, text, "abbreviation", "kind"));

    private static Abbreviations Load(List<Knowledge.Tables.TsvRow> rows) =>
        new(EmbeddedLexicon.Each(rows, row => (Text: row.Required("abbreviation"), Kind: Enum.Parse<AbbreviationKind>(row.OneOf("kind", KindNames), ignoreCase: true)))
            .ToDictionary(entry => entry.Text, entry => entry.Kind, StringComparer.Ordinal));
}
