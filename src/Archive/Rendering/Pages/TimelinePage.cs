using System.Globalization;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/dates/</c>: every dated item, in sections by year.</summary>
public static class TimelinePage
{
    public static PageModel Build(PageContext c)
    {
        // Groups becoming active or ceasing are context, not events of the offers: they get their own section.
        var sections = c.Site.Dates.Years
            .Select(y => new SectionView
            {
                Title = y.Year.ToString(CultureInfo.InvariantCulture),
                Anchor = Urls.YearAnchor(y.Year),
                Items = y.Entries.Where(e => e.Kind != DatedEntryKind.Group).Select(c.Views.Entry).ToList(),
                Url = y.Url,
            })
            .Where(s => s.Items.Count > 0)
            .ToList();
        var groups = c.Site.Dates.All.Where(e => e.Kind == DatedEntryKind.Group).Select(c.Views.Entry).ToList();
        if (groups.Count > 0) sections.Add(new SectionView { Title = "Groups become active and cease", Anchor = Urls.GroupActivityAnchor, Items = groups });
        var view = new ListView
        {
            Title = "Timeline",
            Intro = "Every dated item in the archive: articles published, offers made, and the steps that followed.",
            Sections = sections,
            Count = c.Site.Dates.All.Count,
            Figure = Figures.TimelineFigure.ForSite(c.Site),
            FigureAnchor = Urls.TimelineAnchor,
            FigureCaption = "Offers by offering side; a dashed range is a date known only to a month or year, or approximate. Every mark is a link; the same items are listed below, by year.",
        };
        return c.Model("Timeline", view.Intro, Urls.Dates, "timeline", view);
    }
}
