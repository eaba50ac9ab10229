namespace Archive.Bench.Corpus;

/// <summary>
/// Hugo's copy of the front matter: a plain <c>date</c> (the first day of an EDTF period; the EDTF text is kept as
/// <c>edtf</c>), taxonomy fields for groups, offers, years, months and days, and the rest as page params under
/// names Hugo does not reserve (<c>url</c> and <c>kind</c> would change Hugo's behaviour, so they are renamed).
/// Groups and offers are taxonomy terms whose pages carry the record, as Hugo sites do it.
/// </summary>
internal static class HugoFrontMatter
{
    private static readonly string[] CiteOutputs = ["html", "bib", "ris", "csljson"];

    public static FrontMatter Article(ArticleSpec a) => Dated(new FrontMatter()
            .Text("title", a.Title)
            .Word("date", a.Published.HugoDate)
            .Text("description", a.Summary), a.Published)
        .Words("groups", a.Groups)
        .Words("offers", a.Offers)
        .Text("edtf", a.Published.Edtf)
        .Word("article_kind", a.Kind)
        .Text("outlet", a.Source)
        .Texts("authors", a.Authors)
        .Text("source_url", a.Url)
        .Word("rights", a.Rights)
        .Mappings("notes", [.. a.Notes.Select(n => new FrontMatter().Text("quote", n.Quote).Text("note", n.Note))]);

    public static FrontMatter Group(GroupSpec g) => new FrontMatter()
        .Text("title", g.Name)
        .Text("description", g.Summary)
        .Text("acronym", g.Acronym)
        .Texts("other_names", g.Aliases)
        .Word("group_kind", g.Kind)
        .Text("orientation", g.Orientation)
        .Words("member_of", g.MemberOf)
        .Mappings("relations", [.. g.Relations.Select(r => new FrontMatter().Word("type", r.Type).Word("group", r.Group).Text("note", r.Note))])
        .Text("active", g.ActiveSince)
        .Texts("regions", g.Regions)
        .Words("outputs", CiteOutputs);

    public static FrontMatter Offer(OfferSpec o) => new FrontMatter()
        .Text("title", o.Title)
        .Word("date", o.Date.HugoDate)
        .Text("edtf", o.Date.Edtf)
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
        .Mappings("sources", [.. o.Sources.Select(s => new FrontMatter().Word("article", s.Article).Text("quote", s.Quote))])
        .Words("outputs", CiteOutputs);

    public static FrontMatter Page(PageSpec p) => new FrontMatter()
        .Text("title", p.Title)
        .Text("description", p.Summary)
        .Text("url", $"/{p.Id}/")
        .Words("outputs", ["html"]);

    /// <summary>The list pages' own files: titles for the sections and taxonomies, and no page for the free pages' folder.</summary>
    public static IEnumerable<(string Path, FrontMatter Front)> Sections() =>
    [
        ("_index.md", new FrontMatter().Text("title", "Benchmark Archive")),
        ("articles/_index.md", new FrontMatter().Text("title", "Articles")),
        ("groups/_index.md", new FrontMatter().Text("title", "Groups")),
        ("offers/_index.md", new FrontMatter().Text("title", "Offers")),
        ("years/_index.md", new FrontMatter().Text("title", "Timeline")),
        ("pages/_index.md", new FrontMatter().Text("title", "Pages").Map("_build", new FrontMatter().Word("render", "never"))),
    ];

    private static FrontMatter Dated(FrontMatter front, EdtfDay date) => front
        .Texts("years", [date.YearTerm])
        .Texts("months", date.MonthTerm is { } m ? [m] : [])
        .Texts("days", date.DayTerm is { } d ? [d] : []);
}
