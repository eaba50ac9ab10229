using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/&lt;id&gt;/</c>: a free page such as "about" or "methodology".</summary>
public static class FreePage
{
    public static PageModel Build(PageContext c, Page page)
    {
        c.Reads.Read(page);
        var view = new FreePageView { Title = page.Title, Summary = page.Summary, Body = c.Body(page.Body) };
        return c.Model(page.Title, page.Summary, Urls.Page(page.Id), "page", view);
    }
}
