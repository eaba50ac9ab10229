namespace Archive.Rendering.Views;

/// <summary>The page a host serves for an address with no page (<c>/404.html</c>).</summary>
public sealed record NotFoundView
{
    public required string Title { get; init; }
    public required string Message { get; init; }

    /// <summary>Where the search form submits (GET, with the words as <c>q</c>).</summary>
    public required string SearchUrl { get; init; }

    /// <summary>The archive's main indexes, to start again from.</summary>
    public required IReadOnlyList<LinkView> Sections { get; init; }
}
