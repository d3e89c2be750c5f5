namespace Parley.Ingest.Html;

/// <summary>
/// Short lines that are page furniture whatever markup holds them: "Read more", "Share this
/// article", "Advertisement", copyright lines, "By" bylines and "Updated" time stamps. Matched by
/// how the line starts (or, for copyright, what it contains), ignoring case; only lines shorter than
/// <see cref="MaxLineChars"/> are considered, so a real paragraph that begins "Read more..." stays.
/// </summary>
internal static class BoilerplateLines
{
    /// <summary>Longest line that can be furniture.</summary>
    public const int MaxLineChars = 160;

    private static readonly (string Start, string Reason)[] Starts =
    [
        ("read more", BoilerplateVocabulary.RelatedLinks), ("read also", BoilerplateVocabulary.RelatedLinks),
        ("also read", BoilerplateVocabulary.RelatedLinks), ("related:", BoilerplateVocabulary.RelatedLinks),
        ("related stories", BoilerplateVocabulary.RelatedLinks), ("related articles", BoilerplateVocabulary.RelatedLinks),
        ("related coverage", BoilerplateVocabulary.RelatedLinks), ("see also", BoilerplateVocabulary.RelatedLinks),
        ("more from", BoilerplateVocabulary.RelatedLinks), ("recommended", BoilerplateVocabulary.RelatedLinks),
        ("continue reading", BoilerplateVocabulary.RelatedLinks), ("click here", BoilerplateVocabulary.Newsletter),
        ("sign up", BoilerplateVocabulary.Newsletter), ("subscribe", BoilerplateVocabulary.Newsletter),
        ("get our", BoilerplateVocabulary.Newsletter), ("newsletter", BoilerplateVocabulary.Newsletter),
        ("follow us", BoilerplateVocabulary.Share), ("share this", BoilerplateVocabulary.Share),
        ("share on", BoilerplateVocabulary.Share), ("share:", BoilerplateVocabulary.Share),
        ("advertisement", BoilerplateVocabulary.Advertisement), ("sponsored", BoilerplateVocabulary.Advertisement),
        ("advert", BoilerplateVocabulary.Advertisement), ("you may also like", BoilerplateVocabulary.RelatedLinks),
        ("you might also like", BoilerplateVocabulary.RelatedLinks), ("don't miss", BoilerplateVocabulary.RelatedLinks),
        ("don’t miss", BoilerplateVocabulary.RelatedLinks), ("most read", BoilerplateVocabulary.RelatedLinks),
        ("have a tip", BoilerplateVocabulary.Newsletter), ("tell us what you think", BoilerplateVocabulary.Comments),
        ("like this story", BoilerplateVocabulary.Share), ("this slideshow requires javascript", BoilerplateVocabulary.Interface),
        ("please enable javascript", BoilerplateVocabulary.Interface),
        ("copyright", BoilerplateVocabulary.Footer), ("©", BoilerplateVocabulary.Footer),
        ("leave a comment", BoilerplateVocabulary.Comments), ("comments", BoilerplateVocabulary.Comments),
        ("by ", BoilerplateVocabulary.Metadata), ("updated", BoilerplateVocabulary.Metadata),
        ("published", BoilerplateVocabulary.Metadata), ("posted", BoilerplateVocabulary.Metadata),
        ("last updated", BoilerplateVocabulary.Metadata), ("photo:", BoilerplateVocabulary.Caption),
        ("image:", BoilerplateVocabulary.Caption), ("tags:", BoilerplateVocabulary.Metadata),
        ("topics:", BoilerplateVocabulary.Metadata), ("filed under", BoilerplateVocabulary.Metadata),
    ];

    /// <summary>The reason <paramref name="line"/> is furniture, or null when it may be article text.</summary>
    public static string? ReasonFor(string line)
    {
        if (line.Length >= MaxLineChars)
        {
            return null;
        }

        ReadOnlySpan<char> text = line.AsSpan().Trim();
        foreach ((string start, string reason) in Starts)
        {
            if (text.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                // "By" opens sentences too ("By Friday the talks had failed"): a byline is a few capitalised words.
                if (reason == BoilerplateVocabulary.Metadata && start == "by " && !LooksLikeNames(text[3..]))
                {
                    continue;
                }

                // "Published" and "Updated" lines are time stamps: short and holding a digit.
                if (start is "updated" or "published" or "posted" or "last updated" && (text.Length > 80 || !text.ContainsAnyInRange('0', '9')))
                {
                    continue;
                }

                return reason;
            }
        }

        if (text.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase))
        {
            return BoilerplateVocabulary.Footer;
        }

        // Calls to action inside an otherwise ordinary line: reporters do not write "click here".
        if (text.Contains("click here", StringComparison.OrdinalIgnoreCase))
        {
            return BoilerplateVocabulary.Newsletter;
        }

        if (text.Contains("follow us on", StringComparison.OrdinalIgnoreCase))
        {
            return BoilerplateVocabulary.Share;
        }

        if (IsGalleryCounter(text))
        {
            return BoilerplateVocabulary.Caption;
        }

        // Captions printed as plain paragraphs end with their credit: "... at dawn (Image: Getty)".
        if (text.EndsWith(')') && text.LastIndexOf('(') is int open and >= 0 && IsCreditMarker(text[(open + 1)..]))
        {
            return BoilerplateVocabulary.Caption;
        }

        return null;
    }

    // "Image 3 of 12", "Photo 1 of 5", "2 of 9": a slideshow's position, not text.
    private static bool IsGalleryCounter(ReadOnlySpan<char> text)
    {
        if (text.Length > 24)
        {
            return false;
        }

        int of = text.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        if (of <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> before = text[..of].TrimEnd();
        int space = before.LastIndexOf(' ');
        ReadOnlySpan<char> number = space >= 0 ? before[(space + 1)..] : before;
        ReadOnlySpan<char> total = text[(of + 4)..].Trim();
        return number.Length > 0 && total.Length > 0 && IsDigits(number) && IsDigits(total);
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    private static bool IsCreditMarker(ReadOnlySpan<char> text) =>
        text.StartsWith("image:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("photo:", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("picture:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("pic:", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("credit:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether text reads like a list of names ("Jane Doe and Ali Khan"): few words, each capitalised or a joiner.</summary>
    public static bool LooksLikeNames(ReadOnlySpan<char> text)
    {
        int words = 0;
        foreach (Range range in text.Split(' '))
        {
            ReadOnlySpan<char> word = text[range].Trim(",;|");
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            bool isJoiner = word is "and" or "&" or "in" or "de" or "van" or "von" or "da" or "-" or "|";
            if (!isJoiner && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return words is > 0 and <= 8;
    }
}
