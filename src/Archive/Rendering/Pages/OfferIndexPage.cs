using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/offers/</c>: every offer in time order, with who made it, to whom, and its status.</summary>
public static class OfferIndexPage
{
    public static PageModel Build(PageContext c)
    {
        var rows = c.Site.Offers.Select(o => new OfferRow(c.Views.Link(o), c.Views.Groups(o.By.Select(x => x.Group)), c.Views.Groups(o.To.Select(x => x.Group)),
            Labels.Humanize(o.Form), Labels.Humanize(o.Status), o.Status)).ToList();
        var view = new OfferListView("Offers", "Every ceasefire and truce offer in the archive, in time order.", rows);
        return c.Model("Offers", view.Intro, Urls.Offers, "offers", view);
    }
}
