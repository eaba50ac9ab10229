namespace Archive.Rendering.Views;

/// <summary>A term's page: its definition and scope note, where it sits in the vocabulary, and what is filed under it.</summary>
public sealed record TermView
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public required string Definition { get; init; }

    /// <summary>The scope note (the term file's body).</summary>
    public required SafeHtml Body { get; init; }

    /// <summary>The broader terms, top first (empty for a top term).</summary>
    public required IReadOnlyList<LinkView> Broader { get; init; }

    /// <summary>The terms directly below, each with its count of offers as detail.</summary>
    public required IReadOnlyList<LinkView> Narrower { get; init; }

    /// <summary>Offers filed under the term or a narrower one, in time order; detail names the narrower term where it is one.</summary>
    public required IReadOnlyList<LinkView> Offers { get; init; }

    /// <summary>Articles filed under the term or a narrower one, newest first.</summary>
    public required IReadOnlyList<LinkView> Articles { get; init; }

    /// <summary>How many offers and articles are filed under the term or a narrower one: the lists show at most a page of them.</summary>
    public required int OfferCount { get; init; }

    public required int ArticleCount { get; init; }

    /// <summary>The whole lists, when <see cref="Offers"/> or <see cref="Articles"/> is longer than a page shows; else null.</summary>
    public LinkView? OffersAll { get; init; }

    public LinkView? ArticlesAll { get; init; }

    /// <summary>The offers explorer filtered by this term.</summary>
    public required string ExplorerUrl { get; init; }
}
