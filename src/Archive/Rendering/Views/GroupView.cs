namespace Archive.Rendering.Views;

/// <summary>A group page's content, with everything that refers to the group.</summary>
public sealed record GroupView(
    string Id,
    string Name,
    string? NameNative,
    string? Acronym,
    IReadOnlyList<string> Aliases,
    string Kind,
    string? Orientation,
    DateView? ActiveFrom,
    DateView? ActiveUntil,
    string? ActiveText,
    IReadOnlyList<string> Regions,
    string Summary,
    string BodyHtml,
    IReadOnlyList<LinkView> MemberOf,
    IReadOnlyList<LinkView> Members,
    IReadOnlyList<RelationView> Relations,
    IReadOnlyList<LinkView> OffersMade,
    IReadOnlyList<LinkView> OffersAddressed,
    IReadOnlyList<LinkView> OffersMediated,
    IReadOnlyList<LinkView> Responses,
    IReadOnlyList<LinkView> ArticlesAbout,
    IReadOnlyList<LinkView> MentionedIn,
    string FeedUrl);
