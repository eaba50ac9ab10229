namespace Archive.Rendering.Views;

/// <summary>A group page's content, with everything that refers to the group.</summary>
public sealed record GroupView
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameNative { get; init; }
    public string? Acronym { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>The kind in words ("Armed group").</summary>
    public required string Kind { get; init; }

    public string? Orientation { get; init; }
    public DateView? ActiveFrom { get; init; }
    public DateView? ActiveUntil { get; init; }

    /// <summary>The whole active period in words ("2003 – present"), or null when unknown.</summary>
    public string? ActiveText { get; init; }

    public required IReadOnlyList<string> Regions { get; init; }
    public required string Summary { get; init; }
    public required SafeHtml Body { get; init; }
    /// <summary>The coalitions it belongs to, each with how firmly (its own claims, anchored on this page).</summary>
    public required IReadOnlyList<TieView> MemberOf { get; init; }

    /// <summary>The groups whose <c>member_of</c> names it, each with how firmly.</summary>
    public required IReadOnlyList<TieView> Members { get; init; }

    public required IReadOnlyList<RelationView> Relations { get; init; }

    /// <summary>The offers whose <c>by</c>, <c>to</c> or <c>via</c> names it, each with how firmly.</summary>
    public required IReadOnlyList<TieView> OffersMade { get; init; }

    public required IReadOnlyList<TieView> OffersAddressed { get; init; }
    public required IReadOnlyList<TieView> OffersMediated { get; init; }

    /// <summary>The offers it answered, each with its stance as detail.</summary>
    public required IReadOnlyList<LinkView> Responses { get; init; }

    public required IReadOnlyList<LinkView> ArticlesAbout { get; init; }
    public required IReadOnlyList<LinkView> MentionedIn { get; init; }

    // Each list above shows at most one page (the site's page_size); a longer one links to its own pages with these.
    public LinkView? OffersMadeAll { get; init; }
    public LinkView? OffersAddressedAll { get; init; }
    public LinkView? OffersMediatedAll { get; init; }
    public LinkView? ResponsesAll { get; init; }
    public LinkView? ArticlesAboutAll { get; init; }
    public LinkView? MentionedInAll { get; init; }

    public LinkView? MembersAll { get; init; }

    /// <summary>The group and the groups tied to it, drawn (safe SVG), and the same ties in words (safe HTML); empty without ties.</summary>
    public SafeHtml Network { get; init; } = SafeHtml.Empty;

    public SafeHtml NetworkText { get; init; } = SafeHtml.Empty;

    /// <summary>Its ids in other datasets (Wikidata, UCDP, …).</summary>
    public required IReadOnlyList<IdentifierView> Identifiers { get; init; }
}
