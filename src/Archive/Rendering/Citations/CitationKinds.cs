using Archive.Content;

namespace Archive.Rendering.Citations;

/// <summary>Maps the archive's own article kinds to citation kinds.</summary>
/// <remarks>The archive's group, offer and date pages are not articles; cite them as <see cref="CitationKind.WebPage"/>.</remarks>
public static class CitationKinds
{
    /// <summary>The citation kind for an archive article kind; every kind maps to one.</summary>
    public static CitationKind FromArticleKind(ArticleKind articleKind) => articleKind switch
    {
        ArticleKind.News or ArticleKind.Wire => CitationKind.NewspaperArticle,
        ArticleKind.Analysis or ArticleKind.Opinion => CitationKind.MagazineArticle,
        ArticleKind.Blog => CitationKind.BlogPost,
        ArticleKind.Statement or ArticleKind.Document => CitationKind.Report,
        _ => throw new ArgumentOutOfRangeException(nameof(articleKind), articleKind, "an article kind without a citation kind"),
    };
}
