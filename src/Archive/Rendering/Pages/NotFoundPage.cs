using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/404.html</c>: what a static host shows for an address with no page, with a search form and the indexes.</summary>
public static class NotFoundPage
{
    public static PageModel Build(PageContext c)
    {
        var view = new NotFoundView
        {
            Title = "Page not found",
            Message = "Nothing is published at this address. It may have moved, or the link that led here may be mistyped. Search the archive, or start again from one of its indexes.",
            SearchUrl = Urls.Search,
            Sections =
            [
                new LinkView("Home", Urls.Home),
                new LinkView("Offers", Urls.Offers),
                new LinkView("Groups", Urls.Groups),
                new LinkView("Articles", Urls.Articles),
                new LinkView("Timeline", Urls.Dates),
                new LinkView("Data", Urls.Data),
            ],
        };
        return c.Model(view.Title, null, Urls.NotFound, "not-found", view);
    }
}
