using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/terms/</c>: the vocabulary, each term under its broader one, with how many offers and articles it holds.</summary>
public static class TermIndexPage
{
    public static PageModel Build(PageContext c)
    {
        var vocabulary = c.Site.Vocabulary;
        var rows = new List<TermRow>();
        void Add(Term term, int depth)
        {
            rows.Add(new TermRow
            {
                Anchor = Urls.TermAnchor(term.Id),
                Term = c.Views.Link(term),
                Definition = term.Definition,
                Depth = depth,
                Broader = term.Broader is { } b && vocabulary.Term(b.Id) is { } broader ? c.Views.Link(broader) : null,
                OfferCount = vocabulary.OffersUnder(term.Id).Count,
                ArticleCount = vocabulary.ArticlesUnder(term.Id).Count,
            });
            foreach (var narrower in vocabulary.Narrower(term.Id)) Add(narrower, depth + 1);
        }
        foreach (var top in vocabulary.Top) Add(top, 0);

        var view = new TermListView
        {
            Title = "Terms",
            Intro = "The archive's vocabulary of what offers demanded and offered, and how they came about. Each offer is filed under its most specific terms; a broader term holds everything filed under the terms below it.",
            Terms = rows,
        };
        return c.Model("Terms", "What ceasefire offers demanded and offered: the archive's vocabulary, with counts.", Urls.Terms, "terms", view);
    }
}
