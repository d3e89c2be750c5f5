using Parley.Core;

namespace Parley.Quotes.Marks;

/// <summary>
/// Finds quoted stretches in a clean text: straight and curly double marks, « », and single marks
/// used as quotes. A stretch never crosses a paragraph (news reopens the mark at the next paragraph
/// of a continuing quotation and leaves the first unclosed), and an opening mark met while a
/// stretch is open starts a new stretch (BBC copy reopens a mark at each new sentence of a
/// continuing quotation without closing the last). Marks of the other family inside a stretch are
/// nested quotes and stay part of the outer words. Thread-safe.
/// </summary>
public static class QuotationFinder
{
    private static readonly System.Buffers.SearchValues<char> NotWords = System.Buffers.SearchValues.Create(" .,;:!?-—");

    /// <summary>Every quoted stretch in <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<Quotation> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Quotation>();
        int paragraphStart = 0;
        while (paragraphStart < text.Length)
        {
            int paragraphEnd = text.IndexOf("\n\n", paragraphStart, StringComparison.Ordinal);
            if (paragraphEnd < 0)
            {
                paragraphEnd = text.Length;
            }

            FindDouble(text, paragraphStart, paragraphEnd, found);
            FindSingle(text, paragraphStart, paragraphEnd, found);
            paragraphStart = paragraphEnd + 2;
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static void FindDouble(string text, int start, int end, List<Quotation> found)
    {
        int open = -1;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            bool isOpener = c is '“' or '«' or '„' || (c == '"' && OpensHere(text, i, start, end, open >= 0));
            bool isCloser = c is '”' or '»' || (c == '"' && !isOpener);
            if (isOpener)
            {
                if (open >= 0)
                {
                    // A new opening while one is open: the writer reopened the quotation.
                    Add(text, open, CutBefore(text, open, i), closed: false, found);
                }

                open = i;
            }
            else if (isCloser && open >= 0)
            {
                Add(text, open, i + 1, closed: true, found);
                open = -1;
            }
        }

        if (open >= 0)
        {
            Add(text, open, end, closed: false, found);
        }
    }

    // A straight double mark opens when it starts a word (after a space, an opening bracket, a dash or
    // the paragraph start) and is followed by a non-space; otherwise it closes.
    private static bool OpensHere(string text, int i, int start, int end, bool isOpen)
    {
        bool before = i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '/';
        bool after = i + 1 < end && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not (',' or '.' or ';' or ':');
        if (before && after)
        {
            return true;
        }

        // "Word"" glued to the previous word with nothing open can only be an opener.
        return !isOpen && after && !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] is not ('.' or ',' or '!' or '?');
    }

    // Single marks are quotes only as a pair inside one paragraph: an opener at the start of a word
    // (after a space or a double mark) and a closer at the end of a word that is not an apostrophe
    // ("don't", "Xi's", "leaders' talks" are not quotes).
    private static void FindSingle(string text, int start, int end, List<Quotation> found)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] is not ('\'' or '‘') || !(i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '"' or '“' or '('))
            {
                continue;
            }

            if (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]))
            {
                continue;
            }

            char closer = text[i] == '‘' ? '’' : '\'';
            for (int j = i + 2; j < end && j < i + 300; j++)
            {
                if (text[j] != closer || !char.IsLetterOrDigit(text[j - 1]) && text[j - 1] is not ('.' or '!' or '?' or ','))
                {
                    continue;
                }

                bool endsWord = j + 1 >= end || !char.IsLetterOrDigit(text[j + 1]);
                bool pluralPossessive = text[j - 1] == 's' && j + 2 < end && text[j + 1] == ' ' && char.IsLower(text[j + 2]);
                if (endsWord && !pluralPossessive)
                {
                    Add(text, i, j + 1, closed: true, found);
                    i = j;
                    break;
                }
            }
        }

        // Single marks nested in a double-marked stretch belong to that stretch.
        found.RemoveAll(single => (text[single.Span.Start] is '\'' or '‘')
            && found.Any(outer => outer != single && outer.Span.Start < single.Span.Start && outer.Span.End >= single.Span.End
                && text[outer.Span.Start] is not ('\'' or '‘')));
    }

    private static int CutBefore(string text, int open, int next)
    {
        int cut = next;
        while (cut > open + 1 && char.IsWhiteSpace(text[cut - 1]))
        {
            cut--;
        }

        return cut;
    }

    private static void Add(string text, int open, int end, bool closed, List<Quotation> found)
    {
        int wordsStart = open + 1;
        int wordsEnd = closed ? end - 1 : end;
        while (wordsStart < wordsEnd && char.IsWhiteSpace(text[wordsStart]))
        {
            wordsStart++;
        }

        while (wordsEnd > wordsStart && (char.IsWhiteSpace(text[wordsEnd - 1]) || text[wordsEnd - 1] == ','))
        {
            wordsEnd--;
        }

        if (wordsEnd > wordsStart && text.AsSpan(wordsStart, wordsEnd - wordsStart).ContainsAnyExcept(NotWords))
        {
            found.Add(new Quotation(TextSpan.FromBounds(open, end), TextSpan.FromBounds(wordsStart, wordsEnd), closed));
        }
    }
}
