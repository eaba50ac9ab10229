using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Checking.External;

/// <summary>
/// The answers of earlier runs, kept in <c>.archive-cache/external-links.json</c> so a check run again soon
/// asks no site twice. The cache only saves time: a missing, unreadable or corrupt file is treated as empty.
/// </summary>
internal sealed class ExternalLinkCache
{
    private const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly string? _path;
    private readonly Dictionary<string, Entry> _entries;

    private ExternalLinkCache(string? path, Dictionary<string, Entry> entries)
    {
        _path = path;
        _entries = entries;
    }

    /// <summary>Reads the cache in <paramref name="folder"/>; null gives an empty cache that is never saved.</summary>
    public static ExternalLinkCache Load(string? folder)
    {
        if (folder is null) return new ExternalLinkCache(null, new(StringComparer.Ordinal));
        var path = Path.Combine(folder, ExternalLinkCheckOptions.CacheFileName);
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize<CacheFile>(File.ReadAllText(path), Json) is { Version: FormatVersion, Links: { } links })
            {
                return new ExternalLinkCache(path, new Dictionary<string, Entry>(links, StringComparer.Ordinal));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            // Fall through: starting afresh only costs requests.
        }
        return new ExternalLinkCache(path, new(StringComparer.Ordinal));
    }

    /// <summary>The cached answer for <paramref name="url"/> if it is still young enough to trust at <paramref name="now"/>.</summary>
    public ExternalLinkResult? Fresh(string url, DateTimeOffset now, ExternalLinkCheckOptions options)
    {
        if (!_entries.TryGetValue(url, out var entry) || !IsFresh(entry, now, options)) return null;
        return new ExternalLinkResult(url, entry.Ok, entry.Status, entry.Problem, entry.CheckedAt, FromCache: true);
    }

    /// <summary>Records new answers, drops stale ones and writes the file.</summary>
    public void Save(IEnumerable<ExternalLinkResult> results, DateTimeOffset now, ExternalLinkCheckOptions options)
    {
        if (_path is null) return;
        foreach (var r in results.Where(r => !r.FromCache))
            _entries[r.Url] = new Entry(r.Ok, r.StatusCode, r.Problem, r.CheckedAt);
        var kept = _entries.Where(e => IsFresh(e.Value, now, options))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            // Write then rename, so an interrupted run never leaves half a file behind.
            var temp = _path + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(new CacheFile(FormatVersion, kept), Json));
            File.Move(temp, _path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only checkout still gets its links checked; the next run simply asks again.
        }
    }

    private static bool IsFresh(Entry entry, DateTimeOffset now, ExternalLinkCheckOptions options)
    {
        var age = now - entry.CheckedAt;
        return age >= TimeSpan.Zero && age < (entry.Ok ? options.CacheLifetime : options.FailureLifetime);
    }

    internal sealed record Entry(bool Ok, int? Status, string? Problem, DateTimeOffset CheckedAt);

    internal sealed record CacheFile(int Version, Dictionary<string, Entry> Links);
}
