using System.Text;

namespace Archive.Linking;

/// <summary>
/// Normalises text so an editor's quote matches the article however quotation marks, apostrophes and
/// whitespace were typed: curly and straight quotes are the same, and any run of whitespace is one space.
/// </summary>
public static class QuoteText
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(Fold(c));
        }
        return sb.ToString();
    }

    /// <summary>The character a typographic variant stands for.</summary>
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u00A0' => ' ',
        _ => c,
    };

    /// <summary>Every start index of <paramref name="quote"/> in <paramref name="text"/>, both already normalised.</summary>
    public static IReadOnlyList<int> FindAll(string text, string quote)
    {
        var found = new List<int>();
        if (quote.Length == 0) return found;
        var i = text.IndexOf(quote, StringComparison.Ordinal);
        while (i >= 0)
        {
            found.Add(i);
            i = text.IndexOf(quote, i + 1, StringComparison.Ordinal);
        }
        return found;
    }

    /// <summary>
    /// Where <paramref name="quote"/> occurs in <paramref name="text"/> when both are normalised, as a range of the raw
    /// <paramref name="text"/> (first and last matched character, end exclusive); null when it does not occur.
    /// </summary>
    public static (int Start, int End)? Locate(string text, string quote)
    {
        var wanted = Normalize(quote);
        if (wanted.Length == 0) return null;
        var normalized = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        var space = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (space < 0 && normalized.Length > 0) space = i;
                continue;
            }
            if (space >= 0)
            {
                normalized.Append(' ');
                origin.Add(space);
                space = -1;
            }
            normalized.Append(Fold(text[i]));
            origin.Add(i);
        }
        var at = normalized.ToString().IndexOf(wanted, StringComparison.Ordinal);
        return at < 0 ? null : (origin[at], origin[at + wanted.Length - 1] + 1);
    }
}
