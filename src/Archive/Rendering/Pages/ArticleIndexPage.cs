using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/articles/</c>: every article, newest first, in sections by year.</summary>
public static class ArticleIndexPage
{
    public static PageModel Build(PageContext c)
    {
        var sections = c.Site.Articles.GroupBy(a => a.Published.Point.Year)
            .Select(g => new SectionView(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), "y" + g.Key,
                g.Select(c.Views.Link).ToList(), c.Site.Dates.Find(Content.Dates.DateRoute.UrlFor(new Content.Dates.EdtfPoint(g.Key)))?.Url))
            .ToList();
        var view = new ListView("Articles", "The source documents: news reports, analyses and statements, newest first.",
            sections, [], null, null, null, c.Site.Articles.Count);
        return c.Model("Articles", "All source documents in the archive, newest first.", Urls.Articles, "articles", view);
    }
}
