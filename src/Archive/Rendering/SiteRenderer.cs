using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Archive.Diagnostics;
using Archive.Linking;
using Archive.Markdown;
using Archive.Rendering.Html;
using Archive.Rendering.Links;
using Archive.Rendering.Pages;
using Archive.Rendering.Theme;
using Archive.Rendering.Views;

namespace Archive.Rendering;

/// <summary>
/// Stage 3: renders every route of the site through the theme. Pure: a page is a function of the site model,
/// its route and the theme, so pages render in parallel and in any order. Each page is encoded once, to UTF-8, into
/// a pooled buffer and handed to the sink as soon as it is finished, so the site is never held in memory; what is kept
/// of it is a <see cref="StreamedPage"/>: where it went, its links and ids, and what it was made from.
/// </summary>
public sealed class SiteRenderer
{
    private readonly ArchiveMarkdown _markdown;
    private readonly ThemeLimits _limits;

    public SiteRenderer(ArchiveMarkdown markdown, ThemeLimits? limits = null)
    {
        _markdown = markdown;
        _limits = limits ?? ThemeLimits.Default;
    }

    /// <summary>The routes the site will render: known before rendering starts, so progress can count them.</summary>
    public static IReadOnlyList<Route> Routes(Site site) => RouteTable.For(site);

    /// <summary>
    /// Renders every route into <paramref name="sink"/> (pages, then the files beside each page), and copies the theme's
    /// assets. Returns every file written; on a template error, diagnostics and no pages (what reached the sink must
    /// then be thrown away).
    /// </summary>
    /// <param name="streamed">Told of each route's files as soon as they are written (its page, then the files beside
    /// it; each theme asset alone), from many threads at once; what it returns is what is kept and returned. A build
    /// checks each page's links there and keeps none of them, so no page's links are shared through a pool either.</param>
    public IReadOnlyList<StreamedPage> Render(Site site, ThemeFiles theme, DiagnosticBag diagnostics, IPageSink sink,
        IReadOnlyList<Route>? routes = null, Action? advanced = null,
        Func<IReadOnlyList<StreamedPage>, IReadOnlyList<StreamedPage>>? streamed = null)
    {
        routes ??= Routes(site);
        var templates = ThemeTemplates.Parse(theme, routes.Select(r => r.Layout), diagnostics);
        if (diagnostics.HasErrors) return [];

        var engine = new ThemeEngine(templates, _limits, shareLinks: streamed is null);
        var shared = new PageContext(site, new ViewFactory(site), new BodyRenderer(_markdown), Frame(site));
        var basePath = site.Config.BasePath;
        var pages = new IReadOnlyList<StreamedPage>?[routes.Count];
        var failures = new ConcurrentDictionary<TemplateFailure, FailedPages>();
        var stopped = false;
        Parallel.For(0, routes.Count, (i, loop) =>
        {
            var route = routes[i];
            var context = shared.ForPage();
            var render = engine.Render(route.Layout, route.Build(context));
            if (render.Failure is { } failure)
            {
                failures.AddOrUpdate(failure, _ => new FailedPages(1, route.Url), (_, seen) => seen.Add(route.Url));
                // A limit costs seconds per page; the first breach is reported rather than paid for on every page.
                if (failure.Kind == ThemeErrorKind.Limit)
                {
                    stopped = true;
                    loop.Stop();
                }
                return;
            }
            var path = Urls.ToFilePath(route.Url);
            var links = BasePath.Apply(render.Links!, basePath);
            var dependencies = new PageDependencies(context.Reads.Files, render.Templates, Assets(links, theme));
            List<StreamedPage> written;
            try
            {
                var html = basePath == "/" ? null : BasePath.Apply(render.Html!, basePath);
                var length = html is null ? Write(sink, path, render) : WriteText(sink, path, html);
                written =
                [
                    new(route.Url, path, length, links, dependencies) { Annotations = route.Annotate?.Invoke(() => html ??= render.Html!) },
                ];
            }
            finally
            {
                // The page is written and its annotations read: its buffer goes to the next page.
                render.Release();
            }
            foreach (var extra in route.Extras?.Invoke(context) ?? [])
            {
                var extraPath = Urls.ToFilePath(extra.Url);
                written.Add(new StreamedPage(extra.Url, extraPath, WriteText(sink, extraPath, extra.Html), null, dependencies with { Templates = [], Assets = [] }));
            }
            pages[i] = streamed is null ? written : streamed(written);
            advanced?.Invoke();
        });

        foreach (var (failure, seen) in failures)
        {
            var where = stopped && failure.Kind == ThemeErrorKind.Limit ? $"on {seen.FirstUrl}; rendering stopped there"
                : seen.Count == 1 ? $"on {seen.FirstUrl}"
                : $"on {seen.Count} pages, such as {seen.FirstUrl}";
            diagnostics.Error(failure.Code, theme.DisplayPath(failure.Path), failure.Line, failure.Column,
                $"{failure.Message} ({where})", failure.Hint);
        }
        if (!failures.IsEmpty) return [];

        var all = pages.SelectMany(p => p!).ToList();
        foreach (var asset in theme.Assets)
        {
            var bytes = theme.Files[asset];
            sink.Write(asset, bytes);
            var copied = new StreamedPage("/" + asset, asset, bytes.Length, null, PageDependencies.None with { Assets = [asset] });
            all.AddRange(streamed is null ? [copied] : streamed([copied]));
        }
        return all;
    }

    private static int Write(IPageSink sink, string path, PageRender render)
    {
        var length = render.EncodeUtf8(ArrayPool<byte>.Shared, out var buffer);
        try
        {
            sink.Write(path, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return length;
    }

    private static int WriteText(IPageSink sink, string path, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxByteCount(text.Length)));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            sink.Write(path, buffer.AsSpan(0, length));
            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The theme assets a page links to (its stylesheet, scripts, images).</summary>
    private static IReadOnlyList<string> Assets(PageLinks links, ThemeFiles theme)
    {
        List<string>? assets = null;
        foreach (var href in links.ResourceHrefs.Concat(links.PageHrefs))
        {
            if (!href.StartsWith('/')) continue;
            var path = href.AsSpan(1);
            var end = path.IndexOfAny('?', '#');
            var asset = (end < 0 ? path : path[..end]).ToString();
            if (theme.Files.ContainsKey(asset) && asset.StartsWith("assets/", StringComparison.Ordinal)) (assets ??= []).Add(asset);
        }
        return assets is null ? [] : assets.Distinct(StringComparer.Ordinal).ToList();
    }

    private static SiteView Frame(Site site) => new()
    {
        Title = site.Config.Title,
        Description = site.Config.Description,
        Language = site.Config.Language,
        BaseUrl = site.Config.BaseUrl.ToString(),
        Navigation =
        [
            new LinkView("Offers", Urls.Offers),
            new LinkView("Groups", Urls.Groups),
            new LinkView("Articles", Urls.Articles),
            new LinkView("Timeline", Urls.Dates),
            new LinkView("Terms", Urls.Terms),
            .. site.Pages.Select(p => new LinkView(p.Title, Urls.Page(p.Id))),
        ],
        Editors = site.Config.Editors,
        Repository = site.Config.Repository,
    };

    /// <summary>How many pages one template failure broke, and the first of them by URL (so messages do not depend on thread timing).</summary>
    private sealed record FailedPages(int Count, string FirstUrl)
    {
        public FailedPages Add(string url) => new(Count + 1, string.CompareOrdinal(url, FirstUrl) < 0 ? url : FirstUrl);
    }
}
