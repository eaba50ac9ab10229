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

        var (previous, next) = Siblings(c.Site.Dates.Pages, page, level);
        LinkView? Sibling(DatePage? p) => p is null ? null : new LinkView(Title(p), p.Url);

        var view = new ListView
        {
            Title = list.Title(title),
            Sections = sections,
            Children = children,
            Up = page.IsYear ? new LinkView("Timeline", Urls.Dates) : UpLink(page),
            Previous = Sibling(previous),
            Next = Sibling(next),
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

    /// <summary>
    /// The pages of the same precision just before and after <paramref name="page"/> in <paramref name="pages"/> (in time
    /// order, years before their months before their days). Found from the page's place, not by listing every page of
    /// its precision: there are as many date pages as days with an entry, and each of them asks.
    /// </summary>
    private static (DatePage? Previous, DatePage? Next) Siblings(IReadOnlyList<DatePage> pages, DatePage page, DatePrecision level)
    {
        // A page not among them (a page of another build of the site) is before the first of each precision.
        var at = IndexOf(pages, page);
        DatePage? previous = null, next = null;
        for (var j = at - 1; j >= 0 && previous is null; j--)
        {
            if (Level(pages[j]) == level) previous = pages[j];
        }
        for (var j = at + 1; j < pages.Count && next is null; j++)
        {
            if (Level(pages[j]) == level) next = pages[j];
        }
        return (previous, next);
    }

    /// <summary>Where <paramref name="page"/> is in the ordered pages (each year, month and day has one page), by binary search.</summary>
    private static int IndexOf(IReadOnlyList<DatePage> pages, DatePage page)
    {
        static (int, int, int) Key(DatePage p) => (p.Year, p.Month ?? 0, p.Day ?? 0);
        var key = Key(page);
        var (low, high) = (0, pages.Count - 1);
        while (low <= high)
        {
            var mid = low + (high - low) / 2;
            var order = Key(pages[mid]).CompareTo(key);
            if (order == 0) return ReferenceEquals(pages[mid], page) || pages[mid] == page ? mid : -1;
            if (order < 0) low = mid + 1;
            else high = mid - 1;
        }
        return -1;
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
