using Archive.Linking;
using Archive.Rendering.Pages;

namespace Archive.Rendering;

/// <summary>
/// Writes every <see cref="RouteTable.Files"/> route after the pages are rendered, in parallel: each file is a function of
/// the site model and the finished pages, so the order does not matter and the bytes are the same on every build.
/// </summary>
public static class FileRenderer
{
    public static IReadOnlyList<RenderedFile> Render(Site site, IReadOnlyList<RenderedPage> pages)
    {
        var html = pages.Where(p => IsPage(p.Url)).ToDictionary(p => p.Url, p => p.Html, StringComparer.Ordinal);
        var context = new FileContext(site, html);
        var routes = RouteTable.Files(site);
        var files = new RenderedFile[routes.Count];
        void Write(int i)
        {
            using var buffer = new MemoryStream();
            routes[i].Write(context, buffer);
            files[i] = new RenderedFile(routes[i].Url, buffer.ToArray());
        }
        var indexes = Enumerable.Range(0, routes.Count).ToLookup(i => routes[i].Gathers);
        Parallel.ForEach(indexes[false], Write);
        Parallel.ForEach(indexes[true], Write);
        return files;
    }

    /// <summary>An HTML page rather than a file beside one (<c>cite.bib</c>).</summary>
    public static bool IsPage(string url) => url.EndsWith('/') || url.EndsWith(".html", StringComparison.Ordinal);
}
