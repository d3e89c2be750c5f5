using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Parley.Annotate.Lexicons;

/// <summary>A reporting verb: its lemma, the stance it reports, and the forms news prints.</summary>
public sealed record ReportingVerb(string Lemma, string Stance, ImmutableArray<string> Forms);

/// <summary>
/// The reporting verbs of <c>data/lexicons/reporting-verbs.tsv</c> ("said", "warned", "told"),
/// looked up by printed form; two-word forms ("called on", "pointed out") by their first word
/// and then the second. Thread-safe.
/// </summary>
public sealed class ReportingVerbs
{
    private static readonly string[] Stances = ["states", "claims", "denies", "warns", "asks", "agrees", "criticizes"];
    private readonly FrozenDictionary<string, ReportingVerb> _byForm;

    private ReportingVerbs(IEnumerable<ReportingVerb> verbs) =>
        _byForm = verbs.SelectMany(verb => verb.Forms.Select(form => (form, verb)))
            .DistinctBy(entry => entry.form, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(entry => entry.form, entry => entry.verb, StringComparer.OrdinalIgnoreCase);

    /// <summary>The lexicon shipped with Parley.</summary>
    public static ReportingVerbs Shipped { get; } = Load(EmbeddedLexicon.Rows("lexicons/reporting-verbs.tsv", "lemma", "forms", "stance", "example"));

    /// <summary>Parses the TSV format of docs/data-formats.md; bad rows fail with file, line, column and value.</summary>
    public static ReportingVerbs Parse(string name, string text) =>
        Load(EmbeddedLexicon.Parse(name, text, "lemma", "forms", "stance", "example"));

    /// <summary>The verb printed as <paramref name="form"/> (one word, or two joined by a space), if it is one.</summary>
    public bool TryGet(string form, out ReportingVerb verb) => _byForm.TryGetValue(form, out verb!);

    /// <summary>Whether <paramref name="form"/> is a printed form of a reporting verb.</summary>
    public bool Contains(string form) => _byForm.ContainsKey(form);

    private static ReportingVerbs Load(List<Knowledge.Tables.TsvRow> rows) =>
        new(EmbeddedLexicon.Each(rows, row => new ReportingVerb(row.Required("lemma"), row.OneOf("stance", Stances), row.List("forms"))));
}
