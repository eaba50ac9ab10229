using Archive.Rendering;
using Archive.Rendering.Links;

namespace Archive.Checking;

/// <summary>
/// The site as checking sees it, collected while rendering: every file the build publishes (by its path in the
/// output folder), and for each HTML page what it links to and defines.
/// </summary>
public sealed class LinkGraph
{
    private readonly Dictionary<string, PageLinks?> _files = new(StringComparer.Ordinal);

    public LinkGraph()
    {
    }

    /// <summary>A copy of <paramref name="other"/> to add to (the preview checks an edited page against the last good site with it in place).</summary>
    public LinkGraph(LinkGraph other) => _files = new Dictionary<string, PageLinks?>(other._files, StringComparer.Ordinal);

    public LinkGraph(IEnumerable<StreamedPage> pages)
    {
        foreach (var page in pages) Add(page.Path, page.Links);
    }

    /// <summary>Every published file, with its links when it is an HTML page (null otherwise).</summary>
    public IReadOnlyDictionary<string, PageLinks?> Files => _files;

    /// <param name="links">The page's links and ids; null for a file that is not an HTML page.</param>
    public void Add(string path, PageLinks? links) => _files[path] = links;
}
