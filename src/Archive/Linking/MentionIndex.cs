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
        : this(TermsOf(groups))
    {
    }

    private MentionIndex(Dictionary<string, string> terms)
    {
        _groupOf = terms;
        Key = KeyOf(terms);
        if (terms.Count == 0) return;
        var alternation = string.Join("|", terms.Keys.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Select(Regex.Escape));
        _pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + alternation + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static MentionIndex Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The index of <paramref name="groups"/>, or <paramref name="earlier"/> when it links the same words (its compiled pattern is reused).</summary>
    public static MentionIndex For(IEnumerable<Content.Group> groups, MentionIndex? earlier)
    {
        var terms = TermsOf(groups);
        return earlier is not null && earlier.Key == KeyOf(terms) ? earlier : new MentionIndex(terms);
    }

    /// <summary>Each name, acronym and alias (two characters or more) that only one group has, and that group's id.</summary>
    private static Dictionary<string, string> TermsOf(IEnumerable<Content.Group> groups) => groups
        .SelectMany(g => new[] { g.Name, g.Acronym }.Concat(g.Aliases).OfType<string>()
            .Where(t => t.Trim().Length >= 2)
            .Select(t => (Term: t.Trim(), g.Id)))
        .Distinct()
        .GroupBy(x => x.Term, StringComparer.Ordinal)
        .Where(x => x.Select(y => y.Id).Distinct().Count() == 1)
        .ToDictionary(x => x.Key, x => x.First().Id, StringComparer.Ordinal);

    private static string KeyOf(Dictionary<string, string> terms) =>
        string.Join('\n', terms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "\t" + t.Value));

    /// <summary>Every term and the group it links to, as one string: two indexes with the same key link the same words.</summary>
    public string Key { get; } = "";

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
