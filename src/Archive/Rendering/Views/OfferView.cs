namespace Archive.Rendering.Views;

/// <summary>An offer page's content.</summary>
public sealed record OfferView
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required DateView Date { get; init; }
    public DateView? Reported { get; init; }

    /// <summary>The form in words ("Conditional offer"); <see cref="Status"/> likewise, with its code in <see cref="StatusKey"/>.</summary>
    public required string Form { get; init; }

    public required string Status { get; init; }
    public required string StatusKey { get; init; }
    /// <summary>The groups that made it, each with how firmly a source ties it (anchored as <c>#claim-by-&lt;group&gt;</c>); likewise <see cref="To"/> and <see cref="Via"/>.</summary>
    public required IReadOnlyList<TieView> By { get; init; }

    public required IReadOnlyList<TieView> To { get; init; }
    public required IReadOnlyList<TieView> Via { get; init; }

    /// <summary>The terms of the vocabulary it is filed under, each with its definition as detail.</summary>
    public IReadOnlyList<LinkView> Terms { get; init; } = [];

    public required IReadOnlyList<string> Offered { get; init; }
    public required IReadOnlyList<string> Conditions { get; init; }
    public string? Timeframe { get; init; }
    public string? Duration { get; init; }
    public string? Outcome { get; init; }
    public required IReadOnlyList<EventView> Events { get; init; }
    public required IReadOnlyList<ResponseView> Responses { get; init; }
    public required IReadOnlyList<DisputeView> Disputes { get; init; }
    public required IReadOnlyList<QuoteView> Sources { get; init; }
    public required IReadOnlyList<LinkView> Articles { get; init; }

    /// <summary>All the articles, when <see cref="Articles"/> is longer than a page shows; else null.</summary>
    public LinkView? ArticlesAll { get; init; }

    /// <summary>Its ids in other datasets (PA-X, UCDP, Wikidata).</summary>
    public required IReadOnlyList<IdentifierView> Identifiers { get; init; }
    public required SafeHtml Body { get; init; }
    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }
}
