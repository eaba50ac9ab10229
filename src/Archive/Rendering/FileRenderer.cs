using Archive.Linking;
using Archive.Rendering.Annotations;
using Archive.Rendering.Pages;

namespace Archive.Rendering;

/// <summary>
/// Writes every <see cref="RouteTable.Files"/> route after the pages are rendered, in parallel, into the same sink as
/// the pages: each file is a function of the site model and what the pages left (<see cref="FileContext"/>), so the
/// order does not matter and the bytes are the same on every build.
/// </summary>
public static class FileRenderer
{
    /// <param name="pages">Every page rendered (its URL and, for an article, its annotations).</param>
    /// <returns>Every file written, in route order (no links: these are not HTML pages).</returns>
    public static IReadOnlyList<StreamedPage> Render(Site site, IReadOnlyList<StreamedPage> pages, IPageSink sink) =>
        Render(RouteTable.Files(site), Context(site, pages), sink);

    /// <summary>What the files read of the finished pages.</summary>
    public static FileContext Context(Site site, IEnumerable<StreamedPage> pages)
    {
        var urls = new List<string>();
        var annotations = new Dictionary<string, IReadOnlyList<AnnotatedPassage>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (IsPage(page.Url)) urls.Add(page.Url);
            if (page.Annotations is { } a) annotations[page.Url] = a;
        }
        return new FileContext(site, urls, annotations);
    }

    /// <summary>Writes <paramref name="routes"/> (all of <see cref="RouteTable.Files"/> or some of them) into <paramref name="sink"/>.</summary>
    public static IReadOnlyList<StreamedPage> Render(IReadOnlyList<FileRoute> routes, FileContext context, IPageSink sink)
    {
        var files = new StreamedPage[routes.Count];
        void Write(int i)
        {
            using var buffer = new MemoryStream();
            routes[i].Write(context, buffer);
            var path = Urls.ToFilePath(routes[i].Url);
            sink.Write(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            files[i] = new StreamedPage(routes[i].Url, path, (int)buffer.Length, null, PageDependencies.None);
        }
        var indexes = Enumerable.Range(0, routes.Count).ToLookup(i => routes[i].Gathers);
        Parallel.ForEach(indexes[false], Write);
        Parallel.ForEach(indexes[true], Write);
        return files;
    }

    /// <summary>An HTML page rather than a file beside one (<c>cite.bib</c>).</summary>
    public static bool IsPage(string url) => url.EndsWith('/') || url.EndsWith(".html", StringComparison.Ordinal);
}
