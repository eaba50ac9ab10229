using Archive.Rendering.Annotations;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>A page of the site: its URL, the layout that renders it, how to build its model, and any files beside it.</summary>
public sealed record Route(string Url, string Layout, Func<PageContext, PageModel> Build)
{
    /// <summary>Files published next to the page, such as citation downloads.</summary>
    public Func<PageContext, IEnumerable<RenderedPage>>? Extras { get; init; }

    /// <summary>
    /// The page's web annotations, worked out from its finished HTML (given on request) while that is at hand: pages
    /// are not kept after they are written, and the files stage gathers these (<see cref="FileContext.AnnotationsOf"/>).
    /// </summary>
    public Func<Func<string>, IReadOnlyList<AnnotatedPassage>>? Annotate { get; init; }
}
