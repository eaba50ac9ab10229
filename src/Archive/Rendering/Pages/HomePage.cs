using System.Globalization;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/</c>: introduction, latest offers, the timeline by year, groups at a glance (a page of each kind at most).</summary>
public static class HomePage
{
    public static PageModel Build(PageContext c)
    {
        var site = c.Site;
        var view = new HomeView
        {
            Title = site.Config.Title,
            Intro = site.Config.Description,
            LatestOffers = site.Offers.Reverse().Take(6).Select(c.Views.Link).ToList(),
            LatestArticles = site.Articles.Take(5).Select(c.Views.Link).ToList(),
            Years = site.Dates.Years
                .Select(y => new LinkView(y.Year.ToString(CultureInfo.InvariantCulture), y.Url) { Detail = Labels.Plural(y.Entries.Count, "entry", "entries") })
                .ToList(),
            GroupsByKind = site.Groups.GroupBy(g => g.Kind).OrderBy(g => g.Key)
                .Select(g => new SectionView
                {
                    Title = Labels.GroupKindPlural(g.Key),
                    Items = g.Take(site.Config.PageSize).Select(c.Views.Link).ToList(),
                    Url = Urls.GroupKind(g.Key),
                    All = g.Count() > site.Config.PageSize ? new LinkView($"All {Labels.Plural(g.Count(), "group")}", Urls.GroupKindList(g.Key)) : null,
                })
                .ToList(),
            Pages = site.Pages.Select(c.Views.Link).ToList(),
            LatestNotes = site.ArticlesChronological.AsEnumerable().Reverse()
                .SelectMany(a => site.QuotesIn(a.Id).Where(q => q.CitedByKind == CitedByKind.Note))
                .Take(5).Select(c.Views.Quote).ToList(),
            ArticleCount = site.Articles.Count,
            GroupCount = site.Groups.Count,
            OfferCount = site.Offers.Count,
            Timeline = Figures.TimelineFigure.ForSite(site),
            Terms = site.Vocabulary.All.Where(t => site.Vocabulary.OffersUnder(t.Id).Count > 0)
                .Select(t => c.Views.Link(t) with { Detail = Labels.Plural(site.Vocabulary.OffersUnder(t.Id).Count, "offer") }).ToList(),
        };
        return c.Model(site.Config.Title, site.Config.Description, Urls.Home, "home", view);
    }
}
