using System.Globalization;
using Archive.Content.Dates;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/articles/</c>, <c>/articles/page/2/</c>…: every article, newest first, in sections by year, a page at a time.</summary>
public static class ArticleIndexPage
{
    public static PageModel Build(PageContext c, ListPage page)
    {
        var sections = page.Slice(c.Site.Articles).GroupBy(a => a.Published.Point.Year)
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
        return page.On(c.Model(page.Title("Articles"), "All source documents in the archive, newest first.", page.Url, "articles", view with { Title = page.Title(view.Title) }));
    }
}
