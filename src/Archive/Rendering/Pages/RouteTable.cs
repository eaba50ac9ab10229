using Archive.Linking;

namespace Archive.Rendering.Pages;

/// <summary>
/// Every HTML page of the site, by URL (see the routes table in the architecture). To find where a page is
/// made, find its URL here: each route names the builder that makes it.
/// </summary>
public static class RouteTable
{
    public static IReadOnlyList<Route> For(Site site)
    {
        var routes = new List<Route>
        {
            new(Urls.Home, "home", HomePage.Build),
            new(Urls.Articles, "list", ArticleIndexPage.Build),
            new(Urls.Groups, "list", GroupIndexPage.Build),
            new(Urls.Offers, "offers", OfferIndexPage.Build),
            new(Urls.Dates, "list", TimelinePage.Build),
            new(Urls.Terms, "terms", TermIndexPage.Build),
            new(Urls.Search, "search", SearchPage.Build),
        };
        routes.AddRange(site.Articles.Select(a => new Route(Urls.Article(a.Id), "article", c => ArticlePage.Build(c, a)) { Extras = c => RecordCitations.ArticleDownloads(c, a) }));
        routes.AddRange(site.Groups.Select(g => new Route(Urls.Group(g.Id), "group", c => GroupPage.Build(c, g)) { Extras = c => RecordCitations.GroupDownloads(c, g) }));
        routes.AddRange(site.Offers.Select(o => new Route(Urls.Offer(o.Id), "offer", c => OfferPage.Build(c, o)) { Extras = c => RecordCitations.OfferDownloads(c, o) }));
        routes.AddRange(site.Vocabulary.All.Select(t => new Route(Urls.Term(t.Id), "term", c => TermPage.Build(c, t))));
        routes.AddRange(site.Dates.Pages.Select(d => new Route(d.Url, "list", c => DatePageBuilder.Build(c, d))));
        routes.AddRange(site.Pages.Select(p => new Route(Urls.Page(p.Id), "page", c => FreePage.Build(c, p))));
        return routes;
    }
}
