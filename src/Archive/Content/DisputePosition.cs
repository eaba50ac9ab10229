namespace Archive.Content;

/// <summary>One side of a dispute: what one article says, in its exact words, with an optional editor's note.</summary>
public sealed record DisputePosition(Ref Article, string Quote, SourceSpan QuoteAt, string? Note);
