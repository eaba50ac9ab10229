using System.Globalization;
using Archive.Content.Dates;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>
/// <c>/dates/2006/</c>, <c>/dates/2006/05/</c>, <c>/dates/2006/05/06/</c>: what happened in a year, month or day; a long
/// one continues at <c>/dates/2006/page/2/</c>.
/// </summary>
public static class DatePageBuilder
{
    /// <summary>How many items a date page lists, which is how many it splits into pages.</summary>
    public static int ItemCount(DatePage page) => page.Entries.Count;

    public static PageModel Build(PageContext c, DatePage page, ListPage list)
    {
        var title = Title(page);
        var level = Level(page);
        var children = c.Site.Dates.Children(page)
            .Select(p => new LinkView(Title(p), p.Url) { Detail = Labels.Plural(p.Entries.Count, "entry", "entries") }).ToList();
        // Three sections in this order: entries of this page's own precision, finer ones, and groups becoming active
        // or ceasing. A long date page is split into pages across them, so a page shows the part of each it holds.
        var ordered = page.Entries.Where(e => e.Point.Precision == level && e.Kind != DatedEntryKind.Group).Select(e => (Section: 0, Entry: e))
            .Concat(page.Entries.Where(e => e.Point.Precision > level && e.Kind != DatedEntryKind.Group).Select(e => (Section: 1, Entry: e)))
            .Concat(page.Entries.Where(e => e.Kind == DatedEntryKind.Group).Select(e => (Section: 2, Entry: e)));
        var shown = list.Slice(ordered);
        List<LinkView> In(int section) => shown.Where(x => x.Section == section).Select(x => c.Views.Entry(x.Entry)).ToList();
        var exact = In(0);
        var finer = In(1);
        var groups = In(2);
        var sections = new List<SectionView>();
        if (exact.Count > 0)
        {
            sections.Add(new SectionView { Title = page.IsDay ? "On this day" : $"Dated only to {title}", Anchor = Urls.DatedOnlyAnchor(level), Items = exact });
        }
        if (finer.Count > 0)
        {
            sections.Add(new SectionView { Title = page.IsYear ? "By month and day" : "By day", Anchor = Urls.WithinAnchor, Items = finer });
        }
        if (groups.Count > 0) sections.Add(new SectionView { Title = "Groups become active and cease", Anchor = Urls.GroupActivityAnchor, Items = groups });

        var siblings = c.Site.Dates.Pages.Where(p => Level(p) == level).ToList();
        var i = siblings.IndexOf(page);
        LinkView? Sibling(int j) => j >= 0 && j < siblings.Count ? new LinkView(Title(siblings[j]), siblings[j].Url) : null;

        var view = new ListView
        {
            Title = list.Title(title),
            Sections = sections,
            Children = children,
            Up = page.IsYear ? new LinkView("Timeline", Urls.Dates) : UpLink(page),
            Previous = Sibling(i - 1),
            Next = Sibling(i + 1),
            Count = page.Entries.Count,
            Figure = page.IsYear && list.IsFirst ? Figures.TimelineFigure.ForYear(c.Site, page.Year) : SafeHtml.Empty,
            FigureAnchor = Urls.TimelineAnchor,
            FigureCaption = $"The offers of {title} by month; every mark is a link, and the same items are listed below.",
        };
        var crumbs = new List<LinkView> { new("Timeline", Urls.Dates) };
        if (!page.IsYear) crumbs.Add(new LinkView(page.Year.ToString(CultureInfo.InvariantCulture), Urls.Date(new EdtfPoint(page.Year))));
        if (page.IsDay) crumbs.Add(new LinkView(EdtfFormatter.MonthName(page.Month!.Value), Urls.Date(new EdtfPoint(page.Year, page.Month))));
        return list.On(c.Model(list.Title(title), $"Articles, offers and events dated {title}.", list.Url, "date", view, [.. crumbs]));
    }

    private static LinkView UpLink(DatePage page)
    {
        var parent = page.IsDay ? new EdtfPoint(page.Year, page.Month) : new EdtfPoint(page.Year);
        return new LinkView(EdtfFormatter.Format(parent), Urls.Date(parent));
    }

    public static string Title(DatePage p) =>
        p.IsDay ? EdtfFormatter.Format(new EdtfPoint(p.Year, p.Month, p.Day))
        : p.IsMonth ? EdtfFormatter.Format(new EdtfPoint(p.Year, p.Month))
        : p.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The precision of the page itself: a day page lists day-dated entries as its own.</summary>
    private static DatePrecision Level(DatePage p) => p.IsDay ? DatePrecision.Day : p.IsMonth ? DatePrecision.Month : DatePrecision.Year;
}
