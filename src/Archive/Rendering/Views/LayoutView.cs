namespace Archive.Rendering.Views;

/// <summary>What every page's layout needs about the site.</summary>
public sealed record LayoutView(
    string Title,
    string? Description,
    string Language,
    string BaseUrl,
    IReadOnlyList<LinkView> Navigation,
    IReadOnlyList<string> Editors,
    string? Repository);
