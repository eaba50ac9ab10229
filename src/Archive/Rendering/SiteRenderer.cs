using Archive.Diagnostics;
using Archive.Linking;
using Archive.Rendering.Html;
using Archive.Rendering.Pages;
using Archive.Rendering.Theme;
using Archive.Rendering.Views;
using Archive.Markdown;

namespace Archive.Rendering;

/// <summary>
/// Stage 3: renders every route of the site through the theme. Pure: a page is a function of the site model,
/// its route and the theme, so pages render in parallel and in any order.
/// </summary>
public sealed class SiteRenderer
{
    private readonly ArchiveMarkdown _markdown;

    public SiteRenderer(ArchiveMarkdown markdown) => _markdown = markdown;

    public IReadOnlyList<RenderedPage> Render(Site site, ThemeFiles theme, DiagnosticBag diagnostics)
    {
        var routes = RouteTable.For(site);
        var templates = TemplateSet.Compile(theme, routes.Select(r => r.Layout), diagnostics);
        if (diagnostics.HasErrors) return [];

        var context = new PageContext(site, new ViewFactory(site), new BodyRenderer(_markdown), Layout(site));
        var pages = new List<RenderedPage>[routes.Count];
        Parallel.For(0, routes.Count, i =>
        {
            var route = routes[i];
            var model = route.Build(context);
            pages[i] = [new RenderedPage(route.Url, BasePath.Apply(templates.Render(route.Layout, model), site.Config.BasePath)),
                .. route.Extras?.Invoke(context) ?? []];
        });
        return pages.SelectMany(p => p).ToList();
    }

    private static LayoutView Layout(Site site) => new(
        site.Config.Title,
        site.Config.Description,
        site.Config.Language,
        site.Config.BaseUrl.ToString(),
        [
            new LinkView("Offers", Urls.Offers),
            new LinkView("Groups", Urls.Groups),
            new LinkView("Articles", Urls.Articles),
            new LinkView("Timeline", Urls.Dates),
            .. site.Pages.Select(p => new LinkView(p.Title, Urls.Page(p.Id))),
        ],
        site.Config.Editors,
        site.Config.Repository);
}
