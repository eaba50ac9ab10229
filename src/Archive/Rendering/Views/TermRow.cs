namespace Archive.Rendering.Views;

/// <summary>One term on the terms index.</summary>
public sealed record TermRow
{
    /// <summary>The term's id on the index page (<c>term-withdrawal</c>).</summary>
    public required string Anchor { get; init; }

    public required LinkView Term { get; init; }
    public required string Definition { get; init; }

    /// <summary>How deep in the hierarchy: 0 for a top term (a CSS hook, <c>depth-0</c>).</summary>
    public required int Depth { get; init; }

    /// <summary>The broader term, or null for a top term.</summary>
    public LinkView? Broader { get; init; }

    /// <summary>Offers and articles filed under the term or a narrower one.</summary>
    public required int OfferCount { get; init; }

    public required int ArticleCount { get; init; }
}
