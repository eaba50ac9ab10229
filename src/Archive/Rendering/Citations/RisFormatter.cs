using System.Globalization;
using System.Text;

namespace Archive.Rendering.Citations;

/// <summary>
/// Writes a citation as a RIS record, the format EndNote, Zotero, Mendeley and most reference managers import.
/// </summary>
/// <remarks>
/// Follows the RIS specification: <c>TAG  - value</c> lines (two spaces, hyphen, space), CRLF line endings,
/// <c>TY</c> first and <c>ER</c> last. Dates use the spec's <c>YYYY/MM/DD/</c> form with empty parts for what is
/// unknown (<c>2006/05//</c>). The text is meant to be saved as UTF-8, which current importers expect.
/// </remarks>
public static class RisFormatter
{
    private const string LineEnd = "\r\n";

    /// <summary>The record, ending with the <c>ER  - </c> line and its CRLF.</summary>
    public static string Format(CitationRecord r)
    {
        var sb = new StringBuilder();
        Line(sb, "TY", r.Kind switch
        {
            CitationKind.NewspaperArticle => "NEWS",
            CitationKind.MagazineArticle => "MGZN",
            CitationKind.BlogPost => "BLOG",
            CitationKind.WebPage => "ELEC",
            CitationKind.Report => "RPRT",
            CitationKind.Dataset => "DATA",
            _ => throw new ArgumentOutOfRangeException(nameof(r), r.Kind, "Unknown citation kind."),
        });
        Line(sb, "TI", r.Title);
        // Importers treat an AU value without a comma as a single-field (institutional) name, which is what a
        // literal name is.
        foreach (var author in r.Authors) Line(sb, "AU", author.Inverted);
        Line(sb, "T2", r.ContainerTitle);
        Line(sb, "PB", r.Publisher);
        if (CitationStrings.MainDate(r) is { } date)
        {
            Line(sb, "PY", date.Year.ToString("D4", CultureInfo.InvariantCulture));
            Line(sb, "DA", RisDate(date));
        }
        Line(sb, "UR", r.Url);
        if (r.Accessed is not null) Line(sb, "Y2", RisDate(r.Accessed));
        Line(sb, "LA", r.Language);
        Line(sb, "AB", r.Abstract);
        if (CitationStrings.SeparateUpdate(r) is { } updated) Line(sb, "N1", $"Last updated {updated}");
        if (CitationStrings.Clean(r.ArchiveUrl) is { } archived) Line(sb, "N1", $"Archived copy: {archived}");
        sb.Append("ER  - ").Append(LineEnd);
        return sb.ToString();
    }

    /// <summary><c>YYYY/MM/DD/</c>, leaving unknown parts empty but keeping every slash, as the spec requires.</summary>
    public static string RisDate(CitationDate date) => string.Create(
        CultureInfo.InvariantCulture,
        $"{date.Year:D4}/{(date.Month is { } m ? m.ToString("D2", CultureInfo.InvariantCulture) : "")}/{(date.Day is { } d ? d.ToString("D2", CultureInfo.InvariantCulture) : "")}/");

    private static void Line(StringBuilder sb, string tag, string? value)
    {
        // Clean flattens line breaks: a newline inside a value would end the field early.
        if (CitationStrings.Clean(value) is { } clean) sb.Append(tag).Append("  - ").Append(clean).Append(LineEnd);
    }
}
