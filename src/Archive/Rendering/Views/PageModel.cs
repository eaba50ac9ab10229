namespace Archive.Rendering.Views;

/// <summary>
/// What a layout is rendered with: <c>site</c>, <c>page</c> and <c>content</c> in templates, where
/// <see cref="Content"/> is the page kind's own view (<see cref="ArticleView"/>, <see cref="ListView"/>, …).
/// </summary>
public sealed record PageModel
{
    public required SiteView Site { get; init; }
    public required PageMeta Page { get; init; }
    public required object Content { get; init; }
}
