using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/dates/</c>: every dated item, in sections by year.</summary>
public static class TimelinePage
{
    public static PageModel Build(PageContext c)
    {
        var sections = c.Site.Dates.Years
            .Select(y => new SectionView(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "y" + y.Year,
                y.Entries.Select(c.Views.Entry).ToList(), y.Url))
            .ToList();
        var view = new ListView("Timeline", "Every dated item in the archive: articles published, offers made, and the steps that followed.",
            sections, [], null, null, null, c.Site.Dates.All.Count);
        return c.Model("Timeline", view.Intro, Urls.Dates, "timeline", view);
    }
}
