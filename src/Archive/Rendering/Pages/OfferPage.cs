using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/offers/&lt;id&gt;/</c>: terms, parties, history, disputes, and the quoted sources.</summary>
public static class OfferPage
{
    /// <summary>The offer's list that grows with the archive: the articles reporting it.</summary>
    public static IReadOnlyList<RecordList> Lists(Site s, Offer o) =>
    [
        new("articles", $"Articles reporting {o.Title}", s.ArticlesReporting(o.Id).Count(), ("article", "articles"),
            (c, p) => p.Slice(s.ArticlesReporting(o.Id)).Select(c.Views.Link).ToList()),
    ];

    public static PageModel Build(PageContext c, Offer o)
    {
        var v = c.Views;
        var s = c.Site;
        var neighbours = s.NeighboursOf(o);
        var view = new OfferView
        {
            Id = o.Id,
            Title = o.Title,
            Date = v.Date(o.Date),
            Reported = v.DateOrNull(o.Reported),
            Form = Labels.Of(o.Form),
            Status = Labels.Of(o.Status),
            StatusKey = Codes.Of(o.Status),
            By = v.Ties(o.By, "by"),
            To = v.Ties(o.To, "to"),
            Via = v.Ties(o.Via, "via"),
            Terms = v.Terms(o.Terms),
            Offered = o.Offered,
            Conditions = o.Conditions,
            Timeframe = o.Timeframe,
            Duration = o.Duration,
            Outcome = o.Outcome,
            Events = o.Events.Select((e, i) => new EventView
            {
                Anchor = Urls.EventAnchor(i + 1),
                Date = v.Date(e.Date),
                What = e.What,
                Source = v.ArticleLink(e.Source),
            }).ToList(),
            Responses = o.Responses.Select((r, i) => new ResponseView
            {
                Anchor = Urls.ResponseAnchor(i + 1),
                By = v.Link(s.Group(r.By.Id)!),
                Date = v.DateOrNull(r.Date),
                Stance = Labels.Of(r.Stance),
                StanceKey = Codes.Of(r.Stance),
                Source = v.ArticleLink(r.Source),
            }).ToList(),
            Disputes = o.Disputes.Select((d, i) => new DisputeView
            {
                Anchor = Urls.DisputeEntryAnchor(i + 1),
                About = d.About,
                Note = d.IsNoteOnly ? d.Note : null,
                // A side whose quote failed verification has no mark; the build reports it and publishes nothing.
                Positions = d.Positions.Select((p, j) => s.Evidence(p) is { } q
                    ? v.Quote(q) with { Note = p.Note, Anchor = Urls.DisputePositionEntryAnchor(i + 1, j + 1) }
                    : null).OfType<QuoteView>().ToList(),
            }).ToList(),
            Sources = s.QuotesCitedBy(o.Id).Select((q, i) => v.Quote(q) with { Anchor = Urls.SourceEntryAnchor(i + 1) }).ToList(),
            Articles = s.ArticlesReporting(o.Id).Take(s.Config.PageSize).Select(v.Link).ToList(),
            ArticlesAll = Lists(s, o)[0].AllLink(Urls.Offer(o.Id), s.Config.PageSize),
            Identifiers = v.Identifiers(o.Identifiers),
            Body = c.Body(o.Body),
            Previous = v.LinkOrNull(neighbours.Previous),
            Next = v.LinkOrNull(neighbours.Next),
        };
        var description = $"{Labels.Of(o.Form)} of {Content.Dates.EdtfFormatter.Format(o.Date)}.";
        var model = c.Model(o.Title, description, Urls.Offer(o.Id), "offer", view, new LinkView("Offers", Urls.Offers));
        return c.ForRecord(SearchEntries.With(model, SearchEntries.ForOffer(c, o)), Metadata.HeadMetadata.ForOffer(s, o, c.Absolute(Urls.Offer(o.Id))), o.File,
            RecordCitations.Page(c, o.Id, o.Title, Urls.Offer(o.Id), o.File, null));
    }
}
