using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/groups/</c>: every organisation, by kind.</summary>
public static class GroupIndexPage
{
    public static PageModel Build(PageContext c)
    {
        var sections = c.Site.Groups.GroupBy(g => g.Kind).OrderBy(g => g.Key)
            .Select(g => new SectionView
            {
                Title = Labels.GroupKindPlural(g.Key),
                Anchor = Urls.GroupKindAnchor(g.Key),
                Items = g.Select(x => c.Views.Link(x) with { Detail = x.Orientation ?? x.Acronym }).ToList(),
            })
            .ToList();
        // Then by orientation, for the groups that record one.
        sections.AddRange(c.Site.Groups.Where(g => g.Orientation is not null).GroupBy(g => g.Orientation!, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SectionView
            {
                Title = "Orientation: " + g.First().Orientation,
                Items = g.Select(x => c.Views.Link(x) with { Detail = Labels.Of(x.Kind) }).ToList(),
            }));
        var ties = Figures.NetworkFigure.Ties(c.Site);
        var view = new ListView
        {
            Title = "Groups",
            Intro = "Armed groups, coalitions, governments and mediators named in the sources: how they are tied, then by kind and by orientation.",
            Sections = sections,
            Count = c.Site.Groups.Count,
            Figure = Figures.NetworkFigure.ForSite(c.Site),
            FigureAnchor = Urls.NetworkAnchor,
            FigureCaption = $"Ties between groups: membership of coalitions and typed relations ({Labels.Plural(ties.Count, "tie")}). Each box links to its group; a dashed line is a tie the sources only report, believe or dispute. Every tie is also listed in words below.",
            FigureText = Figures.NetworkFigure.TextList(ties),
            FigureTextTitle = "Ties between groups, in words",
        };
        return c.Model("Groups", "Organisations that made, received or mediated ceasefire offers.", Urls.Groups, "groups", view);
    }
}
