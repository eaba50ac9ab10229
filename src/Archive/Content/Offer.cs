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
    public required IReadOnlyList<Ref> By { get; init; }
    public required IReadOnlyList<Ref> To { get; init; }
    public required IReadOnlyList<Ref> Via { get; init; }
    public required IReadOnlyList<string> Offered { get; init; }
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
}
