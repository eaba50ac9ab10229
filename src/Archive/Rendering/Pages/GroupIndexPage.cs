using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Figures;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>
/// <c>/groups/</c>: every organisation, by kind and by orientation, and the ties between them. Each of its lists shows
/// its first page; a longer one links to the whole of it, split into pages (<c>/groups/by/kind/armed-group/</c>,
/// <c>/groups/network/ties/</c>), so the index stays the same size however many groups the archive holds.
/// </summary>
public static class GroupIndexPage
{
    /// <summary>The groups of each kind, then of each recorded orientation, in the order the index shows them.</summary>
    public static IReadOnlyList<RecordList> Lists(Site s) => [.. KindLists(s), .. OrientationLists(s)];

    private static IEnumerable<RecordList> KindLists(Site s) =>
        s.Groups.GroupBy(g => g.Kind).OrderBy(g => g.Key).Select(kind =>
        {
            var groups = kind.ToList();
            return new RecordList(Urls.GroupKindAnchor(kind.Key), Labels.GroupKindPlural(kind.Key), groups.Count, ("group", "groups"),
                (c, p) => p.Slice(groups).Select(x => c.Views.Link(x) with { Detail = x.Orientation ?? x.Acronym }).ToList())
            {
                Address = Urls.GroupKindList(kind.Key),
                Intro = $"{Labels.Plural(groups.Count, "group")} of this kind in all; the groups index shows the first {s.Config.PageSize}.",
            };
        });

    private static IEnumerable<RecordList> OrientationLists(Site s)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        return s.Groups.Where(g => g.Orientation is not null).GroupBy(g => g.Orientation!, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase).ToList().Select(orientation =>
            {
                var groups = orientation.ToList();
                var name = groups[0].Orientation!;
                var slug = UniqueSlug(slugs, name);
                return new RecordList(slug, "Orientation: " + name, groups.Count, ("group", "groups"),
                    (c, p) => p.Slice(groups).Select(x => c.Views.Link(x) with { Detail = Labels.Of(x.Kind) }).ToList())
                {
                    Address = Urls.GroupOrientationList(slug),
                    Intro = $"{Labels.Plural(groups.Count, "group")} of this orientation in all; the groups index shows the first {s.Config.PageSize}.",
                };
            }).ToList();
    }

    // Two orientations may differ only in punctuation ("Shia Islamist", "Shia-Islamist"), or be written in a script
    // with no ASCII letters; each still needs an address of its own.
    private static string UniqueSlug(HashSet<string> taken, string text)
    {
        var slug = RecordId.Slugify(text);
        if (slug.Length == 0) slug = "orientation";
        var unique = slug;
        for (var n = 2; !taken.Add(unique); n++) unique = $"{slug}-{n}";
        return unique;
    }

    public static PageModel Build(PageContext c)
    {
        var size = c.Site.Config.PageSize;
        SectionView Section(RecordList l, string? anchor) => new()
        {
            Title = l.Heading,
            Anchor = anchor,
            Items = l.Items(c, l.First(Urls.Groups, size)),
            All = l.AllLink(Urls.Groups, size),
        };
        var orientations = OrientationLists(c.Site).ToList();
        var sections = KindLists(c.Site).Select(l => Section(l, l.Name)).Concat(orientations.Take(size).Select(l => Section(l, null))).ToList();
        var ties = NetworkFigure.Ties(c.Site);
        var view = new ListView
        {
            Title = "Groups",
            Intro = "Armed groups, coalitions, governments and mediators named in the sources: how they are tied, then by kind and by orientation.",
            Sections = sections,
            Count = c.Site.Groups.Count,
            Figure = NetworkFigure.ForSite(c.Site),
            FigureAnchor = Urls.NetworkAnchor,
            FigureCaption = $"Ties between groups: membership of coalitions and typed relations ({Labels.Plural(ties.Count, "tie")}). Each box links to its group; a dashed line is a tie the sources only report, believe or dispute. Every tie is also listed in words below.",
            FigureText = NetworkFigure.TextList(ties.Take(size).ToList()),
            FigureTextTitle = "Ties between groups, in words",
            MoreSections = orientations.Count > size ? new LinkView($"All {Labels.Plural(orientations.Count, "orientation")}", Urls.GroupOrientations) : null,
            FigureTextAll = ties.Count > size ? new LinkView($"All {Labels.Plural(ties.Count, "tie")} in words", Urls.GroupTies) : null,
        };
        return c.Model("Groups", "Organisations that made, received or mediated ceasefire offers.", Urls.Groups, "groups", view);
    }

    /// <summary>
    /// <c>/groups/by/orientation/</c>: the groups by recorded orientation, a page of orientations at a time, when there are
    /// more than the index shows (an orientation is free text, so there may be nearly one per group).
    /// </summary>
    public static PageModel Orientations(PageContext c, ListPage page)
    {
        var size = c.Site.Config.PageSize;
        var orientations = OrientationLists(c.Site).ToList();
        var groups = new LinkView("Groups", Urls.Groups);
        var view = new ListView
        {
            Title = page.Title("Groups by orientation"),
            Intro = $"{Labels.Plural(orientations.Count, "orientation")} recorded in all, as the groups’ records name them.",
            Sections = page.Slice(orientations).Select(l => new SectionView
            {
                Title = l.Heading,
                Items = l.Items(c, l.First(Urls.Groups, size)),
                All = l.AllLink(Urls.Groups, size),
            }).ToList(),
            Count = orientations.Count,
            Up = groups,
        };
        return page.On(c.Model(view.Title, view.Intro, page.Url, "record-list", view, [groups]));
    }

    /// <summary>The number of orientations the groups record, which is the length of <c>/groups/by/orientation/</c>.</summary>
    public static int OrientationCount(Site s) => OrientationLists(s).Count();

    /// <summary><c>/groups/network/ties/</c>: every tie between groups in words, a page at a time, when the index cannot list them all.</summary>
    public static PageModel Ties(PageContext c, ListPage page, IReadOnlyList<NetworkFigure.Tie> ties)
    {
        var groups = new LinkView("Groups", Urls.Groups);
        var pager = page.Pager();
        var view = new ListView
        {
            Title = page.Title("Ties between groups"),
            Intro = $"{Labels.Plural(ties.Count, "tie")} in all: membership of coalitions and typed relations, in words; the groups index draws those of the most connected groups.",
            Sections = [],
            Count = ties.Count,
            FigureAnchor = Urls.NetworkAnchor,
            FigureText = NetworkFigure.TextList(page.Slice(ties)),
            FigureTextTitle = pager is null ? "Ties between groups, in words"
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Ties {pager.FirstItem}–{pager.LastItem} of {ties.Count}"),
            Up = groups,
        };
        return page.On(c.Model(view.Title, view.Intro, page.Url, "record-list", view, [groups]));
    }
}
