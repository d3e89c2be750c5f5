using System.Collections.Frozen;
using Parley.Annotate.Tokens;
using Parley.Core;

namespace Parley.Annotate.Sentences;

/// <summary>
/// Splits an article's clean text into paragraphs, tokens and sentences. A sentence ends at . ! ?
/// (with any closing quotes or brackets) before a token that can start one — but not after a
/// title ("Mr."), an initial ("J."), a decimal, or inside a quotation that closes later in the
/// same paragraph ("We will talk. We will not give in," he said. is one sentence, so the quote
/// stays with its cue). A paragraph break always ends a sentence.
/// </summary>
public sealed class SentenceSplitter
{
    // Words that begin a new sentence after an initialism such as "U.S." (which may end one).
    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Yet", "So", "In", "On", "At", "For", "As",
        "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "Meanwhile", "However", "Earlier",
        "Later", "After", "Before", "When", "While", "If", "Officials", "Some", "Many", "Most", "No", "Not", "Mr.", "Mrs.", "Ms.", "Dr.");

    private readonly Tokenizer _tokenizer;
    private readonly Abbreviations _abbreviations;

    /// <param name="abbreviations">Abbreviations that keep their period; <see cref="Abbreviations.Shipped"/> when null.</param>
    public SentenceSplitter(Abbreviations? abbreviations = null)
    {
        _abbreviations = abbreviations ?? Abbreviations.Shipped;
        _tokenizer = new Tokenizer(_abbreviations);
    }

    /// <summary>The tokens and sentences of <paramref name="text"/>; sentences cover every token, in order, without overlap.</summary>
    public (List<Token> Tokens, List<Sentence> Sentences) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        var sentences = new List<Sentence>(text.Length / 100);
        int paragraph = 0;
        foreach (TextSpan paragraphSpan in Paragraphs(text))
        {
            int first = tokens.Count;
            tokens.AddRange(_tokenizer.Tokenize(text, paragraphSpan));
            SplitParagraph(text, tokens, first, tokens.Count, paragraph, sentences);
            paragraph++;
        }

        return (tokens, sentences);
    }

    /// <summary>The paragraphs of a clean text: runs separated by a blank line.</summary>
    public static IEnumerable<TextSpan> Paragraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = 0;
        while (start < text.Length)
        {
            int breakAt = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            int end = breakAt < 0 ? text.Length : breakAt;
            if (!string.IsNullOrWhiteSpace(text.AsSpan(start, end - start).ToString()))
            {
                yield return TextSpan.FromBounds(start, end);
            }

            if (breakAt < 0)
            {
                break;
            }

            start = breakAt + 2;
        }
    }

    private void SplitParagraph(string text, List<Token> tokens, int first, int end, int paragraph, List<Sentence> sentences)
    {
        int sentenceStart = first;
        int openQuoteCloses = -1; // index of the token closing the quotation we are inside, or -1
        for (int i = first; i < end; i++)
        {
            Token token = tokens[i];
            if (token.Kind == TokenKind.Quote && i > openQuoteCloses)
            {
                openQuoteCloses = IsOpening(text, tokens, i, first) ? ClosingQuote(text, tokens, i, end) : -1;
            }

            if (!EndsSentenceHere(text, tokens, i, end))
            {
                continue;
            }

            // Closing quotes and brackets belong to the sentence they close.
            int last = i;
            while (last + 1 < end && (tokens[last + 1].Kind == TokenKind.Quote || tokens[last + 1].In(text) is ")" or "]"))
            {
                last++;
            }

            // Inside a quotation that goes on after this point, a period is not the sentence's end.
            if (last < openQuoteCloses)
            {
                continue;
            }

            if (last + 1 < end && !CanStartSentence(text, tokens[last + 1]))
            {
                continue;
            }

            sentences.Add(Make(tokens, sentenceStart, last + 1, paragraph));
            sentenceStart = last + 1;
            i = last;
        }

        if (sentenceStart < end)
        {
            sentences.Add(Make(tokens, sentenceStart, end, paragraph));
        }
    }

    private bool EndsSentenceHere(string text, List<Token> tokens, int i, int end)
    {
        Token token = tokens[i];
        if (token.Kind == TokenKind.Terminal)
        {
            return true;
        }

        // "U.S." or "Inc." at the very end of a paragraph, or before a clear sentence start.
        ReadOnlySpan<char> word = token.In(text);
        if (token.Kind != TokenKind.Word || word.Length < 2 || word[^1] != '.')
        {
            return false;
        }

        bool isInitial = word.Length == 2 && char.IsUpper(word[0]);
        if (isInitial || (_abbreviations.TryGet(word[..^1], out AbbreviationKind kind) && kind is AbbreviationKind.Title or AbbreviationKind.Rank))
        {
            return false;
        }

        return i + 1 == end || SentenceStarters.Contains(tokens[i + 1].In(text).ToString());
    }

    private static bool CanStartSentence(string text, Token next) => next.Kind switch
    {
        TokenKind.Word => char.IsUpper(text[next.Span.Start]) || !char.IsLetter(text[next.Span.Start]),
        TokenKind.Number or TokenKind.Quote => true,
        TokenKind.Punctuation => next.In(text) is "(" or "[" or "—" or "-",
        _ => false,
    };

    // A quote mark opens a quotation when it is a left mark, or a straight mark after a space or a
    // bracket at the start; an apostrophe inside a word was already kept in the word by the tokenizer.
    private static bool IsOpening(string text, List<Token> tokens, int i, int first)
    {
        char mark = text[tokens[i].Span.Start];
        if (mark is '“' or '«' or '„' or '‘' or '‹')
        {
            return true;
        }

        if (mark is '”' or '»' or '’' or '›')
        {
            return false;
        }

        int before = tokens[i].Span.Start - 1;
        return i == first || before < 0 || char.IsWhiteSpace(text[before]) || text[before] is '(' or '[' or '—';
    }

    private static int ClosingQuote(string text, List<Token> tokens, int opening, int end)
    {
        char open = text[tokens[opening].Span.Start];
        char close = open switch { '“' => '”', '«' => '»', '„' => '“', '‘' => '’', '‹' => '›', _ => open };
        for (int j = opening + 1; j < end; j++)
        {
            if (tokens[j].Kind == TokenKind.Quote && (text[tokens[j].Span.Start] == close || (open == '„' && text[tokens[j].Span.Start] == '”')))
            {
                return j;
            }
        }

        return -1; // the quotation runs on into the next paragraph: split inside it as usual
    }

    private static Sentence Make(List<Token> tokens, int first, int end, int paragraph) =>
        new(TextSpan.FromBounds(tokens[first].Span.Start, tokens[end - 1].Span.End), first, end - first, paragraph);
}
