namespace Archive.Rendering.Views;

/// <summary>The object a layout is rendered with: the site, the page, and the page kind's own content.</summary>
public sealed record PageModel(LayoutView Site, PageMeta Page, object Content);
