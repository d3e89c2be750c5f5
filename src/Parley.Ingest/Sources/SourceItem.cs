using Parley.Core;

namespace Parley.Ingest.Sources;

/// <summary>One thing a source yields: a document ready for a reader, or the rejection of one.</summary>
public readonly record struct SourceItem(SourceDocument? Document, Rejection? Rejection)
{
    /// <summary>A readable document.</summary>
    public static SourceItem Of(SourceDocument document) => new(document, null);

    /// <summary>A document that cannot be read at all.</summary>
    public static SourceItem Rejected(string source, string code, string reason) =>
        new(null, new Rejection(source, code, reason));
}
