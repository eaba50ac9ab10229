namespace Archive.Rendering.Views;

/// <summary>The search page (<c>/search/</c>): the form, the facets in the order shown, and where to browse without search.</summary>
public sealed record SearchPageView
{
    public required string Title { get; init; }
    public required string Intro { get; init; }

    /// <summary>Each facet's key in the index (<c>group</c>) and its heading ("Group"), in display order.</summary>
    public required IReadOnlyList<SearchFacetView> Facets { get; init; }

    /// <summary>The index pages, for readers without JavaScript or without a search index.</summary>
    public required IReadOnlyList<LinkView> Browse { get; init; }
}
