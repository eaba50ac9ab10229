namespace Archive.Rendering.Views;

/// <summary>A titled list of links, e.g. the groups of one kind or the entries of one month.</summary>
public sealed record SectionView(string Title, string? Anchor, IReadOnlyList<LinkView> Items, string? Url = null);
