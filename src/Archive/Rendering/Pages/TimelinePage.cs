using System.Globalization;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/dates/</c>, <c>/dates/page/2/</c>…: every dated item, in sections by year, a page at a time.</summary>
public static class TimelinePage
{
    /// <summary>
    /// What the timeline lists, in order: each year's articles, offers and steps, then groups becoming active or ceasing,
    /// which are context rather than events of the offers and get their own section. The year is null for those.
    /// </summary>
    public static IReadOnlyList<(DatePage? Year, DatedEntry Entry)> Items(Site site) =>
        site.Dates.Years.SelectMany(y => y.Entries.Where(e => e.Kind != DatedEntryKind.Group).Select(e => ((DatePage?)y, e)))
            .Concat(site.Dates.All.Where(e => e.Kind == DatedEntryKind.Group).Select(e => ((DatePage?)null, e)))
            .ToList();

    public static PageModel Build(PageContext c, ListPage page, IReadOnlyList<(DatePage? Year, DatedEntry Entry)> items)
    {
        var sections = page.Slice(items).GroupBy(x => x.Year?.Year)
            .Select(g => g.Key is { } year
                ? new SectionView
                {
                    Title = year.ToString(CultureInfo.InvariantCulture),
                    Anchor = Urls.YearAnchor(year),
                    Items = g.Select(x => c.Views.Entry(x.Entry)).ToList(),
                    Url = g.First().Year!.Url,
                }
                : new SectionView { Title = "Groups become active and cease", Anchor = Urls.GroupActivityAnchor, Items = g.Select(x => c.Views.Entry(x.Entry)).ToList() })
            .ToList();
        var view = new ListView
        {
            Title = page.Title("Timeline"),
            Intro = "Every dated item in the archive: articles published, offers made, and the steps that followed.",
            Sections = sections,
            Count = c.Site.Dates.All.Count,
            // The drawing covers the whole archive, so it is drawn once, on the first page.
            Figure = page.IsFirst ? Figures.TimelineFigure.ForSite(c.Site) : SafeHtml.Empty,
            FigureAnchor = Urls.TimelineAnchor,
            FigureCaption = "Offers by offering side; a dashed range is a date known only to a month or year, or approximate. Every mark is a link; the same items are listed below, by year.",
        };
        return page.On(c.Model(view.Title, view.Intro, page.Url, "timeline", view));
    }
}
