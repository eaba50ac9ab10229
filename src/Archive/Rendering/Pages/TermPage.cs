using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/terms/&lt;id&gt;/</c>: a term's definition and scope note, and every offer and article filed under it.</summary>
public static class TermPage
{
    public static PageModel Build(PageContext c, Term t)
    {
        var vocabulary = c.Site.Vocabulary;
        var v = c.Views;
        string? Via(IEnumerable<Ref> terms)
        {
            // Say which narrower term put a record here, when it was not filed under this term itself.
            if (terms.Any(r => r.Id == t.Id)) return null;
            var narrower = vocabulary.TermsOf(terms).FirstOrDefault(x => vocabulary.Ancestors(x.Id).Any(a => a.Id == t.Id));
            return narrower is null ? null : "filed under " + narrower.Label;
        }
        var ancestors = vocabulary.Ancestors(t.Id).Reverse().ToList();
        var view = new TermView
        {
            Id = t.Id,
            Label = t.Label,
            Definition = t.Definition,
            Body = c.Body(t.Body),
            Broader = ancestors.Select(v.Link).ToList(),
            Narrower = vocabulary.Narrower(t.Id).Select(n => v.Link(n) with { Detail = Labels.Plural(vocabulary.OffersUnder(n.Id).Count, "offer") }).ToList(),
            Offers = vocabulary.OffersUnder(t.Id).Select(o => Via(o.Terms) is { } via ? v.Link(o) with { Detail = $"{Labels.Of(o.Status)} · {via}" } : v.Link(o)).ToList(),
            Articles = vocabulary.ArticlesUnder(t.Id).Select(a => Via(a.Terms) is { } via ? v.Link(a) with { Detail = $"{a.Source} · {via}" } : v.Link(a)).ToList(),
            ExplorerUrl = Urls.OffersFiltered("term", t.Id),
        };
        var crumbs = new List<LinkView> { new("Terms", Urls.Terms) };
        crumbs.AddRange(ancestors.Select(v.Link));
        var model = c.Model(t.Label, t.Definition, Urls.Term(t.Id), "term", view, [.. crumbs]);
        return model with { Page = model.Page with { Alternates = [c.SiteFeed, new($"{t.Label}: offers and articles", Urls.TermFeed(t.Id), PageContext.AtomType)] } };
    }
}
