using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/terms/&lt;id&gt;/</c>: a term's definition and scope note, and every offer and article filed under it.</summary>
public static class TermPage
{
    /// <summary>The term's lists, which grow with the archive: the page shows a page of each, a longer one has its own pages.</summary>
    public static IReadOnlyList<RecordList> Lists(Site s, Term t)
    {
        var vocabulary = s.Vocabulary;
        return
        [
            new("offers", $"Offers filed under {t.Label}", vocabulary.OffersUnder(t.Id).Count, ("offer", "offers"),
                (c, p) => p.Slice(vocabulary.OffersUnder(t.Id)).Select(o => OfferLink(c, t, o)).ToList()),
            new("articles", $"Articles filed under {t.Label}", vocabulary.ArticlesUnder(t.Id).Count, ("article", "articles"),
                (c, p) => p.Slice(vocabulary.ArticlesUnder(t.Id)).Select(a => ArticleLink(c, t, a)).ToList()),
        ];
    }

    /// <summary>Which narrower term put a record here, when it was not filed under this term itself.</summary>
    private static string? Via(Site s, Term t, IEnumerable<Ref> terms)
    {
        if (terms.Any(r => r.Id == t.Id)) return null;
        var narrower = s.Vocabulary.TermsOf(terms).FirstOrDefault(x => s.Vocabulary.Ancestors(x.Id).Any(a => a.Id == t.Id));
        return narrower is null ? null : "filed under " + narrower.Label;
    }

    private static LinkView OfferLink(PageContext c, Term t, Offer o) =>
        Via(c.Site, t, o.Terms) is { } via ? c.Views.Link(o) with { Detail = $"{Labels.Of(o.Status)} · {via}" } : c.Views.Link(o);

    private static LinkView ArticleLink(PageContext c, Term t, Article a) =>
        Via(c.Site, t, a.Terms) is { } via ? c.Views.Link(a) with { Detail = $"{a.Source} · {via}" } : c.Views.Link(a);

    public static PageModel Build(PageContext c, Term t)
    {
        var vocabulary = c.Site.Vocabulary;
        var v = c.Views;
        var size = c.Site.Config.PageSize;
        var lists = Lists(c.Site, t);
        var ancestors = vocabulary.Ancestors(t.Id).Reverse().ToList();
        var view = new TermView
        {
            Id = t.Id,
            Label = t.Label,
            Definition = t.Definition,
            Body = c.Body(t.Body),
            Broader = ancestors.Select(v.Link).ToList(),
            Narrower = vocabulary.Narrower(t.Id).Select(n => v.Link(n) with { Detail = Labels.Plural(vocabulary.OffersUnder(n.Id).Count, "offer") }).ToList(),
            Offers = vocabulary.OffersUnder(t.Id).Take(size).Select(o => OfferLink(c, t, o)).ToList(),
            Articles = vocabulary.ArticlesUnder(t.Id).Take(size).Select(a => ArticleLink(c, t, a)).ToList(),
            OfferCount = lists[0].Count,
            ArticleCount = lists[1].Count,
            OffersAll = lists[0].AllLink(Urls.Term(t.Id), size),
            ArticlesAll = lists[1].AllLink(Urls.Term(t.Id), size),
            ExplorerUrl = Urls.OffersFiltered("term", t.Id),
        };
        var crumbs = new List<LinkView> { new("Terms", Urls.Terms) };
        crumbs.AddRange(ancestors.Select(v.Link));
        var model = c.Model(t.Label, t.Definition, Urls.Term(t.Id), "term", view, [.. crumbs]);
        return model with { Page = model.Page with { Alternates = [c.SiteFeed, new($"{t.Label}: offers and articles", Urls.TermFeed(t.Id), PageContext.AtomType)] } };
    }
}
