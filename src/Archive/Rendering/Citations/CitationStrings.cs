using System.Text;

namespace Archive.Rendering.Citations;

/// <summary>Text clean-up shared by the citation formatters.</summary>
internal static class CitationStrings
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>
    /// Every citation field is one line: RIS is line-based and a stray newline would end the field. So line breaks,
    /// tabs and other control characters become spaces, runs of white space collapse, and lone surrogates (which
    /// no encoder can write) become U+FFFD. Blank text is null.
    /// </summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return sb.ToString();
    }

    /// <summary>English month name, for the human-readable citation.</summary>
    public static string MonthName(int month) => MonthNames[month - 1];

    // Base letter of each accented Latin letter, space where there is none. A table rather than
    // string.Normalize because the build sets InvariantGlobalization, under which normalization is unavailable.
    // U+00C0 to U+024F: Latin-1 Supplement, Latin Extended-A and -B.
    private const int LatinStart = 0x00C0;
    private const string LatinBase =
        "aaaaaa ceeeeiiiidnooooo ouuuuy  aaaaaa ceeeeiiiidnooooo ouuuuy y" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii  jjkk lllllll" +
        "lllnnnnnn nnoooooo  rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" +
        "b                      i  l     oo             uu    zz         " +
        "             aaiioouuuuuuuuuu aaaa    ggkkoooo  j   gg  nnaa    " +
        "aaaaeeeeiiiioooorrrruuuusstt  hh d    aaeeooooooooyylntj  acclts" +
        "z  bu eejj  rryy";

    // U+1E00 to U+1EFF: Latin Extended Additional (Vietnamese, among others).
    private const int AdditionalStart = 0x1E00;
    private const string AdditionalBase =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwy      aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy      ";

    /// <summary>
    /// Lowercase ASCII letters and digits only, accents removed ("Müller-Æsir" → "mulleraesir"), for citation keys
    /// that every BibTeX tool accepts. Letters with no Latin base (Arabic, Greek) are dropped.
    /// </summary>
    public static string AsciiWord(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                continue;
            }
            var multi = c switch
            {
                'ß' or 'ẞ' => "ss",
                'Æ' or 'æ' or 'Ǽ' or 'ǽ' or 'Ǣ' or 'ǣ' => "ae",
                'Œ' or 'œ' => "oe",
                'Þ' or 'þ' => "th",
                'Ĳ' or 'ĳ' => "ij",
                _ => null,
            };
            if (multi is not null)
            {
                sb.Append(multi);
                continue;
            }
            var latin = c - LatinStart;
            var additional = c - AdditionalStart;
            var folded = latin >= 0 && latin < LatinBase.Length ? LatinBase[latin]
                : additional >= 0 && additional < AdditionalBase.Length ? AdditionalBase[additional]
                : ' ';
            if (folded != ' ') sb.Append(folded);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The date to cite as the work's date: publication, else last update, since a page known only by its update
    /// date is still better dated than undated.
    /// </summary>
    public static CitationDate? MainDate(CitationRecord r) => r.Issued ?? r.Updated;

    /// <summary>The update date worth mentioning separately: known and different from the main date.</summary>
    public static CitationDate? SeparateUpdate(CitationRecord r) =>
        r.Updated is not null && r.Updated != r.Issued ? r.Updated : null;

    /// <summary>Whether the main date should be marked approximate: the flag describes the publication date only.</summary>
    public static bool MainDateIsCirca(CitationRecord r) => r.IsUncertainDate && r.Issued is not null;
}
