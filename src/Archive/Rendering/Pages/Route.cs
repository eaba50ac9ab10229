using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>A page of the site: its URL, the layout that renders it, how to build its model, and any files beside it.</summary>
public sealed record Route(string Url, string Layout, Func<PageContext, PageModel> Build)
{
    /// <summary>Files published next to the page, such as citation downloads.</summary>
    public Func<PageContext, IEnumerable<RenderedPage>>? Extras { get; init; }
}
