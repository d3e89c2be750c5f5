using Parley.Core;
using Parley.Ledger.Store;

namespace Parley.Ledger.Tests.Store;

public sealed class CachedEventTests
{
    private static MergedEvent Stored(string id) => new()
    {
        Id = id, MergeKey = "CONSULT|phone|occurred|a,b", Type = "CONSULT", Mode = "phone", Medium = "video", Cameo = "040", Status = "occurred",
        Actors = [], Recipients = [], Date = new FuzzyDate(new DateOnly(2026, 2, 4), DatePrecision.Day), Duration = new IsoDuration(0, 0, 0, 0, 1, 30),
        Topics = ["taiwan", "trade"], Confidence = 0.85, MentionCount = 3, ReportedOn = new DateOnly(2026, 2, 5), Stored = true,
    };

    [Fact]
    public void A_stored_event_comes_back_from_the_cache_with_every_detail_the_merge_writes()
    {
        MergedEvent original = Stored("ev-00ff12ab34cd56ef");
        CachedEvent.TryPack(original, out CachedEvent cached).Should().BeTrue();
        MergedEvent back = cached.Unpack(original.MergeKey);
        back.Should().BeEquivalentTo(original);
        back.Should().NotBeSameAs(original);
    }

    [Theory]
    [InlineData("ev-00FF12AB34CD56EF")]
    [InlineData("ev-00ff12ab34cd56e")]
    [InlineData("x-00ff12ab34cd56ef")]
    public void An_id_of_another_shape_is_not_cached_since_it_would_not_come_back_the_same(string id) =>
        CachedEvent.TryPack(Stored(id), out _).Should().BeFalse();

    [Fact]
    public void An_event_not_yet_stored_or_imported_is_not_cached()
    {
        MergedEvent fresh = Stored("ev-00ff12ab34cd56ef");
        fresh.Stored = false;
        CachedEvent.TryPack(fresh, out _).Should().BeFalse();
        MergedEvent imported = Stored("ev-00ff12ab34cd56ef");
        imported.Origin = "icews";
        CachedEvent.TryPack(imported, out _).Should().BeFalse();
    }
}
