using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Archive.Linking;

/// <summary>
/// What one link of a site can hand the next (the preview links again after every edit): the mention index, kept
/// while the groups' names are the same, and which groups each article's text names, kept while both its text and the
/// index are, and how often each quote occurs in each article's text, kept while that text is. Records are immutable,
/// so an unchanged file's text is the very same string.
/// </summary>
public sealed class LinkCache
{
    private readonly ConditionalWeakTable<string, Named> _named = new();
    private readonly ConditionalWeakTable<string, ConcurrentDictionary<string, int>> _occurrences = new();
    private MentionIndex? _index;

    internal MentionIndex Index(IEnumerable<Content.Group> groups) => _index = MentionIndex.For(groups, _index);

    /// <summary>The ids of the groups <paramref name="text"/> names, each once, in order of first mention.</summary>
    internal IReadOnlyList<string> GroupsNamedIn(string text, MentionIndex index)
    {
        if (_named.TryGetValue(text, out var named) && ReferenceEquals(named.Index, index)) return named.Groups;
        var groups = GroupsNamed(text, index);
        _named.AddOrUpdate(text, new Named(index, groups));
        return groups;
    }

    /// <summary>How often <paramref name="quote"/> occurs in <paramref name="plainText"/> (see <see cref="QuoteVerifier.Occurrences"/>).</summary>
    internal int Occurrences(string plainText, string quote) =>
        _occurrences.GetValue(plainText, _ => new ConcurrentDictionary<string, int>(StringComparer.Ordinal))
            .GetOrAdd(quote, q => QuoteVerifier.Occurrences(plainText, q));

    internal static IReadOnlyList<string> GroupsNamed(string text, MentionIndex index) =>
        index.Find(text).Select(m => m.GroupId).Distinct().ToList();

    private sealed record Named(MentionIndex Index, IReadOnlyList<string> Groups);
}
