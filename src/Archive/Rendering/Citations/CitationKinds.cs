namespace Archive.Rendering.Citations;

/// <summary>Maps the archive's own article kinds to citation kinds.</summary>
/// <remarks>The archive's group, offer and date pages are not articles; cite them as <see cref="CitationKind.WebPage"/>.</remarks>
public static class CitationKinds
{
    /// <summary>
    /// The citation kind for an archive article kind (<c>news</c>, <c>wire</c>, <c>analysis</c>, <c>opinion</c>,
    /// <c>blog</c>, <c>statement</c>, <c>document</c>), or null when the kind is not one the archive knows.
    /// </summary>
    public static CitationKind? FromArticleKind(string articleKind) =>
        articleKind.Trim().ToLowerInvariant() switch
        {
            "news" or "wire" => CitationKind.NewspaperArticle,
            "analysis" or "opinion" => CitationKind.MagazineArticle,
            "blog" => CitationKind.BlogPost,
            "statement" or "document" => CitationKind.Report,
            // Null rather than a guess: an unknown kind is an input error the caller should report.
            _ => null,
        };
}
