using System.Collections.Concurrent;
using System.Text;

namespace Archive.Markdown;

/// <summary>
/// StringBuilders used again by the next body, owned by one renderer or sanitizer (no state shared across builds).
/// A body's HTML is built up in a builder and then copied out as one string; a new builder each time grew by chunks
/// and was garbage at once, a large share of what rendering allocated. Safe to use from many threads.
/// </summary>
internal sealed class BuilderPool
{
    // Larger builders are left to the GC, so a rare huge body does not keep its buffer for the rest of the build.
    private const int MaxKept = 1 << 20;

    private readonly ConcurrentBag<StringBuilder> _free = [];
    private readonly int _initialCapacity;

    public BuilderPool(int initialCapacity) => _initialCapacity = initialCapacity;

    public StringBuilder Rent() => _free.TryTake(out var builder) ? builder : new StringBuilder(_initialCapacity);

    public void Return(StringBuilder builder)
    {
        if (builder.Capacity > MaxKept) return;
        builder.Clear();
        _free.Add(builder);
    }
}
