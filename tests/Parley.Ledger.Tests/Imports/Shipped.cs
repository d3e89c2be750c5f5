using Parley.Knowledge;
using Parley.Knowledge.Tables;
using Parley.Ledger.Imports;
using Parley.TestKit;

namespace Parley.Ledger.Tests.Imports;

/// <summary>The shipped knowledge base and readers over it, loaded once for all import tests.</summary>
internal static class Shipped
{
    private static readonly Lazy<KnowledgeBase> LazyKnowledge = new(() => KnowledgeLoader.Load(KnowledgeFile.Shipped()));

    public static KnowledgeBase Knowledge => LazyKnowledge.Value;

    public static IcewsReader Icews => new(CameoTable.Shipped, new ImportedActorResolver(Knowledge));

    public static GdeltReader Gdelt => new(CameoTable.Shipped, new ImportedActorResolver(Knowledge));

    public static List<ImportLine> ReadIcews(string fixture)
    {
        using var reader = new StreamReader(Fixture.PathOf(fixture));
        return [.. Icews.Read(reader, fixture)];
    }

    public static List<ImportLine> ReadGdelt(string fixture)
    {
        using var reader = new StreamReader(Fixture.PathOf(fixture));
        return [.. Gdelt.Read(reader, fixture)];
    }
}
