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
            var path = Urls.ToFilePath(routes[i].Url);
            files[i] = new StreamedPage(routes[i].Url, path, WriteFile(routes[i], context, sink, path), null, PageDependencies.None);
        }
        var indexes = Enumerable.Range(0, routes.Count).ToLookup(i => routes[i].Gathers);
        Parallel.ForEach(indexes[false], Write);
        Parallel.ForEach(indexes[true], Write);
        return files;
    }

    /// <summary>
    /// Writes one file through the sink's stream, never whole in memory: the largest (<c>data/articles.json</c>, every
    /// article's text) was 86 MB at 10,000 articles, and a growing memory buffer for it held twice that at once.
    /// A write the stream could not finish (the staging folder's disk, say) is made again as one buffered
    /// <see cref="IPageSink.Write"/>, which is where a sink records a failed write and replaces a partial file.
    /// </summary>
    /// <returns>The file's length in bytes.</returns>
    private static int WriteFile(FileRoute route, FileContext context, IPageSink sink, string path)
    {
        try
        {
            using var stream = sink.OpenWrite(path);
            route.Write(context, stream);
            return checked((int)stream.Position);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            using var buffer = new MemoryStream();
            route.Write(context, buffer);
            sink.Write(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            return (int)buffer.Length;
        }
    }

    /// <summary>An HTML page rather than a file beside one (<c>cite.bib</c>).</summary>
    public static bool IsPage(string url) => url.EndsWith('/') || url.EndsWith(".html", StringComparison.Ordinal);
}
