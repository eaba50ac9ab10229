using Archive.Content.Dates;

namespace Archive.Content;

/// <summary>A ceasefire or truce offer, with its terms, its history and the sources that report it.</summary>
public sealed record Offer
{
    public required string Id { get; init; }
    public required string File { get; init; }
    public required string Title { get; init; }
    public required EdtfDate Date { get; init; }
    public EdtfDate? Reported { get; init; }
    public required OfferForm Form { get; init; }
    /// <summary>Who made it. Each entry of <c>By</c>, <c>To</c> and <c>Via</c> is a claim: the group, and how firmly (and by which quoted words) a source ties it to the offer.</summary>
    public required IReadOnlyList<Claim> By { get; init; }
    /// <summary>To whom it was addressed.</summary>
    public required IReadOnlyList<Claim> To { get; init; }
    /// <summary>Mediators and channels.</summary>
    public required IReadOnlyList<Claim> Via { get; init; }
    public required IReadOnlyList<string> Offered { get; init; }
    /// <summary>Terms of the vocabulary: what it demanded and offered (offers), what it is about (articles). Most specific terms only.</summary>
    public IReadOnlyList<Ref> Terms { get; init; } = [];
    public required IReadOnlyList<string> Conditions { get; init; }
    public string? Timeframe { get; init; }
    public string? Duration { get; init; }
    public required OfferStatus Status { get; init; }
    public string? Outcome { get; init; }
    public required IReadOnlyList<OfferEvent> Events { get; init; }
    public required IReadOnlyList<OfferResponse> Responses { get; init; }
    public required IReadOnlyList<OfferDispute> Disputes { get; init; }
    public required IReadOnlyList<OfferSource> Sources { get; init; }
    public bool Draft { get; init; }
    public required MarkdownBody Body { get; init; }
    /// <summary>Its ids in other datasets (PA-X, Wikidata, …), in the order written.</summary>
    public required IReadOnlyList<Identifier> Identifiers { get; init; }
}
