namespace Archive.Rendering.Views;

/// <summary>What a page says about itself: title, description, address, breadcrumbs.</summary>
/// <param name="Kind">The layout name, also used as a CSS hook on <c>&lt;body&gt;</c>.</param>
public sealed record PageMeta(
    string Title,
    string? Description,
    string Url,
    string CanonicalUrl,
    string Kind,
    string Language,
    IReadOnlyList<LinkView> Breadcrumbs)
{
    /// <summary>The document title: page title and site title, or only the site title on the home page.</summary>
    public string? DocumentTitle { get; init; }
}
