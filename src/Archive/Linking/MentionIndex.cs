using System.Buffers;
using System.Globalization;

namespace Archive.Linking;

/// <summary>
/// Finds groups named in running text by their name, acronym or aliases: whole words, case as written,
/// longest name first (so "Kataib Hezbollah" wins over "Hezbollah"). A name two groups share names neither.
/// Built once per site and safe to use from many threads. The names are found with <see cref="SearchValues{T}"/>
/// (many strings at once, vectorised) rather than a regular expression of every name: its compilation grew with the
/// groups and its leading look-behind kept the engine from searching for the names themselves.
/// </summary>
public sealed class MentionIndex
{
    private readonly SearchValues<string>? _names;
    private readonly Dictionary<char, string[]> _startingWith;
    private readonly Dictionary<string, string> _groupOf;

    public MentionIndex(IEnumerable<Content.Group> groups)
        : this(TermsOf(groups))
    {
    }

    private MentionIndex(Dictionary<string, string> terms)
    {
        _groupOf = terms;
        Key = KeyOf(terms);
        // At one position the longest name wins, then the first in ordinal order.
        _startingWith = terms.Keys.GroupBy(t => t[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray());
        if (terms.Count > 0) _names = SearchValues.Create([.. terms.Keys], StringComparison.Ordinal);
    }

    /// <summary>An index of these names, each with its group's id (as <see cref="TermsOf"/> gathers them).</summary>
    internal static MentionIndex Of(IReadOnlyDictionary<string, string> names) => new(new Dictionary<string, string>(names, StringComparer.Ordinal));

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
        if (_names is null) yield break;
        var from = 0;
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAny(_names);
            if (found < 0) yield break;
            var at = from + found;
            var name = at > 0 && IsWordCharacter(text[at - 1]) ? null : NameAt(text, at);
            if (name is null)
            {
                from = at + 1;
                continue;
            }
            yield return new Mention(at, name.Length, _groupOf[name]);
            from = at + name.Length;
        }
    }

    /// <summary>The name standing at <paramref name="at"/> as a whole word, longest first; null when none does.</summary>
    private string? NameAt(string text, int at)
    {
        if (!_startingWith.TryGetValue(text[at], out var names)) return null;
        foreach (var name in names)
        {
            var end = at + name.Length;
            if (end <= text.Length && string.CompareOrdinal(text, at, name, 0, name.Length) == 0 && (end == text.Length || !IsWordCharacter(text[end]))) return name;
        }
        return null;
    }

    /// <summary>A letter or a number of any script: a name next to one is part of a longer word.</summary>
    private static bool IsWordCharacter(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
