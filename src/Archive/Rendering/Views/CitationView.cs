namespace Archive.Rendering.Views;

/// <summary>The "Cite" box: how to cite this page and, for articles, the original; and the download links.</summary>
public sealed record CitationView(string PageText, string? OriginalText, string BibUrl, string RisUrl, string CslUrl, string DownloadsLabel);
