namespace Archive.Content;

/// <summary>A point on which the sources disagree.</summary>
public sealed record OfferDispute(string About, string Note);
