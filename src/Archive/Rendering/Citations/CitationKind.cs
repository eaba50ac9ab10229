namespace Archive.Rendering.Citations;

/// <summary>
/// What sort of work a citation points at. The set is deliberately small: it is the common ground of
/// BibLaTeX entry types, RIS reference types and CSL item types, so every kind maps cleanly to all three.
/// </summary>
public enum CitationKind
{
    /// <summary>News reporting and wire copy.</summary>
    NewspaperArticle,

    /// <summary>Analysis and opinion pieces.</summary>
    MagazineArticle,

    /// <summary>A post on a blog.</summary>
    BlogPost,

    /// <summary>A page that is not an article, including the archive's own group, offer and date pages.</summary>
    WebPage,

    /// <summary>Statements and documents issued by an organisation.</summary>
    Report,

    /// <summary>A downloadable data set.</summary>
    Dataset,
}
