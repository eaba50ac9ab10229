using Archive.Content.Dates;

namespace Archive.Content;

/// <summary>A ceasefire or truce offer, with its terms, its history and the sources that report it.</summary>
/// <param name="By">Who made it; <paramref name="To"/>: to whom; <paramref name="Via"/>: mediators and channels. Each entry is a
/// claim: the group, and how firmly (and by which quoted words) a source ties it to the offer.</param>
/// <param name="Identifiers">Its ids in other datasets (PA-X, Wikidata, …), in the order written.</param>
public sealed record Offer(
    string Id,
    string File,
    string Title,
    EdtfDate Date,
    EdtfDate? Reported,
    string Form,
    IReadOnlyList<Claim> By,
    IReadOnlyList<Claim> To,
    IReadOnlyList<Claim> Via,
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
    MarkdownBody Body,
    IReadOnlyList<Identifier> Identifiers);
