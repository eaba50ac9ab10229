using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/search/</c>: a form that works from static files; the theme's script runs the query over Pagefind's index.</summary>
public static class SearchPage
{
    public static PageModel Build(PageContext c)
    {
        var view = new SearchPageView
        {
            Title = "Search",
            Intro = "Search every article, group and offer. Narrow the results by type, group, year, term, status, form, kind of article and source.",
            Facets = SearchEntries.Facets.Select(f => new SearchFacetView(f.Key, f.Label)).ToList(),
            Browse =
            [
                new LinkView("Offers", Urls.Offers) { Detail = "every offer, filterable by group, year, form, status and term" },
                new LinkView("Groups", Urls.Groups),
                new LinkView("Articles", Urls.Articles),
                new LinkView("Terms", Urls.Terms),
                new LinkView("Timeline", Urls.Dates),
            ],
        };
        return c.Model("Search", "Search the archive's articles, groups and offers.", Urls.Search, "search", view);
    }
}
