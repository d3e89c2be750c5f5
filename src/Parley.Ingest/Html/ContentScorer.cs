namespace Parley.Ingest.Html;

/// <summary>
/// Finds the element that holds the article: every prose block gives points to the elements
/// around it (most to its container, less further up), weighed by tag, by class words and by link
/// density; the best element is then widened to a common ancestor when the text is split over
/// several containers. The idea is Readability's; the code works on a flattened
/// <see cref="PageLayout"/> in linear time.
/// </summary>
internal static class ContentScorer
{
    private const int MinBlockChars = 25;
    private const int ScoredLevels = 5;

    /// <summary>
    /// The indexes of the elements that hold the article (the best container, plus siblings that
    /// continue it), or an empty list when no block of prose exists.
    /// </summary>
    public static List<int> SelectRoots(PageLayout layout, string?[] inheritedReasons, int[] subtreeEnds)
    {
        int count = layout.Count;
        double[] scores = new double[count];
        bool[] isScored = new bool[count];
        foreach (TextBlock block in layout.Blocks)
        {
            // List items and headings do not vote (as in Readability): story lists are made of them.
            if (block.Chars < MinBlockChars || inheritedReasons[block.Owner] is not null || block.LinkDensity > 0.5
                || layout.Tags[block.Owner] is "li" or "dd" or "dt" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th")
            {
                continue;
            }

            double points = 1 + block.Commas + Math.Min(block.Chars / 100.0, 3);
            int owner = block.Owner;
            int start = IsParagraphLike(layout.Tags[owner]) ? layout.Parents[owner] : owner;
            int level = 0;
            for (int element = start; element >= 0 && level < ScoredLevels; element = layout.Parents[element], level++)
            {
                if (!isScored[element])
                {
                    isScored[element] = true;
                    scores[element] = InitialScore(layout, element);
                }

                scores[element] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        int top = -1;
        double[] finals = new double[count];
        for (int i = 0; i < count; i++)
        {
            if (!isScored[i])
            {
                continue;
            }

            finals[i] = scores[i] * (1 - layout.LinkDensity(i));
            if (top < 0 || finals[i] > finals[top])
            {
                top = i;
            }
        }

        if (top < 0)
        {
            return [];
        }

        top = WidenToCommonAncestor(layout, finals, isScored, top);
        top = ClimbWhileParentScoresHigher(layout, finals, isScored, top);
        List<int> roots = WithSiblings(layout, finals, isScored, inheritedReasons, subtreeEnds, top);
        AddSameTemplateChunks(layout, inheritedReasons, top, roots);
        return roots;
    }

    /// <summary>Tags whose text is one paragraph: their points go to the container around them.</summary>
    public static bool IsParagraphLike(string tag) => tag is "p" or "pre" or "blockquote" or "li" or "td" or "dd" or "dt"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "span" or "a" or "em" or "strong" or "b" or "i" or "font";

    private static double InitialScore(PageLayout layout, int element)
    {
        double score = layout.Tags[element] switch
        {
            "div" or "article" or "main" => 5,
            "section" or "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (layout.IsContentMarked[element])
        {
            score += 25;
        }
        else if (layout.OwnReasons[element] is not null)
        {
            score -= 25;
        }

        return score;
    }

    // When the article's paragraphs sit in several containers (chunks split by ads or a pull quote),
    // other near-best candidates lie outside the best one: their common ancestor holds the article.
    private static int WidenToCommonAncestor(PageLayout layout, double[] finals, bool[] isScored, int top)
    {
        List<int> contenders = [];
        for (int i = 0; i < layout.Count; i++)
        {
            if (isScored[i] && i != top && finals[i] >= 0.75 * finals[top] && !layout.IsWithin(i, top) && !layout.IsWithin(top, i))
            {
                contenders.Add(i);
            }
        }

        if (contenders.Count == 0)
        {
            return top;
        }

        contenders.Sort((a, b) => finals[b].CompareTo(finals[a]));
        if (contenders.Count > 4)
        {
            contenders.RemoveRange(4, contenders.Count - 4);
        }

        int needed = (contenders.Count + 1) / 2;
        for (int ancestor = layout.Parents[top]; ancestor > 0; ancestor = layout.Parents[ancestor])
        {
            if (contenders.Count(contender => layout.IsWithin(contender, ancestor)) >= needed)
            {
                return ancestor;
            }
        }

        return top;
    }

    // Templates that split the body into chunks (around ads, embeds, pull quotes) give every chunk the
    // same tag and class: elsewhere-placed twins of the chosen container that hold prose are the article too.
    private static void AddSameTemplateChunks(PageLayout layout, string?[] inheritedReasons, int top, List<int> roots)
    {
        string? topClass = layout.Elements[top].GetAttribute("class");
        if (string.IsNullOrWhiteSpace(topClass))
        {
            return;
        }

        int before = roots.Count;
        for (int i = 0; i < layout.Count; i++)
        {
            if (i == top || layout.ProseChars[i] == 0 || inheritedReasons[i] is not null || layout.Tags[i] != layout.Tags[top]
                || !string.Equals(layout.Elements[i].GetAttribute("class"), topClass, StringComparison.Ordinal))
            {
                continue;
            }

            if (!roots.Exists(root => layout.IsWithin(i, root) || layout.IsWithin(root, i)))
            {
                roots.Add(i);
            }
        }

        if (roots.Count != before)
        {
            roots.Sort();
        }
    }

    private static int ClimbWhileParentScoresHigher(PageLayout layout, double[] finals, bool[] isScored, int top)
    {
        double last = finals[top];
        double threshold = last / 3;
        for (int parent = layout.Parents[top]; parent > 0; parent = layout.Parents[parent])
        {
            if (!isScored[parent])
            {
                continue;
            }

            if (finals[parent] < threshold)
            {
                break;
            }

            if (finals[parent] > last)
            {
                top = parent;
                break;
            }

            last = finals[parent];
        }

        return top;
    }

    private static List<int> WithSiblings(PageLayout layout, double[] finals, bool[] isScored, string?[] inheritedReasons,
        int[] subtreeEnds, int top)
    {
        int parent = layout.Parents[top];
        if (parent < 0)
        {
            return [top];
        }

        double threshold = Math.Max(10, finals[top] * 0.2);
        string? topClass = layout.Elements[top].GetAttribute("class");
        List<int> roots = [];
        for (int sibling = parent + 1; sibling < subtreeEnds[parent]; sibling = subtreeEnds[sibling])
        {
            if (sibling == top)
            {
                roots.Add(sibling);
                continue;
            }

            if (inheritedReasons[sibling] is not null)
            {
                continue;
            }

            double bonus = topClass is { Length: > 0 } && topClass == layout.Elements[sibling].GetAttribute("class") ? finals[top] * 0.2 : 0;
            if (isScored[sibling] && finals[sibling] + bonus >= threshold)
            {
                roots.Add(sibling);
                continue;
            }

            if (IsParagraphLike(layout.Tags[sibling]) && layout.Chars[sibling] > 80 && layout.LinkDensity(sibling) < 0.25)
            {
                roots.Add(sibling);
            }
        }

        return roots;
    }
}
