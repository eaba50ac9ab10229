namespace Archive.Rendering.Views;

/// <summary>One line of the offers table.</summary>
public sealed record OfferRow(LinkView Offer, IReadOnlyList<LinkView> By, IReadOnlyList<LinkView> To, string Form, string Status, string StatusKey);
