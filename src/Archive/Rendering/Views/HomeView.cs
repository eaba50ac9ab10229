namespace Archive.Rendering.Views;

/// <summary>The home page: introduction, latest offers, timeline by year, groups at a glance.</summary>
public sealed record HomeView
{
    public required string Title { get; init; }
    public string? Intro { get; init; }
    public required IReadOnlyList<LinkView> LatestOffers { get; init; }
    public required IReadOnlyList<LinkView> LatestArticles { get; init; }
    public required IReadOnlyList<LinkView> Years { get; init; }
    public required IReadOnlyList<SectionView> GroupsByKind { get; init; }
    public required IReadOnlyList<LinkView> Pages { get; init; }
    public required IReadOnlyList<QuoteView> LatestNotes { get; init; }
    public required int ArticleCount { get; init; }
    public required int GroupCount { get; init; }
    public required int OfferCount { get; init; }

    /// <summary>The timeline drawing (safe SVG), or empty when there are no offers.</summary>
    public SafeHtml Timeline { get; init; } = SafeHtml.Empty;

    /// <summary>The vocabulary's top terms with their narrower ones, each with its count of offers as detail.</summary>
    public IReadOnlyList<LinkView> Terms { get; init; } = [];
}
