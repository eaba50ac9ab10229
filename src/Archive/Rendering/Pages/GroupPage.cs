using Archive.Content;
using Archive.Content.Dates;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/groups/&lt;id&gt;/</c>: the profile and everything that refers to the group.</summary>
public static class GroupPage
{
    /// <summary>
    /// The group's lists that grow with the archive, in the order the page shows them. The page shows a page of each;
    /// a longer one links to its own pages (<c>/groups/&lt;id&gt;/articles/</c>).
    /// </summary>
    public static IReadOnlyList<RecordList> Lists(Site s, Group g)
    {
        LinkView Tied(PageContext c, Tie<Offer> t) => c.Views.Tie(c.Views.Link(t.Record), t.Claim) is { Certainty: { } certainty } tie
            ? tie.Link with { Detail = $"{tie.Link.Detail} · {certainty}" } : c.Views.Link(t.Record);
        LinkView Member(PageContext c, Tie<Group> t) => c.Views.Tie(c.Views.Link(t.Record), t.Claim) is { Certainty: { } certainty } tie
            ? tie.Link with { Detail = tie.Link.Detail is null ? certainty : $"{tie.Link.Detail} · {certainty}" } : c.Views.Link(t.Record);
        return
        [
            new(OffersMade, $"Offers made by {g.Name}", s.OfferTiesBy(g.Id).Count(), ("offer", "offers"),
                (c, p) => p.Slice(s.OfferTiesBy(g.Id)).Select(t => Tied(c, t)).ToList()),
            new(OffersAddressed, $"Offers addressed to {g.Name}", s.OfferTiesTo(g.Id).Count(), ("offer", "offers"),
                (c, p) => p.Slice(s.OfferTiesTo(g.Id)).Select(t => Tied(c, t)).ToList()),
            new(OffersMediated, $"Offers {g.Name} mediated or carried", s.OfferTiesVia(g.Id).Count(), ("offer", "offers"),
                (c, p) => p.Slice(s.OfferTiesVia(g.Id)).Select(t => Tied(c, t)).ToList()),
            new(Responses, $"Responses of {g.Name} to offers", s.ResponsesBy(g.Id).Count(), ("response", "responses"),
                (c, p) => p.Slice(s.ResponsesBy(g.Id)).Select(x => c.Views.Link(x.Offer) with { Detail = Labels.Of(x.Response.Stance) }).ToList()),
            new(ArticlesAbout, $"Articles about {g.Name}", s.ArticlesAbout(g.Id).Count(), ("article", "articles"),
                (c, p) => p.Slice(s.ArticlesAbout(g.Id)).Select(c.Views.Link).ToList()),
            new(MentionedIn, $"Articles mentioning {g.Name}", s.MentionedIn(g.Id).Count(), ("article", "articles"),
                (c, p) => p.Slice(s.MentionedIn(g.Id)).Select(c.Views.Link).ToList()),
            new(Members, $"Members of {g.Name}", s.MemberTies(g.Id).Count(), ("member", "members"),
                (c, p) => p.Slice(s.MemberTies(g.Id)).Select(t => Member(c, t)).ToList()),
        ];
    }

    // The lists' section ids on the group page, and their addresses below it.
    private const string OffersMade = "offers-made";
    private const string OffersAddressed = "offers-addressed";
    private const string OffersMediated = "offers-mediated";
    private const string Responses = "responses";
    private const string ArticlesAbout = "articles";
    private const string MentionedIn = "mentioned-in";
    private const string Members = "members";

    public static PageModel Build(PageContext c, Group g)
    {
        var v = c.Views;
        var s = c.Site;
        var size = s.Config.PageSize;
        var url = Urls.Group(g.Id);
        var lists = Lists(s, g).ToDictionary(l => l.Name, StringComparer.Ordinal);
        LinkView? All(string list) => lists[list].AllLink(url, size);
        var relations = g.Relations.Where(r => s.Group(r.Group.Id) is not null)
            .Select(r => Relation(v, Labels.Of(r.Type), v.Link(s.Group(r.Group.Id)!), r,
                Urls.ClaimEntryAnchor(Codes.Of(r.Type), r.Group.Id)))
            .Concat(s.RelationsTo(g.Id).Select(x => Relation(v, Inverse(x.Relation.Type), v.Link(x.From), x.Relation, null)))
            .ToList();
        var view = new GroupView
        {
            Id = g.Id,
            Name = g.Name,
            NameNative = g.NameNative,
            Acronym = g.Acronym,
            Aliases = g.Aliases,
            Kind = Labels.Of(g.Kind),
            Orientation = g.Orientation,
            ActiveFrom = g.Active?.Start is { } start ? v.Date(start) : null,
            ActiveUntil = g.Active?.End is { } end ? v.Date(end) : null,
            ActiveText = g.Active is null ? null : EdtfFormatter.Format(g.Active),
            Regions = g.Regions,
            Summary = g.Summary,
            Body = c.Body(g.Body),
            MemberOf = v.Ties(g.MemberOf, "member_of"),
            Members = s.MemberTies(g.Id).Take(size).Select(t => v.Tie(v.Link(t.Record), t.Claim)).ToList(),
            MembersAll = All(Members),
            Relations = relations,
            OffersMade = s.OfferTiesBy(g.Id).Take(size).Select(t => v.Tie(v.Link(t.Record), t.Claim)).ToList(),
            OffersAddressed = s.OfferTiesTo(g.Id).Take(size).Select(t => v.Tie(v.Link(t.Record), t.Claim)).ToList(),
            OffersMediated = s.OfferTiesVia(g.Id).Take(size).Select(t => v.Tie(v.Link(t.Record), t.Claim)).ToList(),
            Responses = s.ResponsesBy(g.Id).Take(size).Select(x => v.Link(x.Offer) with { Detail = Labels.Of(x.Response.Stance) }).ToList(),
            ArticlesAbout = s.ArticlesAbout(g.Id).Take(size).Select(v.Link).ToList(),
            MentionedIn = s.MentionedIn(g.Id).Take(size).Select(v.Link).ToList(),
            OffersMadeAll = All(OffersMade),
            OffersAddressedAll = All(OffersAddressed),
            OffersMediatedAll = All(OffersMediated),
            ResponsesAll = All(Responses),
            ArticlesAboutAll = All(ArticlesAbout),
            MentionedInAll = All(MentionedIn),
            Network = Figures.NetworkFigure.ForGroup(s, g),
            NetworkText = Figures.NetworkFigure.TextList(Figures.NetworkFigure.DrawnTies(s, g)),
            Identifiers = v.Identifiers(g.Identifiers),
        };
        var model = c.Model(g.Name, g.Summary, Urls.Group(g.Id), "group", view, new LinkView("Groups", Urls.Groups));
        model = model with { Page = model.Page with { Alternates = [c.SiteFeed, new($"{g.Name}: offers and articles", Urls.GroupFeed(g.Id), PageContext.AtomType)] } };
        return c.ForRecord(SearchEntries.With(model, SearchEntries.ForGroup(g)), Metadata.HeadMetadata.ForGroup(s, g, c.Absolute(Urls.Group(g.Id))), g.File,
            RecordCitations.Page(c, g.Id, g.Name, Urls.Group(g.Id), g.File, g.Summary));
    }

    private static RelationView Relation(ViewFactory v, string label, LinkView other, GroupRelation r, string? anchor) => new()
    {
        Label = label,
        Group = other,
        Tie = v.Tie(other, r.Claim, anchor),
        Since = v.DateOrNull(r.Since),
        Note = r.Note,
    };

    /// <summary>How a relation reads from the other side: if A is a splinter of B, B's page says "Has splinter: A".</summary>
    private static string Inverse(RelationType type) => type switch
    {
        RelationType.SplinterOf => "Has splinter",
        RelationType.MergedInto => "Absorbed",
        RelationType.FrontFor => "Has front",
        _ => Labels.Of(type),
    };
}
