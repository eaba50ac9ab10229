using Archive.Content;
using Archive.Content.Dates;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering;

/// <summary>Turns records of the site model into the small views templates show: links, dates, quotes.</summary>
public sealed class ViewFactory
{
    private readonly Site _site;

    public ViewFactory(Site site) => _site = site;

    public DateView Date(EdtfDate date) =>
        new(EdtfFormatter.Format(date), date.IsInterval ? date.ToString() : date.Point.ToIso(), _site.Dates.LinkFor(date.Point));

    public DateView Date(EdtfPoint point) => new(EdtfFormatter.Format(point), point.ToIso(), _site.Dates.LinkFor(point));

    public DateView? DateOrNull(EdtfDate? date) => date is null ? null : Date(date);

    public LinkView Link(Article a) => new(a.Title, Urls.Article(a.Id), a.Source, Date(a.Published));

    public LinkView Link(Group g) => new(g.Name, Urls.Group(g.Id), g.Acronym);

    public LinkView Link(Offer o) => new(o.Title, Urls.Offer(o.Id), Labels.Humanize(o.Status), Date(o.Date));

    public LinkView Link(Page p) => new(p.Title, Urls.Page(p.Id), p.Summary);

    public IReadOnlyList<LinkView> Groups(IEnumerable<Ref> refs) => _site.GroupsOf(refs).Select(Link).ToList();

    public IReadOnlyList<LinkView> Offers(IEnumerable<Ref> refs) => _site.OffersOf(refs).Select(Link).ToList();

    public LinkView? ArticleLink(Ref? r) => r is not null && _site.Article(r.Id) is { } a ? Link(a) : null;

    public LinkView Entry(DatedEntry e) => new(e.Title, e.Url, e.Detail is null ? Labels.Humanize(e.Kind) : $"{Labels.Humanize(e.Kind)} · {e.Detail}", Date(e.Point));

    /// <summary>A quote as shown on the citing page: linked to its mark in the archive copy and, where possible, into the original.</summary>
    public QuoteView Quote(CitedQuote q)
    {
        var article = _site.Article(q.ArticleId)!;
        var original = article.Url is null ? null : article.Url.Split('#')[0] + "#:~:text=" + TextFragment.Encode(q.Quote);
        var citedBy = q.CitedByUrl is null ? null : new LinkView(q.CitedByTitle, q.CitedByUrl);
        // A metadata-only article does not reproduce its text, so there is no marked passage to point into.
        var passage = Urls.Article(article.Id) + (article.Rights == "metadata-only" ? "" : "#" + q.AnchorId);
        return new QuoteView(q.Quote, passage, original, Link(article), citedBy, q.Note);
    }
}
