using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/offers/&lt;id&gt;/</c>: terms, parties, history, disputes, and the quoted sources.</summary>
public static class OfferPage
{
    public static PageModel Build(PageContext c, Offer o)
    {
        var v = c.Views;
        var s = c.Site;
        var quotes = s.QuotesCitedBy(o.Id).Select(v.Quote).ToList();
        var events = o.Events.Select((e, i) => new EventView("event-" + (i + 1), v.Date(e.Date), e.What, v.ArticleLink(e.Source))).ToList();
        var responses = o.Responses.Select((r, i) => new ResponseView("response-" + (i + 1), v.Link(s.Group(r.By.Id)!),
            v.DateOrNull(r.Date), Labels.Humanize(r.Stance), r.Stance, v.ArticleLink(r.Source))).ToList();
        var neighbours = s.NeighboursOf(o);
        var view = new OfferView(
            o.Id, o.Title, v.Date(o.Date), v.DateOrNull(o.Reported), Labels.Humanize(o.Form), Labels.Humanize(o.Status), o.Status,
            v.Groups(o.By.Select(c => c.Group)), v.Groups(o.To.Select(c => c.Group)), v.Groups(o.Via.Select(c => c.Group)),
            o.Offered, o.Conditions, o.Timeframe, o.Duration, o.Outcome,
            events, responses, o.Disputes.Select(d => new DisputeView(d.About, d.Note ?? "")).ToList(), quotes,
            s.ArticlesReporting(o.Id).Select(v.Link).ToList(),
            c.Bodies.Render(o.Body),
            neighbours.Previous is null ? null : v.Link(neighbours.Previous),
            neighbours.Next is null ? null : v.Link(neighbours.Next));
        var model = c.Model(o.Title, $"{Labels.Humanize(o.Form)} of {Content.Dates.EdtfFormatter.Format(o.Date)}.", Urls.Offer(o.Id), "offer", view, new LinkView("Offers", Urls.Offers));
        return c.ForRecord(model, Metadata.HeadMetadata.ForOffer(s, o, c.Absolute(Urls.Offer(o.Id))), o.File,
            RecordCitations.Page(c, o.Id, o.Title, Urls.Offer(o.Id), o.File, null));
    }
}
