namespace Archive.Rendering.Views;

/// <summary>An article page's content.</summary>
public sealed record ArticleView(
    string Id,
    string Title,
    string Kind,
    string Source,
    string? Authors,
    DateView Published,
    DateView? Updated,
    string? Url,
    string? ArchivedUrl,
    DateView? Retrieved,
    string Rights,
    bool IsExcerpt,
    bool IsMetadataOnly,
    string Language,
    bool IsForeignLanguage,
    string Summary,
    string BodyHtml,
    IReadOnlyList<LinkView> Groups,
    IReadOnlyList<LinkView> Offers,
    IReadOnlyList<QuoteView> CitedPassages,
    int NoteCount,
    LinkView? Previous,
    LinkView? Next);
