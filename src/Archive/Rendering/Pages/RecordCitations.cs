using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Citations;

namespace Archive.Rendering.Pages;

/// <summary>The citation records of record pages, shared by the page and its download files.</summary>
public static class RecordCitations
{
    public static CitationRecord Page(PageContext c, string id, string title, string url, string file, string? summary) =>
        CitationFactory.Page(id, title, c.Site.Config, c.Absolute(url), c.Site.LastUpdated(file), summary);

    public static CitationRecord Original(PageContext c, Article a) => CitationFactory.Original(a, c.Absolute(Urls.Article(a.Id)));

    public static IEnumerable<RenderedPage> ArticleDownloads(PageContext c, Article a) =>
        CitationFactory.Downloads(Urls.Article(a.Id), Original(c, a));

    public static IEnumerable<RenderedPage> GroupDownloads(PageContext c, Group g) =>
        CitationFactory.Downloads(Urls.Group(g.Id), Page(c, g.Id, g.Name, Urls.Group(g.Id), g.File, g.Summary));

    public static IEnumerable<RenderedPage> OfferDownloads(PageContext c, Offer o) =>
        CitationFactory.Downloads(Urls.Offer(o.Id), Page(c, o.Id, o.Title, Urls.Offer(o.Id), o.File, null));
}
