using Parley.Ledger.Store;

namespace Parley.Ledger.Tests.Store;

public sealed class NumberSetTests
{
    [Fact]
    public void Holds_every_number_added_across_sorted_runs_and_the_unsorted_tail()
    {
        var set = new NumberSet<ulong>();
        var random = new Random(7);
        var added = new HashSet<ulong>();
        // Enough numbers for several merges of runs, plus a partly filled tail.
        for (int i = 0; i < (NumberSet<ulong>.TailLimit * 9) + 123; i++)
        {
            ulong number = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            set.Add(number).Should().Be(added.Add(number));
        }

        set.Count.Should().Be(added.Count);
        added.Should().OnlyContain(number => set.Contains(number));
        Enumerable.Range(0, 10_000).Select(_ => (ulong)random.NextInt64()).Where(number => !added.Contains(number))
            .Should().NotContain(number => set.Contains(number));
    }

    [Fact]
    public void A_number_added_again_after_it_was_sorted_into_a_run_is_not_counted_twice()
    {
        var set = new NumberSet<ulong>();
        for (ulong number = 0; number < NumberSet<ulong>.TailLimit * 3; number++)
        {
            set.Add(number * 2).Should().BeTrue();
        }

        set.Add(0).Should().BeFalse();
        set.Add(2 * 5000).Should().BeFalse();
        set.Add(1).Should().BeTrue();
        set.Count.Should().Be((NumberSet<ulong>.TailLimit * 3) + 1);
        set.Contains(1).Should().BeTrue();
        set.Contains(3).Should().BeFalse();
    }
}
