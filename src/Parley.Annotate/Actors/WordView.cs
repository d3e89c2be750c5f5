using System.Runtime.CompilerServices;
using Parley.Annotate.Tokens;
using Parley.Knowledge.Text;

namespace Parley.Annotate.Actors;

/// <summary>
/// The folded words of a run of tokens, each remembering its token: "Ming-chi" gives "ming" and
/// "chi" from one token. Punctuation, quotes and the possessive are breaks no name crosses.
/// </summary>
public sealed class WordView
{
    private readonly List<string> _words = [];
    private readonly List<int> _tokenOf = [];
    private readonly List<bool> _endsToken = [];

    /// <summary>The words of tokens[<paramref name="first"/>..<paramref name="end"/>).</summary>
    public WordView(string text, IReadOnlyList<Token> tokens, int first, int end)
        : this(Folded.GetValue(text, _ => new FoldCache()), text, tokens, first, end)
    {
    }

    private WordView(FoldCache cache, string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            Token token = tokens[t];
            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                _words.Add("\u0000"); // a break: matches nothing in the trie
                _tokenOf.Add(t);
                _endsToken.Add(true);
                continue;
            }

            string[] parts = FoldedParts(cache, text, token, t);
            for (int p = 0; p < parts.Length; p++)
            {
                _words.Add(parts[p]);
                _tokenOf.Add(t);
                _endsToken.Add(p == parts.Length - 1);
            }
        }
    }

    /// <summary>
    /// The view of a sentence (or any run of tokens), built once per article: the recognizer's layers, the office
    /// phrases and the event stage each viewed every sentence again, and building views was about a fifth of the
    /// analysis time of an ingest (bench ingest profile). A view is never changed after it is built, so one instance
    /// serves every caller of the same tokens.
    /// </summary>
    public static WordView Of(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        FoldCache cache = Folded.GetValue(text, _ => new FoldCache());
        lock (cache)
        {
            if (!ReferenceEquals(cache.ViewTokens, tokens))
            {
                // Another tokenization of the same text: its views start afresh.
                cache.ViewTokens = tokens;
                cache.Views.Clear();
            }

            if (!cache.Views.TryGetValue((first, end), out WordView? view))
            {
                view = new WordView(cache, text, tokens, first, end);
                cache.Views[(first, end)] = view;
            }

            return view;
        }
    }

    /// <summary>
    /// Drops what was kept for an article's text (folded tokens, views) once every stage has read it, so an ingest
    /// does not hold it for the articles waiting in a batch.
    /// </summary>
    public static void Forget(string text) => Folded.Remove(text);

    /// <summary>The folded words, breaks included.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>The token a word came from.</summary>
    public int TokenOf(int word) => _tokenOf[word];

    /// <summary>Whether the word is the last of its token.</summary>
    public bool EndsToken(int word) => _endsToken[word];

    /// <summary>Whether word <paramref name="word"/> is the first word of its token.</summary>
    public bool StartsToken(int word) => word == 0 || _tokenOf[word - 1] != _tokenOf[word];

    // The recognizer, the office phrases and the event stage each view every sentence of an article: folding a token
    // (NameKey.Of, then a split) once per article instead of once per view was an eighth of the stages' time
    // (bench stages profile). Kept per text, by token index, and checked against the token's span, so another
    // tokenization of the same text only recomputes.
    private static readonly ConditionalWeakTable<string, FoldCache> Folded = new();

    private static string[] FoldedParts(FoldCache cache, string text, Token token, int index)
    {
        FoldCache.Entry?[] entries = cache.Entries;
        if (index >= entries.Length)
        {
            Array.Resize(ref entries, Math.Max(index + 1, entries.Length * 2));
            cache.Entries = entries;
        }

        // Entries are objects, so a reader on another thread sees a whole entry or none.
        FoldCache.Entry? entry = entries[index];
        if (entry is not null && entry.Start == token.Span.Start && entry.Length == token.Span.Length)
        {
            return entry.Parts;
        }

        string[] parts = NameKey.Of(token.In(text).ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        entries[index] = new FoldCache.Entry(token.Span.Start, token.Span.Length, parts);
        return parts;
    }

    private sealed class FoldCache
    {
        public Entry?[] Entries { get; set; } = new Entry?[256];

        public IReadOnlyList<Token>? ViewTokens { get; set; }

        public Dictionary<(int First, int End), WordView> Views { get; } = [];

        public sealed record Entry(int Start, int Length, string[] Parts);
    }
}
