using Parley.Knowledge.Text;

namespace Parley.Annotate.Actors;

/// <summary>
/// A compiled dictionary over word sequences: every folded name in a set becomes a path in a trie
/// of words, so finding the longest known name at a position costs one dictionary step per word,
/// whatever the number of names (not a regex per name). Immutable after construction; thread-safe.
/// </summary>
public sealed class NameMatcher
{
    private readonly Node _root = new();

    /// <summary>Compiles the folded names (as <see cref="NameKey.Of"/> makes them: lower case, words separated by one space).</summary>
    public NameMatcher(IEnumerable<string> foldedNames)
    {
        ArgumentNullException.ThrowIfNull(foldedNames);
        foreach (string name in foldedNames)
        {
            Node node = _root;
            foreach (string word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                if (!node.Children.TryGetValue(word, out Node? next))
                {
                    next = new Node();
                    node.Children[word] = next;
                }

                node = next;
            }

            if (!ReferenceEquals(node, _root))
            {
                node.Name = name;
            }
        }
    }

    /// <summary>
    /// The longest name starting at word <paramref name="start"/> of <paramref name="words"/>: its
    /// folded form and how many words it covers, or (null, 0). <paramref name="isEnd"/> says where
    /// a match may stop (at the end of a token: "Ming-chi" is two words but one token).
    /// </summary>
    public (string? Name, int Words) Longest(IReadOnlyList<string> words, int start, Func<int, bool> isEnd)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(isEnd);
        Node node = _root;
        (string? Name, int Words) best = (null, 0);
        for (int i = start; i < words.Count && node.Children is not null && node.Children.TryGetValue(words[i], out Node? next); i++)
        {
            node = next;
            if (node.Name is not null && isEnd(i))
            {
                best = (node.Name, i - start + 1);
            }
        }

        return best;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public string? Name { get; set; }
    }
}
