using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Parley.Events;

namespace Parley.Ledger.Store;

/// <summary>The deterministic keys of the ledger: merge keys, event ids, quote ids and lock numbers.</summary>
internal static class Keys
{
    /// <summary>The participant set: actors and recipients together, distinct and sorted (ordinal).</summary>
    public static ImmutableArray<string> Participants(IEnumerable<string> actors, IEnumerable<string> recipients) =>
        [.. actors.Concat(recipients).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>type|mode|status|sorted participants: events that may be the same one share it (docs/ledger.md).</summary>
    public static string MergeKey(string type, string? mode, string status, IEnumerable<string> participants) =>
        string.Join('|', type, mode ?? "", status, string.Join(',', participants));

    public static string MergeKey(EventRecord record) =>
        MergeKey(record.Type, record.Mode, record.Status, Participants(record.Actors, record.Recipients));

    /// <summary>"ev-" and 16 hex of sha256(merge key|date|first article|index in that article).</summary>
    public static string EventId(string mergeKey, string? dateIso, string articleId, int index) =>
        "ev-" + Hex16(string.Join('|', mergeKey, dateIso ?? "", articleId, index));

    /// <summary>An imported event's id: "ev-" and 16 hex of sha256(origin|origin id), so one record is one event.</summary>
    public static string ImportedEventId(string origin, string originId) => "ev-" + Hex16(origin + "|" + originId);

    /// <summary>"q-" and 16 hex of sha256(speaker id|normalised words).</summary>
    public static string QuoteId(string speakerId, string words) => "q-" + Hex16(speakerId + "|" + NormaliseWords(words));

    /// <summary>
    /// Words as compared between articles: lower case, curly quotes and apostrophes made straight,
    /// dashes made hyphens, runs of white space made one space, trimmed of spaces and edge punctuation.
    /// </summary>
    public static string NormaliseWords(string words)
    {
        var text = new StringBuilder(words.Length);
        bool space = false;
        foreach (char raw in words.Normalize(NormalizationForm.FormKC))
        {
            char c = raw switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        return text.ToString().Trim(' ', '"', '\'', ',', '.', ';', ':');
    }

    /// <summary>
    /// The merge key as a 64-bit number (the first 8 bytes of its SHA-256), stored beside it as <c>events.merge_hash</c>:
    /// DuckDB finds a batch's candidates by joining this number instead of the text (docs/ledger.md, Speed).
    /// </summary>
    public static long MergeHash(string mergeKey) => LockNumber(mergeKey);

    /// <summary>A 64-bit number for a PostgreSQL advisory lock on a key.</summary>
    public static long LockNumber(string key) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether every character is a digit or a lower-case a–f: the shape <see cref="Hex16"/> and article ids are written in.</summary>
    public static bool IsLowerHex(ReadOnlySpan<char> digits)
    {
        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Hex16(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
