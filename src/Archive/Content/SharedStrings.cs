using System.Collections.Concurrent;

namespace Archive.Content;

/// <summary>
/// One copy of each short value the records of one load repeat: a group's id in every article that names it, a
/// source's name in every article from it. Read apart, each is a string of its own (at 30,000 articles, 8 MB of
/// copies in ids and sources alone). Long values (titles, summaries, notes) are one of a kind, so they are kept as
/// read rather than hashed for nothing.
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>The longest value shared: ids, names, sources and languages are shorter; text written for one record is longer.</summary>
    public const int MaxLength = 80;

    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    public string Share(string value) => value.Length > MaxLength ? value : _values.GetOrAdd(value, value);
}
