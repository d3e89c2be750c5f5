namespace Parley.Core;

/// <summary>
/// A document that could not be read, kept as a value so it is counted and stored, never lost.
/// <see cref="Code"/> is stable (see <see cref="RejectionCodes"/>); <see cref="Reason"/> is for people.
/// </summary>
public sealed record Rejection(string Source, string Code, string Reason)
{
    /// <summary>"source: code: reason", the form printed on stderr.</summary>
    public override string ToString() => $"{Source}: {Code}: {Reason}";
}

/// <summary>The outcome of reading one document: an article or a rejection, never both.</summary>
public sealed record ReadOutcome
{
    private ReadOutcome(string source, Article? article, Rejection? rejection)
    {
        Source = source;
        Article = article;
        Rejection = rejection;
    }

    /// <summary>Where the document came from (see <see cref="SourceDocument.Source"/>).</summary>
    public string Source { get; }

    /// <summary>The article, when the document was read.</summary>
    public Article? Article { get; }

    /// <summary>The rejection, when it was not.</summary>
    public Rejection? Rejection { get; }

    /// <summary>A document read into an article.</summary>
    public static ReadOutcome Accepted(string source, Article article) => new(source, article, null);

    /// <summary>A document that could not be read.</summary>
    public static ReadOutcome Rejected(Rejection rejection) => new(rejection.Source, null, rejection);

    /// <summary>A document that could not be read, built from its parts.</summary>
    public static ReadOutcome Rejected(string source, string code, string reason) =>
        Rejected(new Rejection(source, code, reason));
}
