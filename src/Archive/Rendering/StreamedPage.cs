using Archive.Rendering.Annotations;
using Archive.Rendering.Links;

namespace Archive.Rendering;

/// <summary>
/// A page or file after rendering handed its bytes to the <see cref="IPageSink"/>: where they went (its URL and its
/// path in the output), how many there were, what it links to and defines (HTML pages only; null for downloads and
/// assets), and what it was made from. This is what checking reads (<see cref="Checking.LinkGraph"/>) and what an
/// incremental preview needs to know which pages an edit touches.
/// </summary>
public sealed record StreamedPage(string Url, string Path, int Length, PageLinks? Links, PageDependencies Dependencies)
{
    public bool IsHtml => Links is not null;

    /// <summary>An article page's web annotations (<see cref="Pages.Route.Annotate"/>); null for every other file.</summary>
    public IReadOnlyList<AnnotatedPassage>? Annotations { get; init; }
}
