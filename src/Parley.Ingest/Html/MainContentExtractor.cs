using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Ingest.Html;

/// <summary>
/// Takes the article body out of a flattened page: <see cref="ContentScorer"/> chooses the
/// containers, then each text block inside them is kept or dropped for a stated reason (template
/// words in its class or id, link density, furniture lines such as "Read more", repeats), and
/// figure captions become media. Works on general signals only: no rule knows any site.
/// </summary>
internal static class MainContentExtractor
{
    // An element holding this share of the page's text is the page itself, whatever its class says
    // (a whole page wrapped in <form> or in a div named "has-sidebar").
    private const double PageShare = 0.6;

    // A layout wrapper ("content-with-sidebar", a <header> around everything) that holds half the
    // page's prose holds the article.
    private const double ProseShare = 0.5;

    private const double MaxLinkDensity = 0.5;
    private const double ListLinkDensity = 0.4;
    private const int MinDuplicateChars = 200;
    private const int MinLeadProbeChars = 40;
    private const int MinLinkedSentenceChars = 40;
    private const int MaxMedia = 50;

    /// <summary>Extracts the body of a whole page.</summary>
    /// <param name="layout">The flattened page.</param>
    /// <param name="headline">The headline, removed when it repeats in the body; null when unknown.</param>
    /// <param name="description">The page's meta description, used to find a lead paragraph set apart from the body; null when none.</param>
    public static ExtractedBody Extract(PageLayout layout, string? headline, string? description = null)
    {
        int[] subtreeEnds = SubtreeEnds(layout);
        string?[] inherited = InheritedReasons(layout, roots: null);
        List<int> roots = ContentScorer.SelectRoots(layout, inherited, subtreeEnds);
        if (roots.Count == 0)
        {
            // Every block sat under a template word: score again trusting the structure alone.
            roots = ContentScorer.SelectRoots(layout, new string?[layout.Count], subtreeEnds);
        }

        AddLeadParagraph(layout, roots, inherited, description);
        return Collect(layout, roots, headline, isFragment: false);
    }

    // Templates often style the lead paragraph apart (its own wrapper above the body), and pages
    // usually reuse that lead as their meta description: a prose block before the body that the
    // description quotes is the lead, unless its markup names it a dek, summary or heading (then it
    // is the standfirst, which stays out of the body).
    private static void AddLeadParagraph(PageLayout layout, List<int> roots, string?[] inherited, string? description)
    {
        if (roots.Count == 0 || description is null || description.Length < MinLeadProbeChars)
        {
            return;
        }

        string probe = description[..MinLeadProbeChars];
        int firstRoot = roots[0];
        foreach (TextBlock block in layout.Blocks)
        {
            int owner = block.Owner;
            if (owner >= firstRoot)
            {
                return;
            }

            if (block.IsProse && inherited[owner] is null && block.Text.AsSpan(0, Math.Min(block.Text.Length, MinLeadProbeChars + 20))
                .Contains(probe, StringComparison.OrdinalIgnoreCase) && !roots.Exists(root => layout.IsWithin(root, owner))
                && !StandfirstFinder.IsMarkedAsDek(layout, owner))
            {
                roots.Insert(0, owner);
                return;
            }
        }
    }

    /// <summary>Extracts a fragment that is all article (a feed item's content): only ads and captions are taken out.</summary>
    public static ExtractedBody ExtractFragment(PageLayout layout, string? headline) =>
        layout.Count == 0 ? Collect(layout, [], headline, isFragment: true) : Collect(layout, [0], headline, isFragment: true);

    private static ExtractedBody Collect(PageLayout layout, List<int> roots, string? headline, bool isFragment)
    {
        int count = layout.Count;
        bool[] isRoot = new bool[count];
        foreach (int root in roots)
        {
            isRoot[root] = true;
        }

        bool[] isSelected = new bool[count];
        int[] figures = new int[count];
        for (int i = 0; i < count; i++)
        {
            int parent = layout.Parents[i];
            isSelected[i] = isRoot[i] || (parent >= 0 && isSelected[parent]);
            figures[i] = layout.Tags[i] == "figure" ? i : parent >= 0 ? figures[parent] : -1;
        }

        string?[] reasons = InheritedReasons(layout, isRoot);
        MarkNestedStories(layout, isRoot, isSelected, reasons);
        (int scopeStart, int scopeEnd) = CaptionScope(layout, roots);
        var captions = new List<(int Figure, List<string> Lines)>();
        var decisions = new List<BlockDecision>(layout.Blocks.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (TextBlock block in layout.Blocks)
        {
            int owner = block.Owner;
            string? reason = reasons[owner];
            if (isFragment && reason != BoilerplateVocabulary.Advertisement && reason != BoilerplateVocabulary.Caption)
            {
                reason = null;
            }

            // Captions of the article's own figures are media, even when the lead picture sits above the body.
            bool isCaption = figures[owner] >= 0 || reason == BoilerplateVocabulary.Caption;
            if (isCaption && (isSelected[owner] || (owner >= scopeStart && owner < scopeEnd)))
            {
                AddCaption(captions, figures[owner] >= 0 ? figures[owner] : owner, block.Text);
                decisions.Add(new BlockDecision(block, BoilerplateVocabulary.Caption, IsBody: false));
                continue;
            }

            if (!isSelected[owner])
            {
                decisions.Add(new BlockDecision(block, reason ?? "outside-article", IsBody: false));
                continue;
            }

            reason ??= ReasonForBlock(layout, block, headline, isFragment);
            // Long paragraphs met twice are a page printing the same story part twice (a pull quote, a
            // mobile copy); short lines legitimately repeat ("Serves 4", "1 cup rice").
            if (reason is null && block.Chars >= MinDuplicateChars && !seen.Add(block.Text))
            {
                reason = "duplicate";
            }

            decisions.Add(new BlockDecision(block, reason, IsBody: true));
        }

        MarkLinkListHeadings(decisions);
        var removed = new RemovedPieces();
        var paragraphs = ImmutableArray.CreateBuilder<string>();
        int teasers = 0;
        bool afterLinkBlock = false;
        foreach ((TextBlock block, string? reason, bool isBody) in decisions)
        {
            if (reason is not null)
            {
                afterLinkBlock = isBody ? block.LinkDensity > MaxLinkDensity : afterLinkBlock;
                removed.Add(block.Text, reason);
                continue;
            }

            // A paragraph right after a link-only block is how a list of stories looks: headline link, then teaser.
            if (afterLinkBlock)
            {
                teasers++;
            }

            afterLinkBlock = false;
            paragraphs.Add(block.Text);
        }

        return new ExtractedBody(paragraphs.ToImmutable(), MediaOf(captions), removed.ToImmutable(), teasers);
    }

    // Several <article> elements inside the chosen body are other stories' cards ("You may also like"),
    // not parts of this one; a single nested <article> is usually the body's own wrapper.
    private static void MarkNestedStories(PageLayout layout, bool[] isRoot, bool[] isSelected, string?[] reasons)
    {
        int selectedProse = 0;
        for (int i = 0; i < layout.Count; i++)
        {
            selectedProse += isRoot[i] ? layout.ProseChars[i] : 0;
        }

        // A nested <article> holding much of the body's prose is the body itself.
        List<int> nested = [];
        for (int i = 0; i < layout.Count; i++)
        {
            if (isSelected[i] && !isRoot[i] && layout.Tags[i] == "article" && layout.ProseChars[i] * 10 < selectedProse * 3)
            {
                nested.Add(i);
            }
        }

        if (nested.Count < 2)
        {
            return;
        }

        foreach (int story in nested)
        {
            reasons[story] ??= BoilerplateVocabulary.RelatedLinks;
        }

        for (int i = nested[0]; i < layout.Count; i++)
        {
            int parent = layout.Parents[i];
            if (parent >= 0 && reasons[i] is null && reasons[parent] == BoilerplateVocabulary.RelatedLinks && !isRoot[i])
            {
                reasons[i] = BoilerplateVocabulary.RelatedLinks;
            }
        }
    }

    // "More stories" above a list of links belongs to the list.
    private static void MarkLinkListHeadings(List<BlockDecision> decisions)
    {
        string? nextBodyReason = null;
        for (int i = decisions.Count - 1; i >= 0; i--)
        {
            BlockDecision decision = decisions[i];
            if (!decision.IsBody)
            {
                continue;
            }

            if (decision.Reason is null && decision.Block.Chars < 60 && !EndsSentence(decision.Block.Text)
                && nextBodyReason == BoilerplateVocabulary.RelatedLinks)
            {
                decision = decision with { Reason = BoilerplateVocabulary.RelatedLinks };
                decisions[i] = decision;
            }

            nextBodyReason = decision.Reason;
        }
    }

    // The stretch of the page whose figures belong to the article: the <article> around the body, or the body's parent.
    private static (int Start, int End) CaptionScope(PageLayout layout, List<int> roots)
    {
        if (roots.Count == 0)
        {
            return (0, 0);
        }

        int scope = layout.Parents[roots[0]];
        for (int element = roots[0]; element >= 0; element = layout.Parents[element])
        {
            if (layout.Tags[element] == "article")
            {
                scope = element;
                break;
            }
        }

        if (scope < 0)
        {
            return (0, 0);
        }

        int end = scope + 1;
        while (end < layout.Count && layout.IsWithin(end, scope))
        {
            end++;
        }

        return (scope, end);
    }

    /// <summary>What happens to one text block: dropped for a reason, or kept; <c>IsBody</c> when it lies in the chosen body.</summary>
    private readonly record struct BlockDecision(TextBlock Block, string? Reason, bool IsBody);

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '…' or ':' or ')';

    private static string? ReasonForBlock(PageLayout layout, TextBlock block, string? headline, bool isFragment)
    {
        string tag = layout.Tags[block.Owner];
        if (headline is not null && string.Equals(block.Text, headline, StringComparison.OrdinalIgnoreCase))
        {
            return "headline";
        }

        if (tag == "h1" && !isFragment)
        {
            return "headline";
        }

        // A body paragraph that is mostly a link but names a price or spells out an address ("Get it at
        // the co-op for $12", "https://...") is the writer's own line in a buying guide, not a headline link.
        if (!isFragment && block.LinkDensity > MaxLinkDensity && !(tag is "p" or "li" && IsOwnLinkLine(block.Text)))
        {
            return tag == "li" || block.Chars < 120 ? BoilerplateVocabulary.RelatedLinks : BoilerplateVocabulary.Navigation;
        }

        // A list whose items are short and largely links is a list of other stories, even when each
        // item adds a few words of its own.
        int list = layout.Parents[block.Owner];
        if (!isFragment && tag == "li" && list >= 0 && layout.LinkDensity(list) >= ListLinkDensity && block.Chars < 150 && !IsOwnLinkLine(block.Text))
        {
            return BoilerplateVocabulary.RelatedLinks;
        }

        return BoilerplateLines.ReasonFor(block.Text);
    }

    // Headlines do not end with a full stop; a linked sentence that does is the writer's own.
    private static bool IsOwnLinkLine(string text) =>
        BoilerplateLines.ReasonFor(text) is null
        && (text.AsSpan().IndexOfAny("$£€¥₹") >= 0 || text.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            || (text.Length >= MinLinkedSentenceChars && text.EndsWith('.') && !text.EndsWith("...", StringComparison.Ordinal)));

    private static void AddCaption(List<(int Figure, List<string> Lines)> captions, int figure, string text)
    {
        if (captions.Count > 0 && captions[^1].Figure == figure)
        {
            captions[^1].Lines.Add(text);
        }
        else if (captions.Count < MaxMedia)
        {
            captions.Add((figure, [text]));
        }
    }

    private static ImmutableArray<MediaItem> MediaOf(List<(int Figure, List<string> Lines)> captions)
    {
        var media = ImmutableArray.CreateBuilder<MediaItem>(captions.Count);
        foreach ((int _, List<string> lines) in captions)
        {
            media.Add(CaptionSplitter.Split(lines));
        }

        return media.ToImmutable();
    }

    /// <summary>For each element, the index just past its subtree (pre-order: a subtree is a contiguous range).</summary>
    private static int[] SubtreeEnds(PageLayout layout)
    {
        int count = layout.Count;
        int[] ends = new int[count];
        for (int i = 0; i < count; i++)
        {
            ends[i] = i + 1;
        }

        for (int i = count - 1; i > 0; i--)
        {
            int parent = layout.Parents[i];
            if (parent >= 0 && ends[i] > ends[parent])
            {
                ends[parent] = ends[i];
            }
        }

        return ends;
    }

    /// <summary>
    /// Each element's removal reason: its own, else its parent's. Elements that hold most of the
    /// page keep no reason, and below a chosen root only reasons from inside the root count.
    /// </summary>
    private static string?[] InheritedReasons(PageLayout layout, bool[]? roots)
    {
        int count = layout.Count;
        string?[] reasons = new string?[count];
        int pageChars = count == 0 ? 0 : layout.Chars[0];
        int pageProse = count == 0 ? 0 : layout.ProseChars[0];
        for (int i = 0; i < count; i++)
        {
            if (roots is not null && roots[i])
            {
                continue;
            }

            string? own = layout.OwnReasons[i];
            if (own is not null && ((layout.Chars[i] >= PageShare * pageChars && pageChars > 0)
                || (BoilerplateVocabulary.IsLayoutReason(own) && layout.ProseChars[i] >= ProseShare * pageProse && pageProse > 0)))
            {
                own = null;
            }

            int parent = layout.Parents[i];
            reasons[i] = own ?? (parent >= 0 ? reasons[parent] : null);
        }

        return reasons;
    }
}
