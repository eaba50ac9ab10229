namespace Archive.Rendering.Views;

/// <summary>An offer page's content.</summary>
public sealed record OfferView(
    string Id,
    string Title,
    DateView Date,
    DateView? Reported,
    string Form,
    string Status,
    string StatusKey,
    IReadOnlyList<LinkView> By,
    IReadOnlyList<LinkView> To,
    IReadOnlyList<LinkView> Via,
    IReadOnlyList<string> Offered,
    IReadOnlyList<string> Conditions,
    string? Timeframe,
    string? Duration,
    string? Outcome,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<ResponseView> Responses,
    IReadOnlyList<DisputeView> Disputes,
    IReadOnlyList<QuoteView> Sources,
    IReadOnlyList<LinkView> Articles,
    string BodyHtml,
    LinkView? Previous,
    LinkView? Next);
