using System.Collections.Immutable;
using Parley.Knowledge;
using Parley.Knowledge.Tables;

namespace Parley.Quotes.Cues;

/// <summary>An attribution phrase ("according to") and which side of it names the speaker.</summary>
public sealed record AttributionCue(ImmutableArray<string> Words, bool IsSpeakerAfter);

/// <summary>
/// The attribution phrases of <c>data/lexicons/attribution-cues.tsv</c> ("according to", "as per"),
/// read with the knowledge base's TSV rules: a bad row fails loading with file, line and column. Thread-safe.
/// </summary>
public sealed class AttributionCues
{
    private static readonly string[] Columns = ["phrase", "source", "example"];

    private AttributionCues(ImmutableArray<AttributionCue> cues) => All = cues;

    /// <summary>The phrases shipped with Parley.</summary>
    public static AttributionCues Shipped { get; } = LoadShipped();

    /// <summary>Every phrase, longest first (so "as per" is tried before a shorter phrase it contains).</summary>
    public ImmutableArray<AttributionCue> All { get; }

    /// <summary>Parses the TSV format of docs/data-formats.md; bad rows fail with file, line, column and value.</summary>
    public static AttributionCues Parse(string name, string text)
    {
        var errors = new List<KnowledgeError>();
        List<TsvRow> rows = TsvReader.Read(name, text, [.. Columns], errors);
        var cues = new List<AttributionCue>();
        foreach (TsvRow row in rows)
        {
            try
            {
                string source = row.OneOf("source", ["after", "before"]);
                cues.Add(new AttributionCue([.. row.Required("phrase").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)], source == "after"));
            }
            catch (KnowledgeFormatException invalid)
            {
                errors.AddRange(invalid.Errors);
            }
        }

        return errors.Count == 0
            ? new AttributionCues([.. cues.OrderByDescending(cue => cue.Words.Length)])
            : throw new KnowledgeFormatException(errors);
    }

    private static AttributionCues LoadShipped()
    {
        const string name = "lexicons/attribution-cues.tsv";
        return Parse(name, EmbeddedTable.Text(typeof(AttributionCues).Assembly, name));
    }
}
