namespace Archive.Rendering.Views;

/// <summary>One line of the offers table.</summary>
public sealed record OfferRow
{
    public required LinkView Offer { get; init; }
    public required IReadOnlyList<LinkView> By { get; init; }
    public required IReadOnlyList<LinkView> To { get; init; }
    public required string Form { get; init; }
    public required string Status { get; init; }
    public required string StatusKey { get; init; }
}
