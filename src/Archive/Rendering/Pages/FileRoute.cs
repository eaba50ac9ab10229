namespace Archive.Rendering.Pages;

/// <summary>A file of the site that is not a page (a feed, a download, a machine file): its URL and what writes it.</summary>
public sealed record FileRoute(string Url, Action<FileContext, Stream> Write)
{
    /// <summary>
    /// Written once the other files are, because it gathers what they work out (the archive's annotations are every
    /// article's): written alongside them, it would do that work alone on one thread while the others wait for it.
    /// </summary>
    public bool Gathers { get; init; }
}
