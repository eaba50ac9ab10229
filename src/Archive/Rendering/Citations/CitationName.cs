namespace Archive.Rendering.Citations;

/// <summary>
/// One author's name, either split into family and given parts (a person) or kept whole (a literal:
/// an organisation such as "Associated Press", or a single-word name).
/// Exactly one of <see cref="Family"/> and <see cref="Literal"/> is set.
/// </summary>
public sealed record CitationName
{
    private CitationName(string? family, string? given, string? literal)
    {
        Family = family;
        Given = given;
        Literal = literal;
    }

    /// <summary>Family name, including lowercase particles ("bin Laden", "van Buren"); null for a literal name.</summary>
    public string? Family { get; }

    /// <summary>Given names; null for a literal name or a person known only by a family name.</summary>
    public string? Given { get; }

    /// <summary>The whole name, never to be split or inverted; null for a person.</summary>
    public string? Literal { get; }

    /// <summary>True when the name is kept whole.</summary>
    public bool IsLiteral => Literal is not null;

    /// <summary>A person, with the name already split.</summary>
    public static CitationName Person(string family, string? given = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(family);
        return new CitationName(CitationStrings.Clean(family), CitationStrings.Clean(given), null);
    }

    /// <summary>A name kept exactly as written: an organisation, or anything <see cref="Parse"/> would split wrongly.</summary>
    public static CitationName AsLiteral(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new CitationName(null, null, CitationStrings.Clean(name));
    }

    /// <summary>
    /// Splits a name as written. "Gareth Porter" gives family Porter, given Gareth; "Jeanine Hennis-Plasschaert"
    /// gives family Hennis-Plasschaert; "Osama bin Laden" gives family "bin Laden"; "Porter, Gareth" is read as
    /// family first. A single word is a literal. Organisations of two or more words must use <see cref="AsLiteral"/>,
    /// since nothing in the text tells "Associated Press" from a person; so must names with suffixes such as "Jr.".
    /// </summary>
    public static CitationName Parse(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var clean = CitationStrings.Clean(name)!;

        var comma = clean.IndexOf(',');
        if (comma >= 0)
        {
            var family = clean[..comma].Trim();
            var given = clean[(comma + 1)..].Trim();
            if (family.Length > 0) return new CitationName(family, given.Length > 0 ? given : null, null);
        }

        var words = clean.Split(' ');
        if (words.Length == 1) return new CitationName(null, null, clean);

        // Lowercase particles before the last word belong to the family name, as BibLaTeX and CSL expect
        // ("bin Laden, Osama"), but at least one word must stay given.
        var start = words.Length - 1;
        while (start > 1 && words[start - 1].Length > 0 && char.IsLower(words[start - 1][0])) start--;
        return new CitationName(string.Join(' ', words[start..]), string.Join(' ', words[..start]), null);
    }

    /// <summary>Family name first, as bibliographies sort: "Porter, Gareth".</summary>
    public string Inverted => Literal ?? (Given is null ? Family! : $"{Family}, {Given}");

    /// <summary>The name in reading order: "Gareth Porter".</summary>
    public override string ToString() => Literal ?? (Given is null ? Family! : $"{Given} {Family}");
}
