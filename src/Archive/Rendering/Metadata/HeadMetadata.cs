using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Content;
using Archive.Content.Dates;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Metadata;

/// <summary>
/// The machine-readable description of a page: Highwire <c>citation_*</c> and Dublin Core tags (which Zotero
/// reads), OpenGraph tags (link previews) and schema.org JSON-LD (<c>NewsArticle</c>, <c>Organization</c>,
/// <c>Event</c>). Dates are ISO 8601 at the precision the source gives.
/// <para>
/// schema.org has no notion of certainty, so a tie that rests on a source's words (a claim with a quote) is written
/// with schema.org's own pattern for saying more about a relationship, a <c>Role</c> between the two things
/// (https://schema.org/Role): <c>"organizer": {"@type": "Role", "organizer": {the group}, "description": "believed,
/// according to ABC News: “…”", "subjectOf": {the article, at the marked passage}}</c>; <c>memberOf</c> uses its
/// <c>OrganizationRole</c>. Ties the editors assert stay plain references. Ids in other datasets are <c>sameAs</c>
/// (Wikidata) and <c>identifier</c> <c>PropertyValue</c>s (the others).
/// </para>
/// </summary>
public static class HeadMetadata
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static (IReadOnlyList<MetaTag> Tags, string JsonLd) ForArticle(Site site, Article a, Uri page)
    {
        var tags = Common(site, a.Title, a.Summary, page, "article");
        tags.Add(Name("citation_title", a.Title));
        tags.AddRange(a.Authors.Select(x => Name("citation_author", x)));
        tags.Add(Name("citation_publication_date", Highwire(a.Published.Point)));
        tags.Add(Name("citation_date", Highwire(a.Published.Point)));
        tags.Add(Name("citation_publisher", a.Source));
        tags.Add(Name("citation_journal_title", a.Source));
        tags.Add(Name("citation_language", a.Language));
        tags.Add(Name("citation_public_url", page.ToString()));
        if (a.Url is not null) tags.Add(Name("citation_fulltext_html_url", a.Url));
        tags.Add(Name("DC.title", a.Title));
        tags.AddRange(a.Authors.Select(x => Name("DC.creator", x)));
        tags.Add(Name("DC.date", a.Published.Point.ToIso()));
        tags.Add(Name("DC.publisher", a.Source));
        tags.Add(Name("DC.type", "Text"));
        tags.Add(Name("DC.language", a.Language));
        tags.Add(Name("DC.identifier", a.Url ?? page.ToString()));
        tags.Add(Property("article:published_time", a.Published.Point.ToIso()));
        if (a.Updated is not null) tags.Add(Property("article:modified_time", a.Updated.Point.ToIso()));

        var ld = Node("NewsArticle", a.Title, page);
        ld["@type"] = a.Kind switch
        {
            ArticleKind.Blog => "BlogPosting",
            ArticleKind.Statement or ArticleKind.Document => "Article",
            ArticleKind.Opinion => "OpinionNewsArticle",
            ArticleKind.Analysis => "AnalysisNewsArticle",
            _ => "NewsArticle",
        };
        ld["headline"] = a.Title;
        ld["description"] = a.Summary;
        ld["datePublished"] = a.Published.Point.ToIso();
        if (a.Updated is not null) ld["dateModified"] = a.Updated.Point.ToIso();
        if (a.Authors.Count > 0) ld["author"] = new JsonArray(a.Authors.Select(x => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = x }).ToArray());
        ld["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = a.Source };
        ld["inLanguage"] = a.Language;
        if (a.Url is not null) ld["isBasedOn"] = a.Url;
        if (a.ArchivedUrl is not null) ld["archivedAt"] = a.ArchivedUrl;
        var about = site.GroupsOf(a.Groups).Select(g => Reference("Organization", g.Name, site, Urls.Group(g.Id))).ToArray();
        if (about.Length > 0) ld["about"] = new JsonArray(about);
        return (tags, Serialize(ld));
    }

    public static (IReadOnlyList<MetaTag> Tags, string JsonLd) ForGroup(Site site, Group g, Uri page)
    {
        var tags = Common(site, g.Name, g.Summary, page, "profile");
        AddArchivePageTags(site, tags, g.Name, page);
        var ld = Node("Organization", g.Name, page);
        ld["description"] = g.Summary;
        var alternates = new[] { g.Acronym, g.NameNative }.Concat(g.Aliases).OfType<string>().Distinct().ToArray();
        if (alternates.Length > 0) ld["alternateName"] = new JsonArray(alternates.Select(x => (JsonNode)JsonValue.Create(x)!).ToArray());
        if (g.Active?.Start is { } start) ld["foundingDate"] = start.ToIso();
        if (g.Active?.End is { } end) ld["dissolutionDate"] = end.ToIso();
        if (g.Regions.Count > 0) ld["areaServed"] = new JsonArray(g.Regions.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray());
        var parents = Ties(site, g.MemberOf, "memberOf", "OrganizationRole");
        if (parents.Length > 0) ld["memberOf"] = new JsonArray(parents);
        AddIdentifiers(ld, g.Identifiers);
        return (tags, Serialize(ld));
    }

    public static (IReadOnlyList<MetaTag> Tags, string JsonLd) ForOffer(Site site, Offer o, Uri page)
    {
        var tags = Common(site, o.Title, null, page, "article");
        AddArchivePageTags(site, tags, o.Title, page);
        tags.Add(Name("DC.date", o.Date.Point.ToIso()));
        var ld = Node("Event", o.Title, page);
        ld["startDate"] = o.Date.Point.ToIso();
        if (o.Date.End is { } end) ld["endDate"] = end.ToIso();
        ld["description"] = $"{Labels.Of(o.Form)}: {string.Join("; ", o.Offered)}" + (o.Conditions.Count > 0 ? $". Conditions: {string.Join("; ", o.Conditions)}" : "");
        ld["location"] = new JsonObject { ["@type"] = "Country", ["name"] = "Iraq" };
        var organizers = Ties(site, o.By, "organizer", "Role");
        if (organizers.Length > 0) ld["organizer"] = new JsonArray(organizers);
        var attendees = Ties(site, o.To.Concat(o.Via), "attendee", "Role");
        if (attendees.Length > 0) ld["attendee"] = new JsonArray(attendees);
        AddIdentifiers(ld, o.Identifiers);
        var sources = site.ArticlesReporting(o.Id).Select(a => Reference("NewsArticle", a.Title, site, Urls.Article(a.Id))).ToArray();
        if (sources.Length > 0) ld["subjectOf"] = new JsonArray(sources);
        return (tags, Serialize(ld));
    }

    /// <summary>Index, date and free pages: a <c>WebPage</c> (or the <c>WebSite</c> itself on the home page).</summary>
    public static (IReadOnlyList<MetaTag> Tags, string JsonLd) ForPage(Site site, string title, string? description, Uri page, bool isHome, bool isCollection)
    {
        var tags = Common(site, title, description, page, "website");
        AddArchivePageTags(site, tags, title, page);
        var ld = Node(isHome ? "WebSite" : isCollection ? "CollectionPage" : "WebPage", title, page);
        if (description is not null) ld["description"] = description;
        return (tags, Serialize(ld));
    }

    private static List<MetaTag> Common(Site site, string title, string? description, Uri page, string ogType)
    {
        var tags = new List<MetaTag>
        {
            Property("og:title", title),
            Property("og:type", ogType),
            Property("og:url", page.ToString()),
            Property("og:site_name", site.Config.Title),
            Property("og:locale", site.Config.Language.Replace('-', '_')),
        };
        if (description is not null) tags.Add(Property("og:description", description));
        return tags;
    }

    private static void AddArchivePageTags(Site site, List<MetaTag> tags, string title, Uri page)
    {
        tags.Add(Name("citation_title", title));
        tags.AddRange(site.Config.Editors.Select(e => Name("citation_author", e)));
        tags.Add(Name("citation_publisher", site.Config.Title));
        tags.Add(Name("citation_public_url", page.ToString()));
        tags.Add(Name("citation_language", site.Config.Language));
        tags.Add(Name("DC.title", title));
        tags.Add(Name("DC.publisher", site.Config.Title));
        tags.Add(Name("DC.type", "Text"));
        tags.Add(Name("DC.language", site.Config.Language));
        tags.Add(Name("DC.identifier", page.ToString()));
    }

    private static JsonObject Node(string type, string name, Uri page) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = type,
        ["name"] = name,
        ["url"] = page.ToString(),
    };

    private static JsonObject Reference(string type, string name, Site site, string url) => new()
    {
        ["@type"] = type,
        ["name"] = name,
        ["url"] = new Uri(site.Config.BaseUrl, url.TrimStart('/')).ToString(),
    };

    /// <summary>
    /// The groups that <paramref name="claims"/> name, as values of <paramref name="property"/>: a plain reference for the
    /// editors' own assertion, a <paramref name="roleType"/> carrying the certainty and the evidence for a quoted claim.
    /// </summary>
    private static JsonNode[] Ties(Site site, IEnumerable<Claim> claims, string property, string roleType) =>
        claims.Select(c => (Claim: c, Group: site.Group(c.Group.Id))).Where(x => x.Group is not null).Select(x =>
        {
            var group = Reference("Organization", x.Group!.Name, site, Urls.Group(x.Group.Id));
            if (site.Evidence(x.Claim) is not { } q || site.Article(q.ArticleId) is not { } article) return (JsonNode)group;
            var qualifier = EvidenceWords.Certainty(x.Claim.Certainty) is { } word ? word + ", according to " : "according to ";
            return new JsonObject
            {
                ["@type"] = roleType,
                [property] = group,
                ["description"] = $"{qualifier}{article.Source}: “{q.Quote}”",
                // A metadata-only article reproduces no text, so its page has no marked passage to point into.
                ["subjectOf"] = Reference("NewsArticle", article.Title, site,
                    article.Rights == ArticleRights.MetadataOnly ? Urls.Article(article.Id) : Urls.Passage(article.Id, q.AnchorId)),
            };
        }).ToArray();

    private static void AddIdentifiers(JsonObject ld, IReadOnlyList<Identifier> identifiers)
    {
        var sameAs = identifiers.Where(i => i.Scheme == "wikidata" && i.Url is not null).Select(i => (JsonNode)JsonValue.Create(i.Url!)).ToArray();
        if (sameAs.Length > 0) ld["sameAs"] = new JsonArray(sameAs);
        var others = identifiers.Where(i => i.Scheme != "wikidata").Select(i =>
        {
            var value = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = i.Scheme, ["name"] = i.Label, ["value"] = i.Value };
            if (i.Url is not null) value["url"] = i.Url;
            return (JsonNode)value;
        }).ToArray();
        if (others.Length > 0) ld["identifier"] = new JsonArray(others);
    }

    /// <summary>Highwire dates are <c>YYYY/MM/DD</c>, shortened to the precision known.</summary>
    private static string Highwire(EdtfPoint p) => p.ToIso().Replace('-', '/');

    private static MetaTag Name(string key, string value) => new() { Attribute = "name", Key = key, Value = value };

    private static MetaTag Property(string key, string value) => new() { Attribute = "property", Key = key, Value = value };

    // The default encoder escapes <, > and & as \u003C etc., so the JSON can never close its <script> element.
    private static string Serialize(JsonObject node) => node.ToJsonString(Json);
}
