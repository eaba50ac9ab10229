using System.Collections.Concurrent;

namespace Archive.Rendering.Links;

/// <summary>
/// One copy of each address and id for a whole build's link graph. The same values stand on thousands of pages
/// (menus, groups, dates, note anchors), each made as a new string by its own render; the runtime's intern pool
/// would share them too, but takes a process-wide lock that parallel rendering queued on.
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Share(string value) => _strings.GetOrAdd(value, value);
}
