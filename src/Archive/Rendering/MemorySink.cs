using System.Collections.Concurrent;

namespace Archive.Rendering;

/// <summary>The sink of the preview: every file's bytes kept in memory, by its path in the output.</summary>
public sealed class MemorySink : IPageSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(string path, ReadOnlySpan<byte> content) => _files[path] = content.ToArray();
}
