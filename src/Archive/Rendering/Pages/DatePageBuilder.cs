using System.Globalization;
using Archive.Content.Dates;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/dates/2006/</c>, <c>/dates/2006/05/</c>, <c>/dates/2006/05/06/</c>: what happened in a year, month or day.</summary>
public static class DatePageBuilder
{
    public static PageModel Build(PageContext c, DatePage page)
    {
        var title = Title(page);
        var children = c.Site.Dates.Children(page)
            .Select(p => new LinkView(Title(p), p.Url, Labels.Plural(p.Entries.Count, "entry", "entries"))).ToList();
        var exact = page.Entries.Where(e => Precision(e.Point) == Level(page)).Select(c.Views.Entry).ToList();
        var finer = page.Entries.Where(e => Precision(e.Point) > Level(page)).Select(c.Views.Entry).ToList();
        var sections = new List<SectionView>();
        if (exact.Count > 0) sections.Add(new SectionView(page.IsDay ? "On this day" : $"Dated only to {title}", "dated-" + Level(page), exact));
        if (finer.Count > 0) sections.Add(new SectionView(page.IsYear ? "By month and day" : "By day", "within", finer));

        var siblings = c.Site.Dates.Pages.Where(p => Level(p) == Level(page)).ToList();
        var i = siblings.IndexOf(page);
        LinkView? Sibling(int j) => j >= 0 && j < siblings.Count ? new LinkView(Title(siblings[j]), siblings[j].Url) : null;
        var up = page.IsYear ? new LinkView("Timeline", Urls.Dates) : UpLink(page);

        var view = new ListView(title, null, sections, children, up, Sibling(i - 1), Sibling(i + 1), page.Entries.Count);
        var crumbs = new List<LinkView> { new("Timeline", Urls.Dates) };
        if (!page.IsYear) crumbs.Add(new LinkView(page.Year.ToString(CultureInfo.InvariantCulture), DateRoute.UrlFor(new EdtfPoint(page.Year))));
        if (page.IsDay) crumbs.Add(new LinkView(EdtfFormatter.MonthName(page.Month!.Value), DateRoute.UrlFor(new EdtfPoint(page.Year, page.Month))));
        return c.Model(title, $"Articles, offers and events dated {title}.", page.Url, "date", view, [.. crumbs]);
    }

    private static LinkView UpLink(DatePage page)
    {
        var parent = page.IsDay ? new EdtfPoint(page.Year, page.Month) : new EdtfPoint(page.Year);
        var url = DateRoute.UrlFor(parent);
        return new LinkView(EdtfFormatter.Format(parent), url);
    }

    public static string Title(DatePage p) =>
        p.IsDay ? EdtfFormatter.Format(new EdtfPoint(p.Year, p.Month, p.Day))
        : p.IsMonth ? EdtfFormatter.Format(new EdtfPoint(p.Year, p.Month))
        : p.Year.ToString(CultureInfo.InvariantCulture);

    private static int Level(DatePage p) => p.IsDay ? 2 : p.IsMonth ? 1 : 0;

    private static int Precision(EdtfPoint p) => p.Precision switch { DatePrecision.Day => 2, DatePrecision.Month => 1, _ => 0 };
}
