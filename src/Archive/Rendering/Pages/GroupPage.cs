using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/groups/&lt;id&gt;/</c>: the profile and everything that refers to the group.</summary>
public static class GroupPage
{
    public static PageModel Build(PageContext c, Group g)
    {
        var v = c.Views;
        var s = c.Site;
        var relations = g.Relations.Where(r => s.Group(r.Group.Id) is not null)
            .Select(r => new RelationView(Labels.Humanize(r.Type), v.Link(s.Group(r.Group.Id)!), v.DateOrNull(r.Since), r.Note))
            .Concat(s.RelationsTo(g.Id).Select(x => new RelationView(Inverse(x.Relation.Type), v.Link(x.From), v.DateOrNull(x.Relation.Since), x.Relation.Note)))
            .ToList();
        var responses = s.ResponsesBy(g.Id)
            .Select(x => v.Link(x.Offer) with { Detail = Labels.Humanize(x.Response.Stance) }).ToList();
        var view = new GroupView(
            g.Id, g.Name, g.NameNative, g.Acronym, g.Aliases, Labels.Humanize(g.Kind), g.Orientation,
            g.Active?.Start is { } start ? v.Date(start) : null,
            g.Active?.End is { } end ? v.Date(end) : null,
            g.Active is null ? null : Content.Dates.EdtfFormatter.Format(g.Active),
            g.Regions, g.Summary, c.Bodies.Render(g.Body),
            v.Groups(g.MemberOf.Select(c => c.Group)),
            s.Members(g.Id).Select(v.Link).ToList(),
            relations,
            s.OffersBy(g.Id).Select(v.Link).ToList(),
            s.OffersTo(g.Id).Select(v.Link).ToList(),
            s.OffersVia(g.Id).Select(v.Link).ToList(),
            responses,
            s.ArticlesAbout(g.Id).Select(v.Link).ToList(),
            s.MentionedIn(g.Id).Select(v.Link).ToList(),
            Urls.GroupFeed(g.Id));
        var model = c.Model(g.Name, g.Summary, Urls.Group(g.Id), "group", view, new LinkView("Groups", Urls.Groups));
        return c.ForRecord(model, Metadata.HeadMetadata.ForGroup(s, g, c.Absolute(Urls.Group(g.Id))), g.File,
            RecordCitations.Page(c, g.Id, g.Name, Urls.Group(g.Id), g.File, g.Summary));
    }

    /// <summary>How a relation reads from the other side: if A is a splinter of B, B's page says "splinter: A".</summary>
    private static string Inverse(string type) => type switch
    {
        "splinter-of" => "Has splinter",
        "merged-into" => "Absorbed",
        "front-for" => "Has front",
        _ => Labels.Humanize(type),
    };
}
