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
        var view = new ListView
        {
            Title = "Groups",
            Intro = "Armed groups, coalitions, governments and mediators named in the sources, by kind.",
            Sections = sections,
            Count = c.Site.Groups.Count,
        };
        return c.Model("Groups", "Organisations that made, received or mediated ceasefire offers.", Urls.Groups, "groups", view);
    }
}
