using Parley.Ingest.Lexicons;

namespace Parley.Ingest.PlainText;

/// <summary>How a boilerplate marker matches a line.</summary>
public enum MarkerMatch
{
    /// <summary>The whole line is the marker, ignoring case, spaces and trailing punctuation.</summary>
    Line,

    /// <summary>The line starts with the marker as whole words (case kept); the rest is its value.</summary>
    Prefix,

    /// <summary>Like <see cref="Prefix"/>, and the rest of the line's block goes with it.</summary>
    Block,
}

/// <summary>One row of data/lexicons/boilerplate-markers.tsv.</summary>
/// <param name="Text">The marker as printed ("ADVERTISEMENT", "Also Read").</param>
/// <param name="Match">How it matches a line.</param>
/// <param name="Reason">The reason word a removed line gets (<see cref="RemovalReasons"/>).</param>
/// <param name="Line">The row's line in the file, to trace a removal to its rule.</param>
public sealed record BoilerplateMarker(string Text, MarkerMatch Match, string Reason, int Line);

/// <summary>A line's match against a marker: the marker and the rest of the line after it (empty for whole-line markers).</summary>
public sealed record MarkerHit(BoilerplateMarker Marker, string Rest);

/// <summary>
/// The boilerplate markers of data/lexicons/boilerplate-markers.tsv: lines a scraper leaves that are not
/// the article. Immutable; safe to share.
/// </summary>
public sealed class BoilerplateMarkers
{
    /// <summary>The file under data/ the markers are read from.</summary>
    public const string FileName = "lexicons/boilerplate-markers.tsv";

    private static readonly string[] Columns = ["marker", "match", "reason", "source"];
    private static readonly Dictionary<string, MarkerMatch> Matches = new(StringComparer.Ordinal)
    {
        ["line"] = MarkerMatch.Line, ["prefix"] = MarkerMatch.Prefix, ["block"] = MarkerMatch.Block,
    };

    private static readonly Dictionary<string, string> Reasons = RemovalReasons.All.ToDictionary(reason => reason, StringComparer.Ordinal);
    private static readonly Lazy<BoilerplateMarkers> Shipped = new(() => Load(LexiconTable.Embedded(FileName, Columns)));

    private readonly Dictionary<string, BoilerplateMarker> _wholeLines;
    private readonly BoilerplateMarker[] _prefixes;

    private BoilerplateMarkers(Dictionary<string, BoilerplateMarker> wholeLines, BoilerplateMarker[] prefixes)
    {
        _wholeLines = wholeLines;
        _prefixes = prefixes;
    }

    /// <summary>The markers shipped in data/, loaded and checked once.</summary>
    public static BoilerplateMarkers Default => Shipped.Value;

    /// <summary>Reads markers from file text; throws <see cref="LexiconFormatException"/> naming file, line and column.</summary>
    public static BoilerplateMarkers Parse(string file, string content) => Load(LexiconTable.Parse(file, content, Columns));

    /// <summary>
    /// The marker <paramref name="line"/> starts with or is, or null. Longer prefixes are tried first, so
    /// "Last Updated on" wins over "Last Updated".
    /// </summary>
    public MarkerHit? Find(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (_wholeLines.TryGetValue(LineKey(line), out BoilerplateMarker? whole))
        {
            return new MarkerHit(whole, string.Empty);
        }

        foreach (BoilerplateMarker marker in _prefixes)
        {
            if (line.StartsWith(marker.Text, StringComparison.Ordinal)
                && (line.Length == marker.Text.Length || !char.IsLetterOrDigit(marker.Text[^1]) || !char.IsLetterOrDigit(line[marker.Text.Length])))
            {
                return new MarkerHit(marker, line[marker.Text.Length..].Trim());
            }
        }

        return null;
    }

    // "Advertisement:", "  ADVERTISEMENT " and "advertisement." are one marker.
    private static string LineKey(string text) =>
        string.Join(' ', text.Trim().TrimEnd('.', ':', '!', '|', '-', '–', '—').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static BoilerplateMarkers Load(LexiconTable table)
    {
        var wholeLines = new Dictionary<string, BoilerplateMarker>(StringComparer.Ordinal);
        var prefixes = new List<BoilerplateMarker>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (LexiconRow row in table.Rows)
        {
            string text = table.Required(row, 1);
            MarkerMatch match = table.Choice(row, 2, Matches);
            string reason = table.Choice(row, 3, Reasons);
            table.Required(row, 4);
            string key = match == MarkerMatch.Line ? "line:" + LineKey(text) : "prefix:" + text;
            if (firstLine.TryGetValue(key, out int first))
            {
                throw LexiconFormatException.Duplicate(table.File, row.Line, 1, "marker", text, first);
            }

            firstLine[key] = row.Line;
            var marker = new BoilerplateMarker(text, match, reason, row.Line);
            if (match == MarkerMatch.Line)
            {
                wholeLines[LineKey(text)] = marker;
            }
            else
            {
                prefixes.Add(marker);
            }
        }

        return new BoilerplateMarkers(wholeLines, [.. prefixes.OrderByDescending(marker => marker.Text.Length)]);
    }
}
