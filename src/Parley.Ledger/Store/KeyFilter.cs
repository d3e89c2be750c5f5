namespace Parley.Ledger.Store;

/// <summary>
/// A Bloom filter of keys at a fixed size, so the run index's memory does not grow with the ledger: "no" is certain
/// (the key was never added), "maybe" is checked in the database. The exact sets it replaced cost 8 bytes a stored key
/// (about 14 MB at 300,000 articles) plus the copies their sorted runs made when merged (docs/ledger.md, Speed).
/// Seven probes per key, placed by double hashing (Kirsch and Mitzenmacher): the best number at 10 bits a key, which the
/// quote filter reaches near 700,000 articles; a probe costs one memory read.
/// </summary>
internal sealed class KeyFilter
{
    /// <summary>Bits of a filter unless told otherwise: 1 MiB, a false "maybe" in about 1 in 40,000 probes at 300,000 keys.</summary>
    public const int DefaultBits = 1 << 23;

    private const int Probes = 7;
    private readonly ulong[] _words;
    private readonly ulong _mask;

    /// <param name="bits">A power of two, at least 64; tests make it tiny to fill it with false "maybe"s.</param>
    public KeyFilter(int bits = DefaultBits)
    {
        if (bits < 64 || (bits & (bits - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bits), bits, "a power of two, at least 64");
        }

        _words = new ulong[bits / 64];
        _mask = (ulong)bits - 1;
    }

    /// <summary>The filter's size in bytes (fixed from the start).</summary>
    public int Bytes => _words.Length * sizeof(ulong);

    public void Add(string key)
    {
        (ulong first, ulong step) = Hashes(key);
        for (int i = 0; i < Probes; i++, first += step)
        {
            ulong bit = first & _mask;
            _words[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    /// <summary>False when the key was certainly never added; true when it may have been.</summary>
    public bool MayContain(string key)
    {
        (ulong first, ulong step) = Hashes(key);
        for (int i = 0; i < Probes; i++, first += step)
        {
            ulong bit = first & _mask;
            if ((_words[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    // FNV-1a over the key's characters, then two differently seeded finalisers (SplitMix64's): the keys are hex
    // digests and readable merge keys that differ in a few characters, and FNV alone leaves its low bits correlated.
    private static (ulong First, ulong Step) Hashes(string key)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (Mix(hash), Mix(hash ^ 0x9E3779B97F4A7C15UL) | 1);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
