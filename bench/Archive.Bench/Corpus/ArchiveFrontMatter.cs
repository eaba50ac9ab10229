namespace Archive.Bench.Corpus;

/// <summary>Front matter in Archive's content model (see shared/design/content-model.md), field by field.</summary>
internal static class ArchiveFrontMatter
{
    public static FrontMatter Article(ArticleSpec a) => new FrontMatter()
        .Text("title", a.Title)
        .Word("kind", a.Kind)
        .Text("source", a.Source)
        .Texts("authors", a.Authors)
        .Text("published", a.Published.Edtf)
        .Text("url", a.Url)
        .Word("rights", a.Rights == "full-text" ? null : a.Rights)
        .Words("groups", a.Groups)
        .Words("offers", a.Offers)
        .Text("summary", a.Summary)
        .Mappings("notes", [.. a.Notes.Select(n => new FrontMatter().Text("quote", n.Quote).Text("note", n.Note))]);

    public static FrontMatter Group(GroupSpec g) => new FrontMatter()
        .Text("name", g.Name)
        .Text("acronym", g.Acronym)
        .Texts("aliases", g.Aliases)
        .Word("kind", g.Kind)
        .Text("orientation", g.Orientation)
        .Words("member_of", g.MemberOf)
        .Mappings("relations", [.. g.Relations.Select(r => new FrontMatter().Word("type", r.Type).Word("group", r.Group).Text("note", r.Note))])
        .Text("active", g.ActiveSince)
        .Texts("regions", g.Regions)
        .Text("summary", g.Summary);

    public static FrontMatter Offer(OfferSpec o) => new FrontMatter()
        .Text("title", o.Title)
        .Text("date", o.Date.Edtf)
        .Word("form", o.Form)
        .Words("by", o.By)
        .Words("to", o.To)
        .Words("via", o.Via)
        .Texts("offered", o.Offered)
        .Texts("conditions", o.Conditions)
        .Text("timeframe", o.Timeframe)
        .Text("duration", o.Duration)
        .Word("status", o.Status)
        .Text("outcome", o.Outcome)
        .Mappings("events", [.. o.Events.Select(e => new FrontMatter().Text("date", e.Date.Edtf).Text("what", e.What).Word("source", e.Source))])
        .Mappings("responses", [.. o.Responses.Select(r => new FrontMatter().Word("by", r.By).Text("date", r.Date.Edtf).Word("stance", r.Stance).Word("source", r.Source))])
        .Mappings("disputes", [.. o.Disputes.Select(d => new FrontMatter().Text("about", d.About).Text("note", d.Note))])
        .Mappings("sources", [.. o.Sources.Select(s => new FrontMatter().Word("article", s.Article).Text("quote", s.Quote))]);
}
