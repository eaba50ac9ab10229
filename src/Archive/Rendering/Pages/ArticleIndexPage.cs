using System.Globalization;
using Archive.Content.Dates;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/articles/</c>: every article, newest first, in sections by year.</summary>
public static class ArticleIndexPage
{
    public static PageModel Build(PageContext c)
    {
        var sections = c.Site.Articles.GroupBy(a => a.Published.Point.Year)
            .Select(g => new SectionView
            {
                Title = g.Key.ToString(CultureInfo.InvariantCulture),
                Anchor = Urls.YearAnchor(g.Key),
                Items = g.Select(c.Views.Link).ToList(),
                Url = c.Site.Dates.Find(Urls.Date(new EdtfPoint(g.Key)))?.Url,
            })
            .ToList();
        var view = new ListView
        {
            Title = "Articles",
            Intro = "The source documents: news reports, analyses and statements, newest first.",
            Sections = sections,
            Count = c.Site.Articles.Count,
        };
        return c.Model("Articles", "All source documents in the archive, newest first.", Urls.Articles, "articles", view);
    }
}
