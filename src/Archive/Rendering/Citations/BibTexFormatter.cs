using System.Text;

namespace Archive.Rendering.Citations;

/// <summary>
/// Writes a citation as a BibLaTeX (biber) entry.
/// </summary>
/// <remarks>
/// BibLaTeX rather than classic BibTeX because only BibLaTeX has the fields a web source needs: <c>@online</c>,
/// ISO <c>date</c> with partial dates, <c>urldate</c>, <c>langid</c>; it reads UTF-8 natively, so non-Latin text
/// stays as written; and Zotero, JabRef and Better BibTeX import it. Entry types and field names follow Zotero's
/// BibLaTeX export (newspaper and magazine articles are <c>@article</c> with <c>journaltitle</c>; websites and blogs
/// are <c>@online</c> with the site in <c>titleaddon</c>), plus <c>entrysubtype = {newspaper|magazine}</c>, which
/// the standard styles ignore and biblatex-chicago uses to format periodicals.
/// Fields an entry type does not define (a newspaper's publisher) are left out rather than misfiled.
/// </remarks>
public static class BibTexFormatter
{
    // Fixed output order, whatever order the fields are computed in, so the file is stable across builds.
    private static readonly string[] FieldOrder =
    [
        "author", "title", "titleaddon", "journaltitle", "entrysubtype", "institution", "organization", "publisher",
        "date", "urldate", "url", "langid", "abstract", "note",
    ];

    /// <summary>The entry, fields in a fixed order, two-space indent, ending in a newline.</summary>
    public static string Format(CitationRecord r)
    {
        var container = CitationStrings.Clean(r.ContainerTitle);
        var publisher = CitationStrings.Clean(r.Publisher);
        var fields = new Dictionary<string, string>();

        if (r.Authors.Count > 0) fields["author"] = string.Join(" and ", r.Authors.Select(Name));
        // Double braces keep the capitalisation as published: styles that sentence-case titles would
        // otherwise turn "Bush's" into "bush's".
        fields["title"] = "{" + Escape(r.Title) + "}";

        string type;
        switch (r.Kind)
        {
            case CitationKind.NewspaperArticle or CitationKind.MagazineArticle:
                type = "article";
                fields["entrysubtype"] = r.Kind == CitationKind.NewspaperArticle ? "newspaper" : "magazine";
                Add(fields, "journaltitle", container ?? publisher);
                break;
            case CitationKind.BlogPost or CitationKind.WebPage:
                type = "online";
                Add(fields, "titleaddon", container);
                if (publisher != container) Add(fields, "organization", publisher);
                break;
            case CitationKind.Report:
                type = "report";
                Add(fields, "institution", publisher ?? container);
                if (publisher is not null && container != publisher) Add(fields, "titleaddon", container);
                break;
            case CitationKind.Dataset:
                type = "dataset";
                Add(fields, "titleaddon", container);
                if (publisher != container) Add(fields, "publisher", publisher);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(r), r.Kind, "Unknown citation kind.");
        }

        // Dates are written plainly: biber reads EDTF approximation markers ("2020-10-11~"), but other importers
        // of .bib files may not, and a date they cannot parse is worse than an unmarked one.
        if (CitationStrings.MainDate(r) is { } date) fields["date"] = date.ToString();
        if (r.Accessed is not null) fields["urldate"] = r.Accessed.ToString();
        if (CleanUrl(r.Url) is { } url) fields["url"] = url;
        if (LangId(r.Language) is { } langid) fields["langid"] = langid;
        if (CitationStrings.Clean(r.Abstract) is { } summary) fields["abstract"] = Escape(summary);

        var notes = new List<string>();
        if (CitationStrings.SeparateUpdate(r) is { } updated) notes.Add($"Last updated {updated}");
        if (CleanUrl(r.ArchiveUrl) is { } archived) notes.Add($"Archived copy: \\url{{{UrlInArgument(archived)}}}");
        if (notes.Count > 0) fields["note"] = string.Join(". ", notes);

        var sb = new StringBuilder();
        sb.Append('@').Append(type).Append('{').Append(CitationKey.For(r)).Append(",\n");
        var present = FieldOrder.Where(fields.ContainsKey).ToList();
        for (var i = 0; i < present.Count; i++)
        {
            sb.Append("  ").Append(present[i]).Append(" = {").Append(fields[present[i]]).Append('}');
            sb.Append(i < present.Count - 1 ? ",\n" : "\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>
    /// Escapes text for a braced BibLaTeX field: TeX's special characters become commands and everything else,
    /// Unicode included, stays as written. Braces become <c>{\textbraceleft}</c> and <c>{\textbraceright}</c>
    /// rather than <c>\{</c> and <c>\}</c> because BibTeX and biber count every brace, escaped or not, so a title
    /// with one brace would otherwise break the whole file.
    /// </summary>
    public static string Escape(string text)
    {
        var clean = CitationStrings.Clean(text) ?? "";
        var sb = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            sb.Append(c switch
            {
                '\\' => @"{\textbackslash}",
                '{' => @"{\textbraceleft}",
                '}' => @"{\textbraceright}",
                '~' => @"{\textasciitilde}",
                '^' => @"{\textasciicircum}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    private static void Add(Dictionary<string, string> fields, string name, string? text)
    {
        if (text is not null) fields[name] = Escape(text);
    }

    private static string Name(CitationName name)
    {
        if (name.Literal is not null) return "{" + Escape(name.Literal) + "}";
        // A bare "and" inside a name would be read as a separator between two authors.
        var family = ProtectAnd(Escape(name.Family!));
        return name.Given is null ? family : $"{family}, {ProtectAnd(Escape(name.Given))}";
    }

    private static string ProtectAnd(string part) =>
        string.Join(' ', part.Split(' ').Select(w => w.Equals("and", StringComparison.OrdinalIgnoreCase) ? "{" + w + "}" : w));

    /// <summary>
    /// <c>url</c> is a verbatim field, so TeX escapes would be taken literally; only characters that would break
    /// the entry itself (braces, backslashes, spaces) are percent-encoded, which leaves the URL equivalent.
    /// </summary>
    private static string? CleanUrl(string? url)
    {
        var clean = CitationStrings.Clean(url);
        return clean?.Replace("\\", "%5C").Replace("{", "%7B").Replace("}", "%7D").Replace(" ", "%20");
    }

    /// <summary>
    /// Inside another field's text, <c>\url</c> receives already-read tokens, and the url package requires
    /// <c>%</c> and <c>#</c> to be written <c>\%</c> and <c>\#</c> there (it prints them without the backslash).
    /// A caret is percent-encoded first, because a doubled caret is a TeX escape the url package cannot undo.
    /// </summary>
    private static string UrlInArgument(string url) => url.Replace("^", "%5E").Replace("%", @"\%").Replace("#", @"\#");

    // babel names as Zotero's BibLaTeX export writes them; an unknown langid is an error in babel, so unknown
    // languages get no langid at all.
    private static string? LangId(string? tag)
    {
        var clean = CitationStrings.Clean(tag);
        if (clean is null) return null;
        var parts = clean.Replace('_', '-').Split('-');
        var language = parts[0].ToLowerInvariant();
        var region = parts.Length > 1 ? parts[1].ToUpperInvariant() : "";
        return (language, region) switch
        {
            ("en", "US") => "american",
            ("en", "GB") => "british",
            ("en", "CA") => "canadian",
            ("en", "AU") => "australian",
            ("en", "NZ") => "newzealand",
            ("en", _) => "english",
            ("fr", "CA") => "canadien",
            ("fr", _) => "french",
            ("de", "AT") => "austrian",
            ("de", _) => "german",
            ("pt", "BR") => "brazil",
            ("pt", _) => "portuguese",
            ("ar", _) => "arabic",
            ("fa", _) => "farsi",
            ("he", _) => "hebrew",
            ("tr", _) => "turkish",
            ("ru", _) => "russian",
            ("uk", _) => "ukrainian",
            ("es", _) => "spanish",
            ("it", _) => "italian",
            ("nl", _) => "dutch",
            ("pl", _) => "polish",
            ("sv", _) => "swedish",
            ("da", _) => "danish",
            ("nb", _) => "norsk",
            ("nn", _) => "nynorsk",
            ("fi", _) => "finnish",
            ("el", _) => "greek",
            _ => null,
        };
    }
}
