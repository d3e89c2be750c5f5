using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Annotate.Actors;
using Parley.Knowledge;
using Parley.Knowledge.Tables;
using Parley.Knowledge.Text;

namespace Parley.Events.Triggers;

/// <summary>A row of data/lexicons/event-triggers.tsv (or of stance-words.tsv, <paramref name="File"/>): the words, how they carry an event, and its codes.</summary>
public sealed record EventTrigger(string Words, bool IsNoun, string Type, string? Mode, string? Medium, string Cameo, bool IsSymmetric, int Line,
    string File = "event-triggers.tsv")
{
    /// <summary>"event-triggers.tsv:LINE words": the rule id shown by <c>--explain</c>.</summary>
    public string RuleId => $"{File}:{Line} {Words}";
}

/// <summary>The trigger lexicon compiled into a word-sequence matcher (one dictionary step per word, linear in the text).</summary>
public sealed class EventTriggers
{
    private static readonly string[] Types =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
        "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT",
    ];

    private static readonly string[] Modes = ["-", "visit", "third-party", "multilateral", "phone", "economic"];
    private static readonly string[] Media = ["-", "phone", "video", "in-person", "letter", "statement", "social-media"];

    private readonly FrozenDictionary<string, EventTrigger> _byWords;

    private EventTriggers(ImmutableArray<EventTrigger> triggers)
    {
        All = triggers;
        _byWords = triggers.ToFrozenDictionary(trigger => NameKey.Of(trigger.Words), StringComparer.Ordinal);
        Matcher = new NameMatcher(_byWords.Keys);
    }

    /// <summary>The lexicon shipped with Parley.</summary>
    public static EventTriggers Shipped { get; } = Load();

    /// <summary>Every row, in file order.</summary>
    public ImmutableArray<EventTrigger> All { get; }

    /// <summary>The compiled matcher over the rows' folded words.</summary>
    public NameMatcher Matcher { get; }

    /// <summary>The row for folded words the matcher returned.</summary>
    public EventTrigger this[string foldedWords] => _byWords[foldedWords];

    /// <summary>Parses the TSV format (docs/data-formats.md); every bad row is reported with file, line and column.</summary>
    public static EventTriggers Parse(string name, string text)
    {
        var errors = new List<KnowledgeError>();
        List<TsvRow> rows = TsvReader.Read(name, text, ["trigger", "role", "type", "mode", "medium", "cameo", "symmetric", "example"], errors);
        var triggers = ImmutableArray.CreateBuilder<EventTrigger>();
        foreach (TsvRow row in rows)
        {
            try
            {
                string mode = row.OneOf("mode", Modes);
                string medium = row.OneOf("medium", Media);
                triggers.Add(new EventTrigger(row.Required("trigger"), row.OneOf("role", ["verb", "noun"]) == "noun", row.OneOf("type", Types),
                    mode == "-" ? null : mode, medium == "-" ? null : medium, row.Required("cameo"), row.OneOf("symmetric", ["yes", "no"]) == "yes", row.Line));
            }
            catch (KnowledgeFormatException invalid)
            {
                errors.AddRange(invalid.Errors);
            }
        }

        return errors.Count == 0 ? new EventTriggers(triggers.ToImmutable()) : throw new KnowledgeFormatException(errors);
    }

    private static EventTriggers Load() =>
        Parse("event-triggers.tsv", EmbeddedTable.Text(typeof(EventTriggers).Assembly, "lexicons/event-triggers.tsv"));
}
