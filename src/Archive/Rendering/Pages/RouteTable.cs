using Archive.Linking;
using Archive.Rendering.Annotations;
using Archive.Rendering.Data;
using Archive.Rendering.Feeds;
using Archive.Rendering.Machine;

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
            new(Urls.Data, "data", DataPage.Build) { Extras = DataPage.CitationDownloads },
            new(Urls.NotFound, "not-found", NotFoundPage.Build),
        };
        routes.AddRange(site.Articles.Select(a => new Route(Urls.Article(a.Id), "article", c => ArticlePage.Build(c, a))
        {
            Extras = c => RecordCitations.ArticleDownloads(c, a),
            Annotate = html => ArticleAnnotations.For(site, a, html),
        }));
        routes.AddRange(site.Groups.Select(g => new Route(Urls.Group(g.Id), "group", c => GroupPage.Build(c, g)) { Extras = c => RecordCitations.GroupDownloads(c, g) }));
        routes.AddRange(site.Offers.Select(o => new Route(Urls.Offer(o.Id), "offer", c => OfferPage.Build(c, o)) { Extras = c => RecordCitations.OfferDownloads(c, o) }));
        routes.AddRange(site.Vocabulary.All.Select(t => new Route(Urls.Term(t.Id), "term", c => TermPage.Build(c, t))));
        routes.AddRange(site.Dates.Pages.Select(d => new Route(d.Url, "list", c => DatePageBuilder.Build(c, d))));
        routes.AddRange(site.Pages.Select(p => new Route(Urls.Page(p.Id), "page", c => FreePage.Build(c, p))));
        return routes;
    }

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
