using System.Globalization;
using System.Text;

namespace Archive.Rendering.Citations;

/// <summary>
/// The citation key shared by the BibLaTeX entry and the CSL-JSON <c>id</c>, so a reader who mixes the two
/// downloads (as Pandoc users do) cites the item by the same name either way.
/// </summary>
public static class CitationKey
{
    // Skipped when choosing the title word: these carry no meaning and would make keys like "porter2006the".
    private static readonly HashSet<string> MinorWords =
    [
        "a", "an", "the", "and", "or", "but", "nor", "of", "on", "in", "into", "to", "for", "from", "with", "at", "by",
        "as", "is", "are", "was", "be", "it", "its", "s", "t", "al", "el", "le", "la", "les", "de", "des", "du", "der",
        "die", "das", "den", "un", "une", "ein", "eine",
    ];

    /// <summary>
    /// Author-year-word, like <c>porter2006bush</c>: the first author's family name (or literal name) in lowercase
    /// ASCII, the year, and the first significant word of the title. Without an author or a year it is the
    /// record id, reduced to lowercase ASCII letters, digits and hyphens.
    /// </summary>
    /// <remarks>
    /// Author-year-word keys can collide (two Porter pieces from 2006 that both open with "Bush"). Only the caller
    /// sees every record, so it is the caller that must detect collisions if keys need to be unique site-wide.
    /// </remarks>
    public static string For(CitationRecord r)
    {
        var year = CitationStrings.MainDate(r)?.Year;
        var first = r.Authors.Count > 0 ? r.Authors[0] : null;
        var author = first is null ? "" : CitationStrings.AsciiWord(first.Family ?? first.Literal ?? "");
        if (author.Length == 0 || year is null) return FromId(r.Id);

        var word = TitleWord(r.Title);
        return $"{author}{year:D4}{word}";
    }

    private static string TitleWord(string title)
    {
        var word = new StringBuilder();
        foreach (var c in title + " ")
        {
            // Split before folding to ASCII, so "Bush's" gives "bush" and "s", not "bushs".
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
                continue;
            }
            var folded = CitationStrings.AsciiWord(word.ToString());
            word.Clear();
            if (folded.Length > 0 && !MinorWords.Contains(folded)) return folded;
        }
        return "";
    }

    private static string FromId(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            // Fold accented letters so "café" gives "cafe" rather than "caf-"; lowercase because biber warns
            // about keys that differ only in case.
            var kept = CitationStrings.AsciiWord(c.ToString());
            if (kept.Length > 0) sb.Append(kept);
            else if (char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var key = sb.ToString().TrimEnd('-');
        return key.Length > 0 ? key : "citation";
    }
}
