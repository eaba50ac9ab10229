namespace Archive.Content;

/// <summary>An article reporting an offer, with the exact words that support it.</summary>
public sealed record OfferSource(Ref Article, string Quote, SourceSpan QuoteAt);
