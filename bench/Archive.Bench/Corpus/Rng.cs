namespace Archive.Bench.Corpus;

/// <summary>
/// A small seeded generator (SplitMix64) owned by the benchmark, so a corpus is the same bytes for a seed on every
/// machine and every .NET version: <see cref="System.Random"/> promises no such thing across versions.
/// </summary>
internal sealed class Rng
{
    private ulong _state;

    public Rng(ulong seed) => _state = seed;

    /// <summary>An independent stream for one part of the corpus, so adding draws in one part leaves the others as they were.</summary>
    public Rng Fork(string purpose)
    {
        var h = 14695981039346656037UL;
        foreach (var c in purpose) h = (h ^ c) * 1099511628211UL;
        return new Rng(NextULong() ^ h);
    }

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; <paramref name="max"/>.</summary>
    public int Next(int max)
    {
        if (max <= 0) throw new ArgumentOutOfRangeException(nameof(max));
        return (int)(NextULong() % (ulong)max);
    }

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="max"/>.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>0 ≤ result &lt; 1.</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A Fisher–Yates shuffle of a copy.</summary>
    public List<T> Shuffled<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }
}
