using Parley.Ledger.Store;

namespace Parley.Ledger.Tests.Store;

public sealed class KeyFilterTests
{
    [Fact]
    public void Every_key_added_is_a_maybe_and_few_others_are()
    {
        // 2^16 bits with 8,192 keys (8 bits a key, seven probes): about 1 in 45 unseen keys is a false maybe.
        var filter = new KeyFilter(1 << 16);
        string[] added = [.. Enumerable.Range(0, 8192).Select(i => $"q-{(ulong)i * 0x9E3779B97F4A7C15UL:x16}")];
        foreach (string key in added)
        {
            filter.Add(key);
        }

        added.Should().OnlyContain(key => filter.MayContain(key));
        int falseMaybes = Enumerable.Range(0, 100_000).Count(i => filter.MayContain($"CONSULT|phone|occurred|envoy-{i}>envoy-{i + 1}"));
        falseMaybes.Should().BeInRange(1_500, 3_000, "(1 - e^(-7/8))^7, about 2,200 in 100,000");
    }

    [Fact]
    public void Keys_that_differ_in_one_character_are_told_apart()
    {
        // Merge keys of one pair differ in a character or two; a weak hash would put them on the same bits.
        var filter = new KeyFilter(1 << 12);
        filter.Add("CONSULT|phone|occurred|vladimir-putin>xi-jinping");
        filter.MayContain("CONSULT|phone|occurred|vladimir-putin>xi-jinping").Should().BeTrue();
        filter.MayContain("CONSULT|phone|occurred|xi-jinping>vladimir-putin").Should().BeFalse();
        filter.MayContain("CONSULT|phone|occurred|vladimir-putin>xi-jinpinh").Should().BeFalse();
    }

    [Fact]
    public void Its_memory_is_fixed_when_made_whatever_is_added_afterwards()
    {
        var filter = new KeyFilter(1 << 20);
        filter.Bytes.Should().Be(1 << 17);
        string[] keys = [.. Enumerable.Range(0, 50_000).Select(i => $"ev-{i:x16}")];
        // A first pass lets the runtime compile and load what the loop needs (on-stack replacement of a long loop runs
        // on this thread and once allocated 6 KB here under a loaded CI); the second is the one measured.
        string[] measured = keys[25_000..];
        AddAll(filter, keys[..25_000]);
        long before = GC.GetAllocatedBytesForCurrentThread();
        AddAll(filter, measured);

        // An exact set of 50,000 keys would take hundreds of KB; a few bytes of slack for the runtime's own bookkeeping.
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(1024, "adding a key allocates nothing");
        filter.Bytes.Should().Be(1 << 17);

        static void AddAll(KeyFilter filter, string[] keys)
        {
            foreach (string key in keys)
            {
                filter.Add(key);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    [InlineData(1000)]
    public void A_size_that_is_not_a_power_of_two_of_at_least_64_bits_is_refused(int bits)
    {
        Action make = () => _ = new KeyFilter(bits);
        make.Should().Throw<ArgumentOutOfRangeException>();
    }
}
