using Archive.Linking;
using Archive.Rendering.Annotations;
using Archive.Rendering.Data;
using Archive.Rendering.Feeds;
using Archive.Rendering.Machine;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>
/// Every HTML page of the site, by URL (see the routes table in the architecture). To find where a page is
/// made, find its URL here: each route names the builder that makes it. A list longer than the site's
/// <c>page_size</c> is one route per page: <c>/articles/</c>, <c>/articles/page/2/</c>… (see <see cref="ListPage"/>).
/// </summary>
public static class RouteTable
{
    public static IReadOnlyList<Route> For(Site site)
    {
        var size = site.Config.PageSize;
        IEnumerable<Route> Paged(string listUrl, int itemCount, string layout, Func<PageContext, ListPage, PageModel> build) =>
            ListPage.All(listUrl, itemCount, size).Select(p => new Route(p.Url, layout, c => build(c, p)));
        IEnumerable<Route> Lists(string recordUrl, IEnumerable<RecordList> lists, Func<PageContext, LinkView> record, params LinkView[] crumbs) =>
            lists.Where(l => l.IsLong(size)).SelectMany(l => Paged(l.Url(recordUrl), l.Count, "list",
                (c, p) => RecordListPage.Build(c, record(c), crumbs, l, p)));

        var timeline = TimelinePage.Items(site);
        var routes = new List<Route> { new(Urls.Home, "home", HomePage.Build) };
        routes.AddRange(Paged(Urls.Articles, site.Articles.Count, "list", ArticleIndexPage.Build));
        routes.Add(new(Urls.Groups, "list", GroupIndexPage.Build));
        routes.AddRange(Lists(Urls.Groups, GroupIndexPage.Lists(site), c => new LinkView("Groups", Urls.Groups)));
        var orientations = GroupIndexPage.OrientationCount(site);
        if (orientations > size) routes.AddRange(Paged(Urls.GroupOrientations, orientations, "list", GroupIndexPage.Orientations));
        var ties = Figures.NetworkFigure.Ties(site);
        if (ties.Count > size) routes.AddRange(Paged(Urls.GroupTies, ties.Count, "list", (c, p) => GroupIndexPage.Ties(c, p, ties)));
        routes.AddRange(Paged(Urls.Offers, site.Offers.Count, "offers", OfferIndexPage.Build));
        routes.AddRange(Paged(Urls.Dates, timeline.Count, "list", (c, p) => TimelinePage.Build(c, p, timeline)));
        routes.AddRange(new List<Route>
        {
            new(Urls.Terms, "terms", TermIndexPage.Build),
            new(Urls.Search, "search", SearchPage.Build),
            new(Urls.Data, "data", DataPage.Build) { Extras = DataPage.CitationDownloads },
            new(Urls.NotFound, "not-found", NotFoundPage.Build),
        });
        routes.AddRange(site.Articles.Select(a => Article(site, a)));
        routes.AddRange(site.Groups.Select(g => new Route(Urls.Group(g.Id), "group", c => GroupPage.Build(c, g)) { Extras = c => RecordCitations.GroupDownloads(c, g) }));
        routes.AddRange(site.Offers.Select(o => new Route(Urls.Offer(o.Id), "offer", c => OfferPage.Build(c, o)) { Extras = c => RecordCitations.OfferDownloads(c, o) }));
        routes.AddRange(site.Vocabulary.All.Select(t => new Route(Urls.Term(t.Id), "term", c => TermPage.Build(c, t))));
        routes.AddRange(site.Dates.Pages.SelectMany(d => Paged(d.Url, DatePageBuilder.ItemCount(d), "list", (c, p) => DatePageBuilder.Build(c, d, p))));
        routes.AddRange(site.Groups.SelectMany(g => Lists(Urls.Group(g.Id), GroupPage.Lists(site, g), c => c.Views.Link(g) with { Detail = null }, new LinkView("Groups", Urls.Groups))));
        routes.AddRange(site.Offers.SelectMany(o => Lists(Urls.Offer(o.Id), OfferPage.Lists(site, o), c => new LinkView(o.Title, Urls.Offer(o.Id)), new LinkView("Offers", Urls.Offers))));
        routes.AddRange(site.Vocabulary.All.SelectMany(t => Lists(Urls.Term(t.Id), TermPage.Lists(site, t), c => c.Views.Link(t), new LinkView("Terms", Urls.Terms))));
        routes.AddRange(site.Pages.Select(p => new Route(Urls.Page(p.Id), "page", c => FreePage.Build(c, p))));
        return routes;
    }

    /// <summary>The page of one article (<c>/articles/&lt;id&gt;/</c>) and its citation downloads.</summary>
    public static Route Article(Site site, Content.Article a) => new(Urls.Article(a.Id), "article", c => ArticlePage.Build(c, a))
    {
        Extras = c => RecordCitations.ArticleDownloads(c, a),
        Annotate = html => ArticleAnnotations.For(site, a, html),
    };

    /// <summary>
    /// Every other file the build writes: feeds, data downloads, annotations and machine files. They are written after
    /// the pages, from the site model and, for the sitemap and the annotations, the finished pages.
    /// </summary>
    public static IReadOnlyList<FileRoute> Files(Site site)
    {
        var files = new List<FileRoute>
        {
            new(Urls.Feed, (c, s) => AtomFeedWriter.Write(s, site.Config,
                new AtomFeed($"{site.Config.Title}: new articles and offers", Urls.Feed, Urls.Home, site.Config.Description), FeedEntries.ForArchive(site), site.Version.Moment)),
            new(Urls.Sitemap, (c, s) => SitemapWriter.Write(s, c)),
            new(Urls.Robots, (c, s) => RobotsTxt.Write(s, site.Config)),
            new(Urls.DataFile("articles.json"), (c, s) => JsonDownloads.Articles(s, c.Data)),
            new(Urls.DataFile("groups.json"), (c, s) => JsonDownloads.Groups(s, c.Data)),
            new(Urls.DataFile("offers.json"), (c, s) => JsonDownloads.Offers(s, c.Data)),
            new(Urls.DataFile("terms.json"), (c, s) => JsonDownloads.Terms(s, c.Data)),
            new(Urls.DataFile("datapackage.json"), (c, s) => DataPackageWriter.Write(s, c.Data)),
            new(Urls.Annotations, (c, s) => WebAnnotationWriter.Collection(s, c.Data, Urls.Annotations, $"Annotations of the {site.Config.Title}",
                site.Articles.OrderBy(a => a.Id, StringComparer.Ordinal).SelectMany(c.AnnotationsOf).ToList())) { Gathers = true },
        };
        files.AddRange(CsvTables.All.Select(t => new FileRoute(Urls.DataFile(t.File), (c, s) => t.Write(s, c.Data))));
        files.AddRange(site.Groups.Select(g => new FileRoute(Urls.GroupFeed(g.Id), (c, s) => AtomFeedWriter.Write(s, site.Config,
            new AtomFeed($"{g.Name}: offers and articles · {site.Config.Title}", Urls.GroupFeed(g.Id), Urls.Group(g.Id)), FeedEntries.ForGroup(site, g), site.Version.Moment))));
        files.AddRange(site.Vocabulary.All.Select(t => new FileRoute(Urls.TermFeed(t.Id), (c, s) => AtomFeedWriter.Write(s, site.Config,
            new AtomFeed($"{t.Label}: offers and articles · {site.Config.Title}", Urls.TermFeed(t.Id), Urls.Term(t.Id)), FeedEntries.ForTerm(site, t), site.Version.Moment))));
        files.AddRange(site.Articles.Select(a => new FileRoute(Urls.ArticleAnnotations(a.Id), (c, s) =>
            WebAnnotationWriter.Collection(s, c.Data, Urls.ArticleAnnotations(a.Id), $"Annotations of “{a.Title}”", c.AnnotationsOf(a)))));
        return files;
    }
}
