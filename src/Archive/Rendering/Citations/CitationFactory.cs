using Archive.Content;
using Archive.Content.Dates;
using Archive.Linking;

namespace Archive.Rendering.Citations;

/// <summary>Makes the one citation record each page's citations (text, BibTeX, RIS, CSL-JSON) come from.</summary>
public static class CitationFactory
{
    /// <summary>The source document itself, as a reader would cite the original.</summary>
    public static CitationRecord Original(Article a, Uri archivePage) => new()
    {
        Id = a.Id,
        Kind = CitationKinds.FromArticleKind(a.Kind),
        Title = a.Title,
        Authors = a.Authors.Select(CitationName.Parse).ToList(),
        ContainerTitle = a.Source,
        Issued = Date(a.Published.Point),
        Updated = a.Updated is null ? null : Date(a.Updated.Point),
        Url = a.Url ?? archivePage.ToString(),
        ArchiveUrl = a.ArchivedUrl ?? (a.Url is null ? null : archivePage.ToString()),
        Accessed = a.Retrieved is null ? null : Date(a.Retrieved.Point),
        Language = a.Language,
        Abstract = a.Summary,
        IsUncertainDate = a.Published.Point.IsUncertain || a.Published.Point.IsApproximate,
    };

    /// <summary>A page of this archive (a group, an offer, or the archive's copy of an article).</summary>
    public static CitationRecord Page(string id, string title, SiteConfig config, Uri url, DateOnly? lastUpdated, string? summary) => new()
    {
        Id = id,
        Kind = CitationKind.WebPage,
        Title = title,
        Authors = config.Editors.Select(CitationName.AsLiteral).ToList(),
        ContainerTitle = config.Title,
        Updated = lastUpdated is { } d ? new CitationDate(d.Year, d.Month, d.Day) : null,
        Url = url.ToString(),
        Language = config.Language,
        Abstract = summary,
    };

    private static CitationDate Date(EdtfPoint p) => new(p.Year, p.Month, p.Day);

    /// <summary>The download files of a record page, next to its index.html.</summary>
    public static IEnumerable<RenderedPage> Downloads(string pageUrl, CitationRecord record) =>
    [
        new(Urls.CitationBibTex(pageUrl), BibTexFormatter.Format(record)),
        new(Urls.CitationRis(pageUrl), RisFormatter.Format(record)),
        new(Urls.CitationCslJson(pageUrl), CslJsonFormatter.Format(record)),
    ];
}
