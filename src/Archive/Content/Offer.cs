using Archive.Content.Dates;

namespace Archive.Content;

/// <summary>A ceasefire or truce offer, with its terms, its history and the sources that report it.</summary>
public sealed record Offer(
    string Id,
    string File,
    string Title,
    EdtfDate Date,
    EdtfDate? Reported,
    string Form,
    IReadOnlyList<Ref> By,
    IReadOnlyList<Ref> To,
    IReadOnlyList<Ref> Via,
    IReadOnlyList<string> Offered,
    IReadOnlyList<string> Conditions,
    string? Timeframe,
    string? Duration,
    string Status,
    string? Outcome,
    IReadOnlyList<OfferEvent> Events,
    IReadOnlyList<OfferResponse> Responses,
    IReadOnlyList<OfferDispute> Disputes,
    IReadOnlyList<OfferSource> Sources,
    bool Draft,
    MarkdownBody Body);
