using System.Text.RegularExpressions;

namespace Archive.Linking;

/// <summary>
/// Finds groups named in running text by their name, acronym or aliases: whole words, case as written,
/// longest name first (so "Kataib Hezbollah" wins over "Hezbollah"). A name two groups share names neither.
/// Built once per site; the compiled expression is safe to use from many threads.
/// </summary>
public sealed class MentionIndex
{
    private readonly Regex? _pattern;
    private readonly Dictionary<string, string> _groupOf;

    public MentionIndex(IEnumerable<Content.Group> groups)
    {
        var terms = groups
            .SelectMany(g => new[] { g.Name, g.Acronym }.Concat(g.Aliases).OfType<string>()
                .Where(t => t.Trim().Length >= 2)
                .Select(t => (Term: t.Trim(), g.Id)))
            .Distinct()
            .GroupBy(x => x.Term, StringComparer.Ordinal)
            .Where(x => x.Select(y => y.Id).Distinct().Count() == 1)
            .ToDictionary(x => x.Key, x => x.First().Id, StringComparer.Ordinal);
        _groupOf = terms;
        if (terms.Count == 0) return;
        var alternation = string.Join("|", terms.Keys.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Select(Regex.Escape));
        _pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + alternation + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static MentionIndex Empty { get; } = new([]);

    /// <summary>Every mention in <paramref name="text"/>, left to right, not overlapping.</summary>
    public IEnumerable<Mention> Find(string text)
    {
        if (_pattern is null) yield break;
        foreach (Match m in _pattern.Matches(text))
        {
            yield return new Mention(m.Index, m.Length, _groupOf[m.Value]);
        }
    }
}
