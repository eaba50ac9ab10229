using System.Collections.Concurrent;
using Archive.Diagnostics;

namespace Archive.Content;

/// <summary>
/// The records an earlier load read, by input file, so that a long-lived preview re-reads only the files that changed.
/// A file is read again when its size or modification time differs, when it was named in <see cref="Invalidate"/>
/// (the watcher saw it change; two saves within one tick of the file system's clock look alike otherwise), or when it
/// is a link. Each read gets a new <see cref="Versions"/> number, which is how the preview tells which files changed.
/// Used by one load at a time.
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _invalid = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private long _version;
    private int _reads;

    /// <summary>Every input file of the last load (<c>input/articles/x.md</c>) and the number of the read that gave its record.</summary>
    public IReadOnlyDictionary<string, long> Versions =>
        _entries.ToDictionary(e => e.Key, e => e.Value.Version, StringComparer.Ordinal);

    /// <summary>The number of the read that gave the record of one file (see <see cref="Versions"/>), or null when none did.</summary>
    public long? VersionOf(string relative) => _entries.TryGetValue(relative, out var entry) ? entry.Version : null;

    /// <summary>How many files the last load read rather than took from the cache.</summary>
    public int LastReads { get; private set; }

    /// <summary>Forgets the file at <paramref name="relative"/> (<c>input/articles/x.md</c>), so the next load reads it.</summary>
    public void Invalidate(string relative) => _invalid[relative] = 0;

    /// <summary>Forgets every file (the watcher lost events).</summary>
    public void Clear()
    {
        _entries.Clear();
        _invalid.Clear();
    }

    internal void BeginRound()
    {
        _seen.Clear();
        _reads = 0;
    }

    /// <summary>Drops the files the load did not meet: they were deleted or renamed.</summary>
    internal void EndRound()
    {
        foreach (var gone in _entries.Keys.Where(k => !_seen.ContainsKey(k)).ToList()) _entries.TryRemove(gone, out _);
        _invalid.Clear();
        LastReads = _reads;
    }

    internal object? GetOrLoad(string relative, string path, DiagnosticBag diagnostics, Func<DiagnosticBag, object?> load)
    {
        _seen[relative] = 0;
        var stamp = Stamp(path);
        if (stamp is not null && !_invalid.ContainsKey(relative) && _entries.TryGetValue(relative, out var cached) && cached.Stamp == stamp)
        {
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Result;
        }
        var bag = new DiagnosticBag();
        var result = load(bag);
        var found = bag.ToSortedList();
        diagnostics.AddRange(found);
        Interlocked.Increment(ref _reads);
        _entries[relative] = new Entry(stamp ?? default, result, found, Interlocked.Increment(ref _version));
        return result;
    }

    /// <summary>The size and modification time of a regular file or folder; null for a link or something unreadable (always read).</summary>
    private static (long Length, long Ticks)? Stamp(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null) return null;
            if (info.Exists) return (info.Length, info.LastWriteTimeUtc.Ticks);
            var folder = new DirectoryInfo(path);
            return folder.Exists && folder.LinkTarget is null ? (-1, folder.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed record Entry((long Length, long Ticks) Stamp, object? Result, IReadOnlyList<Diagnostic> Diagnostics, long Version);
}
