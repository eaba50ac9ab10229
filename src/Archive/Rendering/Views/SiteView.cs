namespace Archive.Rendering.Views;

/// <summary>What every page's frame shows about the site (<c>site</c> in templates). Made once per build.</summary>
public sealed record SiteView
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required string Language { get; init; }
    public required string BaseUrl { get; init; }
    public required IReadOnlyList<LinkView> Navigation { get; init; }
    public required IReadOnlyList<string> Editors { get; init; }
    public string? Repository { get; init; }
}
