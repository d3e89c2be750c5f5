using Parley.Annotate.Sentences;
using Parley.Annotate.Tokens;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Annotate.Actors;

/// <summary>
/// Descriptions news prints before the name of a person the knowledge base lacks (issue 4, actors round 5): a role in
/// lower case ("influential senator Jane Doe"), an office split from the name by "of" ("US Undersecretary of State Jane
/// Doe"), and a role phrase between commas before a name and a reporting verb ("the EU's ambassador to the WTO, Jane Doe,
/// said"). Spans are into the article's clean text.
/// </summary>
internal sealed class DescriptionsBefore
{
    private readonly KnowledgeBase _knowledge;

    public DescriptionsBefore(KnowledgeBase knowledge) => _knowledge = knowledge;

    // The office of "Undersecretary of State" when a run "State NAME NAME" follows "Undersecretary of": its span, with
    // the country or possessive before it; null when the words do not make a role noun or leave no two-word name.
    public TextSpan? OfficeAcrossOf(string text, IReadOnlyList<Token> tokens, Sentence sentence, int runStart, int runEnd)
    {
        if (runEnd - runStart is < 3 or > 5 || runStart - 2 < sentence.FirstToken || tokens[runStart - 1].In(text) is not "of"
            || !PersonPatterns.IsCapitalizedWord(text, tokens[runStart - 2]))
        {
            return null;
        }

        int previous = runStart - 2;
        while (previous - 1 >= sentence.FirstToken && PersonPatterns.IsCapitalizedWord(text, tokens[previous - 1]))
        {
            previous--;
        }

        for (int first = previous; first <= runStart - 2; first++)
        {
            var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[runStart].Span.End);
            if (_knowledge.RoleNoun(span.Of(text)) is not null)
            {
                return TextSpan.FromBounds(tokens[previous].Span.Start, tokens[runStart].Span.End);
            }
        }

        return null;
    }

    // A role noun of one to three words in lower case ending right before the name ("senator", "chief negotiator"),
    // with a demonym before it ("Palestinian chief negotiator").
    public TextSpan? RoleBefore(string text, IReadOnlyList<Token> tokens, Sentence sentence, int runStart)
    {
        for (int length = 3; length >= 1; length--)
        {
            int first = runStart - length;
            if (first < sentence.FirstToken)
            {
                continue;
            }

            string phrase = TextSpan.FromBounds(tokens[first].Span.Start, tokens[runStart - 1].Span.End).Of(text);
            if (tokens[runStart - 1].Kind != TokenKind.Word || _knowledge.RoleNoun(phrase) is null || char.IsUpper(text[tokens[runStart - 1].Span.Start]))
            {
                continue;
            }

            int start = first;
            if (start - 1 >= sentence.FirstToken && !_knowledge.CountriesByDemonym(PersonPatterns.WordAt(text, tokens, start - 1)).IsEmpty)
            {
                start--;
            }

            return TextSpan.FromBounds(tokens[start].Span.Start, tokens[runStart - 1].Span.End);
        }

        return null;
    }

    // The noun phrase between the clause start (sentence start or comma, a leading and/but dropped) and the comma before a
    // name, when it holds a role noun: "European Union ambassador to the WTO".
    public TextSpan? DescriptionBefore(string text, IReadOnlyList<Token> tokens, Sentence sentence, int comma)
    {
        int start = comma;
        while (start - 1 >= sentence.FirstToken && tokens[start - 1].In(text) is not ("," or ";" or ":") && tokens[start - 1].Kind != TokenKind.Quote)
        {
            start--;
        }

        while (start < comma && PersonPatterns.WordAt(text, tokens, start).ToLowerInvariant() is "and" or "but" or "while")
        {
            start++;
        }

        if (start >= comma || comma - start > 10)
        {
            return null;
        }

        var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[comma - 1].Span.End);
        return _knowledge.RoleNounIn(span.Of(text)) is not null ? span : null;
    }
}
