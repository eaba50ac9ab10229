using System.Collections.Concurrent;
using Archive.Diagnostics;
using Archive.Linking;
using Archive.Markdown;
using Archive.Rendering.Html;
using Archive.Rendering.Pages;
using Archive.Rendering.Theme;
using Archive.Rendering.Views;

namespace Archive.Rendering;

/// <summary>
/// Stage 3: renders every route of the site through the theme. Pure: a page is a function of the site model,
/// its route and the theme, so pages render in parallel and in any order.
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

    public IReadOnlyList<RenderedPage> Render(Site site, ThemeFiles theme, DiagnosticBag diagnostics)
    {
        var routes = RouteTable.For(site);
        var templates = ThemeTemplates.Parse(theme, routes.Select(r => r.Layout), diagnostics);
        if (diagnostics.HasErrors) return [];

        var engine = new ThemeEngine(templates, _limits);
        var context = new PageContext(site, new ViewFactory(site), new BodyRenderer(_markdown), Frame(site));
        var pages = new List<RenderedPage>?[routes.Count];
        var failures = new ConcurrentDictionary<TemplateFailure, FailedPages>();
        var stopped = false;
        Parallel.For(0, routes.Count, (i, loop) =>
        {
            var route = routes[i];
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
            pages[i] = [new RenderedPage(route.Url, BasePath.Apply(render.Html!, site.Config.BasePath)), .. route.Extras?.Invoke(context) ?? []];
        });

        foreach (var (failure, seen) in failures)
        {
            var where = stopped && failure.Kind == ThemeErrorKind.Limit ? $"on {seen.FirstUrl}; rendering stopped there"
                : seen.Count == 1 ? $"on {seen.FirstUrl}"
                : $"on {seen.Count} pages, such as {seen.FirstUrl}";
            diagnostics.Error(failure.Code, theme.DisplayPath(failure.Path), failure.Line, failure.Column,
                $"{failure.Message} ({where})", failure.Hint);
        }
        return failures.IsEmpty ? pages.SelectMany(p => p!).ToList() : [];
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
