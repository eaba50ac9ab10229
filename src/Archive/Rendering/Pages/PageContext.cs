using Archive.Linking;
using Archive.Rendering.Html;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>What every page builder reads: the site model and the shared, stateless renderers.</summary>
public sealed record PageContext(Site Site, ViewFactory Views, BodyRenderer Bodies, LayoutView Layout)
{
    public PageModel Model(string title, string? description, string url, string kind, object content, params LinkView[] breadcrumbs) =>
        new(Layout, new PageMeta(title, description, url, new Uri(Site.Config.BaseUrl, url.TrimStart('/')).ToString(), kind,
            Site.Config.Language, [new LinkView("Home", Urls.Home), .. breadcrumbs])
        {
            DocumentTitle = url == Urls.Home ? Site.Config.Title : $"{title} · {Site.Config.Title}",
        }, content);
}
