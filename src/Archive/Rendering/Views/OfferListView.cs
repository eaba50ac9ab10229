namespace Archive.Rendering.Views;

/// <summary>The offers index: a table in time order.</summary>
public sealed record OfferListView
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required IReadOnlyList<OfferRow> Rows { get; init; }
}
