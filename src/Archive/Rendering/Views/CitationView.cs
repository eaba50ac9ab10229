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
}
