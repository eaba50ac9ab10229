using System.Globalization;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/dates/</c>: every dated item, in sections by year.</summary>
public static class TimelinePage
{
    public static PageModel Build(PageContext c)
    {
        var sections = c.Site.Dates.Years
            .Select(y => new SectionView
            {
                Title = y.Year.ToString(CultureInfo.InvariantCulture),
                Anchor = Urls.YearAnchor(y.Year),
                Items = y.Entries.Select(c.Views.Entry).ToList(),
                Url = y.Url,
            })
            .ToList();
        var view = new ListView
        {
            Title = "Timeline",
            Intro = "Every dated item in the archive: articles published, offers made, and the steps that followed.",
            Sections = sections,
            Count = c.Site.Dates.All.Count,
        };
        return c.Model("Timeline", view.Intro, Urls.Dates, "timeline", view);
    }
}
