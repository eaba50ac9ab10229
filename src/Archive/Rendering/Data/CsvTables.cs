using System.Globalization;
using Archive.Content;
using Archive.Linking;

namespace Archive.Rendering.Data;

/// <summary>
/// The CSV downloads, one table each, joined by id like a relational database: <c>articles</c>, <c>offers</c> and
/// <c>groups</c> and <c>terms</c> (one row per record), and the long tables that tie them: <c>offer-parties</c> (who made, received or
/// carried each offer, with the certainty and evidence), <c>offer-sources</c> (each offer's quoted sources) and
/// <c>group-ties</c> (memberships and relations between groups). Lists in a cell are joined with <c>; </c>.
/// </summary>
public static class CsvTables
{
    private const string Sep = "; ";

    private static string Join(IEnumerable<string> items) => string.Join(Sep, items);

    private static string Ids(IEnumerable<Ref> refs) => Join(refs.Select(r => r.Id));

    private static string Ids(IEnumerable<Claim> claims) => Join(claims.Select(c => c.Group.Id).Distinct(StringComparer.Ordinal));

    private static string Identifiers(IEnumerable<Identifier> identifiers) => Join(identifiers.Select(i => $"{i.Scheme}:{i.Value}"));

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static readonly CsvTable<Article> Articles = new("articles", "Articles",
        "The source documents: one row per article. The text itself is in articles.json.",
        [
            new("id", "string", "The article's id (its file name).", (c, a) => a.Id),
            new("page_url", "string", "The article's page in the archive.", (c, a) => c.Absolute(Urls.Article(a.Id))),
            new("title", "string", "The headline as published.", (c, a) => a.Title),
            new("kind", "string", "news, wire, analysis, opinion, blog, statement or document.", (c, a) => Codes.Of(a.Kind)),
            new("source", "string", "The publication or outlet.", (c, a) => a.Source),
            new("authors", "string", "The bylines, joined with “; ”.", (c, a) => Join(a.Authors)),
            new("published", "string", "First publication as an EDTF date (2006, 2006-06, 2006-06-28?).", (c, a) => DataContext.Edtf(a.Published)),
            new("published_start", "date", "The first day published can mean.", (c, a) => DataContext.StartDay(a.Published)),
            new("published_end", "date", "The last day published can mean.", (c, a) => DataContext.EndDay(a.Published)),
            new("updated", "string", "The last update the source shows (EDTF).", (c, a) => DataContext.Edtf(a.Updated)),
            new("url", "string", "The original address.", (c, a) => a.Url),
            new("archived_url", "string", "A web-archive copy.", (c, a) => a.ArchivedUrl),
            new("retrieved", "string", "When the text entered the archive (EDTF).", (c, a) => DataContext.Edtf(a.Retrieved)),
            new("rights", "string", "How much the archive reproduces: full-text, excerpt or metadata-only.", (c, a) => Codes.Of(a.Rights)),
            new("language", "string", "The text's language (BCP 47).", (c, a) => a.Language),
            new("groups", "string", "Ids of the groups it is about, joined with “; ” (see groups.csv).", (c, a) => Ids(a.Groups)),
            new("offers", "string", "Ids of the offers it reports, joined with “; ” (see offers.csv).", (c, a) => Join(c.Site.OffersReportedIn(a.Id).Select(o => o.Id))),
            new("terms", "string", "Ids of the terms it is filed under, joined with “; ” (see terms.csv).", (c, a) => Ids(a.Terms)),
            new("summary", "string", "The editors' one-paragraph summary.", (c, a) => a.Summary),
            new("note_count", "integer", "How many editors' notes are anchored in the text.", (c, a) => Count(c.Site.QuotesIn(a.Id).Count(q => q.Role == QuoteRole.Note))),
            new("text_sha256", "string", "The SHA-256 of the text as captured.", (c, a) => a.TextSha256),
            new("last_updated", "date", "When the record's file last changed (from git).", (c, a) => c.LastUpdated(a.File)),
        ],
        ["id"], [],
        c => c.Site.Articles.OrderBy(a => a.Id, StringComparer.Ordinal));

    public static readonly CsvTable<Offer> Offers = new("offers", "Offers",
        "Ceasefire and truce offers: one row per offer. Who took part, with certainty and evidence, is in offer-parties.csv; the quoted sources in offer-sources.csv.",
        [
            new("id", "string", "The offer's id (its file name).", (c, o) => o.Id),
            new("page_url", "string", "The offer's page in the archive.", (c, o) => c.Absolute(Urls.Offer(o.Id))),
            new("title", "string", "A short description.", (c, o) => o.Title),
            new("date", "string", "When it was made or announced, as an EDTF date.", (c, o) => DataContext.Edtf(o.Date)),
            new("date_start", "date", "The first day date can mean.", (c, o) => DataContext.StartDay(o.Date)),
            new("date_end", "date", "The last day date can mean.", (c, o) => DataContext.EndDay(o.Date)),
            new("reported", "string", "When it was first reported, where that differs (EDTF).", (c, o) => DataContext.Edtf(o.Reported)),
            new("form", "string", "unilateral-declaration, conditional-offer, proposal-via-intermediary, negotiated-proposal or reported-offer.", (c, o) => Codes.Of(o.Form)),
            new("status", "string", "reported, proposed, negotiated, unanswered, rejected, broken-off, accepted, partially-held or lapsed.", (c, o) => Codes.Of(o.Status)),
            new("by", "string", "Ids of the groups that made it, joined with “; ” (certainty in offer-parties.csv).", (c, o) => Ids(o.By)),
            new("to", "string", "Ids of the groups it was addressed to, joined with “; ”.", (c, o) => Ids(o.To)),
            new("via", "string", "Ids of the mediators and channels, joined with “; ”.", (c, o) => Ids(o.Via)),
            new("offered", "string", "What the offering side would do, joined with “; ”.", (c, o) => Join(o.Offered)),
            new("conditions", "string", "What it demanded, joined with “; ”.", (c, o) => Join(o.Conditions)),
            new("terms", "string", "Ids of the terms it is filed under (what it demanded and offered), joined with “; ” (see terms.csv).", (c, o) => Ids(o.Terms)),
            new("timeframe", "string", "E.g. “two years”.", (c, o) => o.Timeframe),
            new("duration", "string", "E.g. “open-ended”.", (c, o) => o.Duration),
            new("outcome", "string", "What became of it.", (c, o) => o.Outcome),
            new("event_count", "integer", "How many dated steps its record lists.", (c, o) => Count(o.Events.Count)),
            new("response_count", "integer", "How many responses its record lists.", (c, o) => Count(o.Responses.Count)),
            new("dispute_count", "integer", "On how many points its sources disagree.", (c, o) => Count(o.Disputes.Count)),
            new("source_count", "integer", "How many quoted sources report it.", (c, o) => Count(o.Sources.Count)),
            new("identifiers", "string", "Its ids in other datasets as scheme:id, joined with “; ” (e.g. pax:1234).", (c, o) => Identifiers(o.Identifiers)),
            new("last_updated", "date", "When the record's file last changed (from git).", (c, o) => c.LastUpdated(o.File)),
        ],
        ["id"], [],
        c => c.Site.Offers.OrderBy(o => o.Id, StringComparer.Ordinal));

    public static readonly CsvTable<Group> Groups = new("groups", "Groups",
        "Organisations: armed groups, coalitions, governments, mediators. One row per group; memberships and relations with their evidence are in group-ties.csv.",
        [
            new("id", "string", "The group's id (its file name).", (c, g) => g.Id),
            new("page_url", "string", "The group's page in the archive.", (c, g) => c.Absolute(Urls.Group(g.Id))),
            new("name", "string", "The most common English name.", (c, g) => g.Name),
            new("name_native", "string", "The name in its original script.", (c, g) => g.NameNative),
            new("acronym", "string", "E.g. KH.", (c, g) => g.Acronym),
            new("aliases", "string", "Other names, joined with “; ”.", (c, g) => Join(g.Aliases)),
            new("kind", "string", "armed-group, coalition, militia, government, state-body, mediator, political-party or other.", (c, g) => Codes.Of(g.Kind)),
            new("orientation", "string", "E.g. “Iran-backed Shia militia”.", (c, g) => g.Orientation),
            new("member_of", "string", "Ids of the coalitions it belongs to, joined with “; ” (certainty in group-ties.csv).", (c, g) => Ids(g.MemberOf)),
            new("active", "string", "When it was active, as an EDTF date or interval (2003/..).", (c, g) => DataContext.Edtf(g.Active)),
            new("active_start", "date", "The first day active can mean.", (c, g) => DataContext.StartDay(g.Active)),
            new("active_end", "date", "The last day active can mean; empty while it is still active.", (c, g) => DataContext.EndDay(g.Active)),
            new("regions", "string", "Provinces or cities where it operates, joined with “; ”.", (c, g) => Join(g.Regions)),
            new("identifiers", "string", "Its ids in other datasets as scheme:id, joined with “; ” (e.g. wikidata:Q1234).", (c, g) => Identifiers(g.Identifiers)),
            new("summary", "string", "The editors' one-paragraph summary.", (c, g) => g.Summary),
            new("last_updated", "date", "When the record's file last changed (from git).", (c, g) => c.LastUpdated(g.File)),
        ],
        ["id"], [],
        c => c.Site.Groups.OrderBy(g => g.Id, StringComparer.Ordinal));

    public static readonly CsvTable<(Offer Offer, string Role, Claim Claim)> OfferParties = new("offer-parties", "Offer parties",
        "Who made, received or carried each offer: one row per offer, role and group, with how firmly a source supports it and in which words.",
        [
            new("offer_id", "string", "The offer (see offers.csv).", (c, x) => x.Offer.Id),
            new("role", "string", "by (made it), to (addressed to) or via (mediator or channel).", (c, x) => x.Role),
            new("group_id", "string", "The group (see groups.csv).", (c, x) => x.Claim.Group.Id),
            new("certainty", "string", "confirmed, reported, believed or disputed; confirmed without a source is the editors' own assertion.", (c, x) => x.Claim.CertaintyName),
            new("source_article_id", "string", "The article whose words support it (see articles.csv); empty for the editors' assertion.", (c, x) => x.Claim.Source?.Id),
            new("quote", "string", "The exact words of that article.", (c, x) => x.Claim.Quote),
            new("passage_url", "string", "The quote marked in the archive's copy.", (c, x) => c.Site.Evidence(x.Claim) is { } q ? c.PassageUrl(q.ArticleId, q.AnchorId) : null),
        ],
        ["offer_id", "role", "group_id"],
        [new("offer_id", "offers", "id"), new("group_id", "groups", "id"), new("source_article_id", "articles", "id")],
        c => c.Site.Offers.OrderBy(o => o.Id, StringComparer.Ordinal).SelectMany(o =>
            new[] { ("by", o.By), ("to", o.To), ("via", o.Via) }.SelectMany(r =>
                r.Item2.DistinctBy(x => x.Group.Id, StringComparer.Ordinal).Select(claim => (o, r.Item1, claim)))));

    public static readonly CsvTable<(Offer Offer, OfferSource Source)> OfferSources = new("offer-sources", "Offer sources",
        "The articles that report each offer, one row per quote, with where the words are marked and where they are in the original.",
        [
            new("offer_id", "string", "The offer (see offers.csv).", (c, x) => x.Offer.Id),
            new("article_id", "string", "The article (see articles.csv).", (c, x) => x.Source.Article.Id),
            new("quote", "string", "The exact words, verified to occur once in the article.", (c, x) => x.Source.Quote),
            new("passage_url", "string", "The quote marked in the archive's copy.", (c, x) => c.SourceQuote(x.Offer, x.Source) is { } q ? c.PassageUrl(q.ArticleId, q.AnchorId) : null),
            new("original_url", "string", "The same words in the original, as a text-fragment link.", (c, x) => c.OriginalUrl(x.Source.Article.Id, x.Source.Quote)),
        ],
        ["offer_id", "article_id", "quote"],
        [new("offer_id", "offers", "id"), new("article_id", "articles", "id")],
        c => c.Site.Offers.OrderBy(o => o.Id, StringComparer.Ordinal)
            .SelectMany(o => o.Sources.DistinctBy(s => (s.Article.Id, s.Quote)).Select(s => (o, s))));

    public static readonly CsvTable<(Group Group, string Tie, Claim Claim, GroupRelation? Relation)> GroupTies = new("group-ties", "Group ties",
        "Memberships and relations between groups: one row per group, tie and other group, with the certainty and evidence.",
        [
            new("group_id", "string", "The group whose record states the tie (see groups.csv).", (c, x) => x.Group.Id),
            new("tie", "string", "member-of, allied-with, rival-of, splinter-of, merged-into or front-for.", (c, x) => x.Tie),
            new("other_group_id", "string", "The other group (see groups.csv).", (c, x) => x.Claim.Group.Id),
            new("certainty", "string", "confirmed, reported, believed or disputed.", (c, x) => x.Claim.CertaintyName),
            new("since", "string", "Since when a relation holds (EDTF).", (c, x) => DataContext.Edtf(x.Relation?.Since)),
            new("note", "string", "The editors' note on a relation.", (c, x) => x.Relation?.Note),
            new("source_article_id", "string", "The article whose words support it (see articles.csv); empty for the editors' assertion.", (c, x) => x.Claim.Source?.Id),
            new("quote", "string", "The exact words of that article.", (c, x) => x.Claim.Quote),
            new("passage_url", "string", "The quote marked in the archive's copy.", (c, x) => c.Site.Evidence(x.Claim) is { } q ? c.PassageUrl(q.ArticleId, q.AnchorId) : null),
        ],
        ["group_id", "tie", "other_group_id"],
        [new("group_id", "groups", "id"), new("other_group_id", "groups", "id"), new("source_article_id", "articles", "id")],
        c => c.Site.Groups.OrderBy(g => g.Id, StringComparer.Ordinal).SelectMany(g =>
            g.MemberOf.DistinctBy(m => m.Group.Id, StringComparer.Ordinal).Select(m => (g, "member-of", m, (GroupRelation?)null))
                .Concat(g.Relations.DistinctBy(r => (r.Type, r.Group.Id)).Select(r => (g, Codes.Of(r.Type), r.Claim, (GroupRelation?)r)))));

    public static readonly CsvTable<Term> Terms = new("terms", "Terms",
        "The controlled vocabulary offers and articles are filed under: one row per term, with its broader term.",
        [
            new("id", "string", "The term's id (its file name).", (c, t) => t.Id),
            new("page_url", "string", "The term's page in the archive.", (c, t) => c.Absolute(Urls.Term(t.Id))),
            new("label", "string", "The preferred label.", (c, t) => t.Label),
            new("definition", "string", "What a record must say to carry the term.", (c, t) => t.Definition),
            new("broader", "string", "The id of the broader term; empty for a top term.", (c, t) => t.Broader?.Id),
            new("offer_count", "integer", "How many offers are filed under it or a narrower term.", (c, t) => Count(c.Site.Vocabulary.OffersUnder(t.Id).Count)),
            new("article_count", "integer", "How many articles are filed under it or a narrower term.", (c, t) => Count(c.Site.Vocabulary.ArticlesUnder(t.Id).Count)),
            new("last_updated", "date", "When the term's file last changed (from git).", (c, t) => c.LastUpdated(t.File)),
        ],
        ["id"],
        [new("broader", "terms", "id")],
        c => c.Site.Vocabulary.All.OrderBy(t => t.Id, StringComparer.Ordinal));

    /// <summary>Every CSV download, in the order the data package and the Data page list them.</summary>
    public static readonly IReadOnlyList<ICsvTable> All = [Offers, Articles, Groups, Terms, OfferParties, OfferSources, GroupTies];
}
