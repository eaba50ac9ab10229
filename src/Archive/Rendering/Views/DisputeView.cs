namespace Archive.Rendering.Views;

/// <summary>A point on which sources disagree, anchored as <c>#dispute-N</c>: each side in its own source's words.</summary>
public sealed record DisputeView
{
    public required string Anchor { get; init; }
    public required string About { get; init; }

    /// <summary>Each side: the quote linked to its marked passage, the article, and the editors' note; anchored as <c>#dispute-N-M</c>.</summary>
    public required IReadOnlyList<QuoteView> Positions { get; init; }

    /// <summary>The editors' text of a dispute in the old form (<c>{about, note}</c>, without positions); null otherwise.</summary>
    public string? Note { get; init; }
}
