using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/offers/</c>: every offer in time order, with who made it, to whom, and its status.</summary>
public static class OfferIndexPage
{
    public static PageModel Build(PageContext c)
    {
        var rows = c.Site.Offers.Select(o => new OfferRow
        {
            Offer = c.Views.Link(o),
            By = c.Views.Groups(o.By.Select(x => x.Group)),
            To = c.Views.Groups(o.To.Select(x => x.Group)),
            Form = Labels.Of(o.Form),
            Status = Labels.Of(o.Status),
            StatusKey = Codes.Of(o.Status),
        }).ToList();
        var view = new OfferListView { Title = "Offers", Intro = "Every ceasefire and truce offer in the archive, in time order.", Rows = rows };
        return c.Model("Offers", view.Intro, Urls.Offers, "offers", view);
    }
}
