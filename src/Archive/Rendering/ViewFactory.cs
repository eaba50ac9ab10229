using Archive.Content;
using Archive.Content.Dates;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering;

/// <summary>Turns records of the site model into the small views templates show: links, dates, quotes.</summary>
public sealed class ViewFactory
{
    private readonly Site _site;
    private readonly DependencyRecorder? _reads;

    /// <param name="reads">Notes every record a view is made from, for the page being built.</param>
    public ViewFactory(Site site, DependencyRecorder? reads = null)
    {
        _site = site;
        _reads = reads;
    }

    public DateView Date(EdtfDate date) => new()
    {
        Text = EdtfFormatter.Format(date),
        Iso = date.IsInterval ? date.ToString() : date.Point.ToIso(),
        Url = _site.Dates.LinkFor(date.Point),
    };

    public DateView Date(EdtfPoint point) => new() { Text = EdtfFormatter.Format(point), Iso = point.ToIso(), Url = _site.Dates.LinkFor(point) };

    public DateView? DateOrNull(EdtfDate? date) => date is null ? null : Date(date);

    public LinkView Link(Article a)
    {
        _reads?.Read(a);
        return new(a.Title, Urls.Article(a.Id)) { Detail = a.Source, Date = Date(a.Published) };
    }

    public LinkView Link(Group g)
    {
        _reads?.Read(g);
        return new(g.Name, Urls.Group(g.Id)) { Detail = g.Acronym };
    }

    public LinkView Link(Offer o)
    {
        _reads?.Read(o);
        return new(o.Title, Urls.Offer(o.Id)) { Detail = Labels.Of(o.Status), Date = Date(o.Date) };
    }

    public LinkView Link(Page p)
    {
        _reads?.Read(p);
        return new(p.Title, Urls.Page(p.Id)) { Detail = p.Summary };
    }

    /// <summary>Notes the record that quotes a passage (an offer, a group, or the article itself for a note).</summary>
    public void ReadCitingRecord(CitedQuote q)
    {
        if (_reads is null) return;
        switch (q.CitedByKind)
        {
            case CitedByKind.Offer when _site.Offer(q.CitedById) is { } o:
                _reads.Read(o);
                break;
            case CitedByKind.Group when _site.Group(q.CitedById) is { } g:
                _reads.Read(g);
                break;
            default:
                if (_site.Article(q.ArticleId) is { } a) _reads.Read(a);
                break;
        }
    }

    public LinkView Link(Term t)
    {
        _reads?.Read(t.File);
        return new(t.Label, Urls.Term(t.Id));
    }

    /// <summary>The terms a record is filed under, as links, each with its definition as detail.</summary>
    public IReadOnlyList<LinkView> Terms(IEnumerable<Ref> refs) =>
        _site.Vocabulary.TermsOf(refs).Select(t => Link(t) with { Detail = t.Definition }).ToList();

    public LinkView? LinkOrNull(Article? a) => a is null ? null : Link(a);

    public LinkView? LinkOrNull(Offer? o) => o is null ? null : Link(o);

    public IReadOnlyList<LinkView> Groups(IEnumerable<Ref> refs) => _site.GroupsOf(refs).Select(Link).ToList();

    /// <summary>
    /// A record tied by <paramref name="claim"/>, seen from the page that lists it: how firmly, and the marked passage
    /// that supports it. <paramref name="anchor"/> is given where the page's own record makes the claim.
    /// </summary>
    public TieView Tie(LinkView link, Claim claim, string? anchor = null) => new()
    {
        Link = link,
        Anchor = anchor,
        Certainty = EvidenceWords.Certainty(claim.Certainty),
        CertaintyKey = claim.CertaintyName,
        Evidence = _site.Evidence(claim) is { } q ? Quote(q) : null,
    };

    /// <summary>The groups a record's own claims in <paramref name="field"/> name, each anchored as <c>claim-&lt;field&gt;-&lt;group&gt;</c>.</summary>
    public IReadOnlyList<TieView> Ties(IEnumerable<Claim> claims, string field) =>
        claims.Select(c => (Claim: c, Group: _site.Group(c.Group.Id))).Where(x => x.Group is not null)
            .Select(x => Tie(Link(x.Group!), x.Claim, Urls.ClaimEntryAnchor(field, x.Claim.Group.Id))).ToList();

    /// <summary>The same ties as listed on a page about many records (no anchors: they would repeat from row to row).</summary>
    public IReadOnlyList<TieView> Ties(IEnumerable<Claim> claims) =>
        claims.Select(c => (Claim: c, Group: _site.Group(c.Group.Id))).Where(x => x.Group is not null)
            .Select(x => Tie(Link(x.Group!), x.Claim)).ToList();

    public IReadOnlyList<IdentifierView> Identifiers(IEnumerable<Identifier> identifiers) =>
        identifiers.Select(i => new IdentifierView { Scheme = i.Scheme, Label = i.Label, Value = i.Value, Url = i.Url }).ToList();

    public LinkView? ArticleLink(Ref? r) => r is not null && _site.Article(r.Id) is { } a ? Link(a) : null;

    public LinkView Entry(DatedEntry e)
    {
        if (e.File is { } file) _reads?.Read(file);
        foreach (var also in e.AlsoFrom) _reads?.Read(also);
        return new(e.Title, e.Url)
        {
            Detail = e.Detail is null ? Labels.Of(e.Kind) : $"{Labels.Of(e.Kind)} · {e.Detail}",
            Date = Date(e.Point),
        };
    }

    /// <summary>A quote as shown on the citing page: linked to its mark in the archive copy and, where possible, into the original.</summary>
    public QuoteView Quote(CitedQuote q)
    {
        var article = _site.Article(q.ArticleId)!;
        ReadCitingRecord(q);
        return new QuoteView
        {
            Quote = q.Quote,
            // A metadata-only article does not reproduce its text, so there is no marked passage to point into.
            PassageUrl = article.Rights == ArticleRights.MetadataOnly ? Urls.Article(article.Id) : Urls.Passage(article.Id, q.AnchorId),
            OriginalUrl = article.Url is null ? null : Urls.InOriginal(article.Url, q.Quote),
            Article = Link(article),
            CitedBy = q.CitedByUrl is null ? null : new LinkView(q.CitedByTitle, q.CitedByUrl),
            Note = q.Note,
        };
    }
}
