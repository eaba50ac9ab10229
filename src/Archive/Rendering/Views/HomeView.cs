namespace Archive.Rendering.Views;

/// <summary>The home page: introduction, latest offers, timeline by year, groups at a glance.</summary>
public sealed record HomeView(
    string Title,
    string? Intro,
    IReadOnlyList<LinkView> LatestOffers,
    IReadOnlyList<LinkView> LatestArticles,
    IReadOnlyList<LinkView> Years,
    IReadOnlyList<SectionView> GroupsByKind,
    IReadOnlyList<LinkView> Pages,
    IReadOnlyList<QuoteView> LatestNotes,
    int ArticleCount,
    int GroupCount,
    int OfferCount);
