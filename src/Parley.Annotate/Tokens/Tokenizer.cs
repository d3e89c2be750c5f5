using Parley.Core;

namespace Parley.Annotate.Tokens;

/// <summary>
/// Splits news English into tokens in one pass, keeping what names and dates need whole:
/// "U.S." and "Mr." with their periods, initials ("J."), decimals ("1.5"), thousands ("1,000"),
/// hyphenated and apostrophe words ("Ming-chi", "don't"), and the possessive "'s" apart from its noun.
/// Thread-safe; allocates only the token array.
/// </summary>
public sealed class Tokenizer
{
    private readonly Abbreviations _abbreviations;

    /// <param name="abbreviations">Abbreviations that keep their period; <see cref="Abbreviations.Shipped"/> when null.</param>
    public Tokenizer(Abbreviations? abbreviations = null) => _abbreviations = abbreviations ?? Abbreviations.Shipped;

    /// <summary>The tokens of <paramref name="text"/>[<paramref name="span"/>], with offsets into <paramref name="text"/>.</summary>
    public List<Token> Tokenize(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(span.Length / 5);
        int i = span.Start;
        int end = span.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, end, tokens);
            }
            else if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, end, tokens);
            }
            else if (IsQuoteMark(c))
            {
                tokens.Add(new Token(new TextSpan(i, 1), TokenKind.Quote));
                i++;
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                int start = i;
                while (i < end && text[i] is '.' or '!' or '?' or '…')
                {
                    i++;
                }

                tokens.Add(new Token(TextSpan.FromBounds(start, i), TokenKind.Terminal));
            }
            else
            {
                tokens.Add(new Token(new TextSpan(i, char.IsSurrogatePair(text, i) ? 2 : 1), TokenKind.Punctuation));
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
        }

        return tokens;
    }

    /// <summary>Whether <paramref name="c"/> is a quotation mark in any style news uses.</summary>
    public static bool IsQuoteMark(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‟' or '‹' or '›';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private int ReadWord(string text, int start, int end, List<Token> tokens)
    {
        int i = start;
        // Initialisms written with periods: U.S., U.N., J.K., a.m. — two or more single letters each followed by a period.
        int j = start;
        int letters = 0;
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.')
        {
            letters++;
            j += 2;
        }

        if (letters >= 2)
        {
            tokens.Add(new Token(TextSpan.FromBounds(start, j), TokenKind.Word));
            return j;
        }

        while (i < end)
        {
            char c = text[i];
            if (IsWordChar(c))
            {
                i++;
            }
            else if ((c is '-' or '\'' or '’' or '‑') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                // "'s" at the end of a word is the possessive, a token of its own.
                if (c is '\'' or '’' && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !IsWordChar(text[i + 2])))
                {
                    break;
                }

                i++;
            }
            else
            {
                break;
            }
        }

        int wordEnd = i;
        // A period stays with an abbreviation or an initial ("Mr.", "Gen.", "J."), not with an ordinary word.
        if (wordEnd < end && text[wordEnd] == '.'
            && ((wordEnd - start == 1 && char.IsUpper(text[start])) || _abbreviations.TryGet(text.AsSpan(start, wordEnd - start), out _)))
        {
            wordEnd++;
        }

        tokens.Add(new Token(TextSpan.FromBounds(start, wordEnd), TokenKind.Word));
        if (wordEnd < end && text[wordEnd] is '\'' or '’' && wordEnd + 1 < end && text[wordEnd + 1] is 's' or 'S'
            && (wordEnd + 2 >= end || !IsWordChar(text[wordEnd + 2])))
        {
            tokens.Add(new Token(new TextSpan(wordEnd, 2), TokenKind.Possessive));
            return wordEnd + 2;
        }

        return wordEnd;
    }

    private static int ReadNumber(string text, int start, int end, List<Token> tokens)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if (c is '.' or ',' or ':' && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++; // 1.5, 1,000, 15:28
            }
            else if (char.IsLetter(c))
            {
                i++; // 4th, 5bn, 10m
            }
            else
            {
                break;
            }
        }

        tokens.Add(new Token(TextSpan.FromBounds(start, i), TokenKind.Number));
        return i;
    }
}
