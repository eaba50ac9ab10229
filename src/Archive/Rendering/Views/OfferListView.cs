namespace Archive.Rendering.Views;

/// <summary>The offers explorer (<c>/offers/</c>): every offer in time order, and the values its filters offer.</summary>
public sealed record OfferListView
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required IReadOnlyList<OfferRow> Rows { get; init; }

    /// <summary>The filters' choices: each a link whose <c>url</c> holds the key the rows carry and <c>text</c> the label.</summary>
    public IReadOnlyList<ExplorerFilterView> Filters { get; init; } = [];
}
