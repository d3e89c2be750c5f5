namespace Parley.Knowledge.Tests;

/// <summary>The shipped knowledge base, loaded once for all tests that read it (it is immutable).</summary>
internal static class ShippedKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() => KnowledgeLoader.LoadShipped());

    public static KnowledgeBase Instance => Loaded.Value;

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
