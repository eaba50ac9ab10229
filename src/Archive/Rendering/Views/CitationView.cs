namespace Archive.Rendering.Views;

/// <summary>The "Cite" box: how to cite this page and, for articles, the original; and the download links.</summary>
public sealed record CitationView
{
    public required string PageText { get; init; }
    public string? OriginalText { get; init; }
    public required string BibUrl { get; init; }
    public required string RisUrl { get; init; }
    public required string CslUrl { get; init; }
    public required string DownloadsLabel { get; init; }

    /// <summary>
    /// "Cite this version": the page's citation naming the commit of its latest change and, when the site names a
    /// repository, with the permalink to the record's file at that commit instead of the page's address. Null
    /// without git history.
    /// </summary>
    public string? VersionText { get; init; }

    /// <summary>The record's file at that commit (<c>&lt;repository&gt;/blob/&lt;commit&gt;/&lt;file&gt;</c>); null without a repository.</summary>
    public string? VersionUrl { get; init; }
}
