using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/</c>: introduction, latest offers, the timeline by year, groups at a glance.</summary>
public static class HomePage
{
    public static PageModel Build(PageContext c)
    {
        var site = c.Site;
        var years = site.Dates.Years.Select(y => new LinkView(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Url,
            Labels.Plural(y.Entries.Count, "entry", "entries"))).ToList();
        var kinds = site.Groups.GroupBy(g => g.Kind)
            .OrderBy(g => Content.ContentVocabulary.GroupKinds.ToList().IndexOf(g.Key))
            .Select(g => new SectionView(Labels.GroupKindPlural(g.Key), null, g.Select(c.Views.Link).ToList(), Urls.Groups + "#" + g.Key))
            .ToList();
        var notes = site.ArticlesChronological.AsEnumerable().Reverse()
            .SelectMany(a => site.QuotesIn(a.Id).Where(q => q.CitedByKind == "note"))
            .Take(5).Select(c.Views.Quote).ToList();
        var view = new HomeView(site.Config.Title, site.Config.Description,
            site.Offers.Reverse().Take(6).Select(c.Views.Link).ToList(),
            site.Articles.Take(5).Select(c.Views.Link).ToList(),
            years, kinds, site.Pages.Select(c.Views.Link).ToList(), notes,
            site.Articles.Count, site.Groups.Count, site.Offers.Count);
        return c.Model(site.Config.Title, site.Config.Description, Urls.Home, "home", view);
    }
}
