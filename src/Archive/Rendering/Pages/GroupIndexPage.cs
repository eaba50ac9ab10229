using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/groups/</c>: every organisation, by kind.</summary>
public static class GroupIndexPage
{
    public static PageModel Build(PageContext c)
    {
        var order = ContentVocabulary.GroupKinds.ToList();
        var sections = c.Site.Groups.GroupBy(g => g.Kind).OrderBy(g => order.IndexOf(g.Key))
            .Select(g => new SectionView(Labels.GroupKindPlural(g.Key), g.Key,
                g.Select(x => c.Views.Link(x) with { Detail = x.Orientation ?? x.Acronym }).ToList()))
            .ToList();
        var view = new ListView("Groups", "Armed groups, coalitions, governments and mediators named in the sources, by kind.",
            sections, [], null, null, null, c.Site.Groups.Count);
        return c.Model("Groups", "Organisations that made, received or mediated ceasefire offers.", Urls.Groups, "groups", view);
    }
}
