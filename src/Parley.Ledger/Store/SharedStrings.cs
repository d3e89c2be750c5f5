using System.Collections.Concurrent;

namespace Parley.Ledger.Store;

/// <summary>
/// One instance per value for the small vocabularies the run index keeps with every cached event (type, mode,
/// medium, CAMEO code, status, topics): each read or report made its own copy, and at 100,000 articles the cache
/// held tens of thousands of copies of "STATEMENT" and "occurred". Bounded, so an open vocabulary cannot grow it.
/// </summary>
internal static class SharedStrings
{
    private const int MaxValues = 8_192;
    private static readonly ConcurrentDictionary<string, string> Values = new(StringComparer.Ordinal);

    public static string Share(string value)
    {
        if (Values.TryGetValue(value, out string? shared))
        {
            return shared;
        }

        return Values.Count < MaxValues ? Values.GetOrAdd(value, value) : value;
    }

    public static string? ShareOrNull(string? value) => value is null ? null : Share(value);
}
