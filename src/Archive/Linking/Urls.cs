using System.Globalization;
using Archive.Content;
using Archive.Content.Dates;

namespace Archive.Linking;

/// <summary>
/// Every URL and fragment the site makes (see the routes table in the architecture): pages, date pages,
/// anchors inside pages and the files beside them. Root-relative; publishing prefixes the site's base path.
/// Pure functions, so every stage agrees on where a record lives and how its parts are anchored.
/// </summary>
public static class Urls
{
    public const string Home = "/";
    public const string Articles = "/articles/";
    public const string Groups = "/groups/";
    public const string Offers = "/offers/";
    public const string Dates = "/dates/";
    public const string Terms = "/terms/";
    public const string Search = "/search/";

    /// <summary>Where Pagefind's index and its script are published, beside the pages.</summary>
    public const string SearchIndex = "/pagefind/";

    /// <summary>The Atom feed of the whole archive: new articles and offers, newest first.</summary>
    public const string Feed = "/feed.xml";

    /// <summary>The Data page, which documents every download; the downloads sit beside it.</summary>
    public const string Data = "/data/";

    /// <summary>Every quote of the archive as one W3C Web Annotation collection (JSON-LD).</summary>
    public const string Annotations = "/data/annotations.jsonld";

    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";

    /// <summary>What a static host serves for an address with no page.</summary>
    public const string NotFound = "/404.html";

    public static string Article(string id) => $"/articles/{id}/";
    public static string Group(string id) => $"/groups/{id}/";
    public static string Offer(string id) => $"/offers/{id}/";
    public static string Page(string id) => $"/{id}/";
    public static string Term(string id) => $"/terms/{id}/";

    /// <summary>
    /// Page <paramref name="number"/> (1-based) of a long list whose first page is <paramref name="listUrl"/>, as Hugo and
    /// Zola name them: the first page keeps the list's own address, later ones are <c>/articles/page/2/</c>.
    /// </summary>
    public static string Paged(string listUrl, int number) =>
        number <= 1 ? listUrl : string.Create(CultureInfo.InvariantCulture, $"{listUrl}page/{number}/");

    /// <summary>
    /// The full list behind one of a record page's lists, when it is longer than a page: <c>/groups/x/articles/</c>. The
    /// name is the id of the list's section on the record page.
    /// </summary>
    public static string RecordList(string recordUrl, string list) => recordUrl + list + "/";

    /// <summary>The search page with a query filled in, e.g. <c>/search/?q=Kataib%20Hezbollah</c>.</summary>
    public static string SearchFor(string query) => Search + "?q=" + Uri.EscapeDataString(query);

    /// <summary>The offers explorer filtered by one facet, e.g. <c>/offers/?term=withdrawal-timetable</c> (read by its script).</summary>
    public static string OffersFiltered(string facet, string value) => Offers + "?" + facet + "=" + Uri.EscapeDataString(value);

    /// <summary>The id of a term's row on the terms index: <c>term-withdrawal</c>.</summary>
    public static string TermAnchor(string id) => "term-" + id;

    /// <summary>The id of a group's node in the network drawing and its row in the text alternative.</summary>
    public static string NetworkNodeAnchor(string groupId) => "net-" + groupId;

    /// <summary>The section of the groups index holding the network, and of a group page holding its neighbourhood.</summary>
    public const string NetworkAnchor = "network";

    /// <summary>The section of the timeline (and of a year page) holding the drawing.</summary>
    public const string TimelineAnchor = "timeline";

    /// <summary>The section of the timeline listing when groups became active and ceased.</summary>
    public const string GroupActivityAnchor = "groups-active";

    /// <summary>The Atom feed of one group: offers it made, received or carried, and articles about it.</summary>
    public static string GroupFeed(string id) => Group(id) + "feed.xml";

    /// <summary>The Atom feed of one term: offers and articles filed under it or a narrower term.</summary>
    public static string TermFeed(string id) => Term(id) + "feed.xml";

    /// <summary>A download beside the Data page, e.g. <c>/data/offers.csv</c>.</summary>
    public static string DataFile(string name) => Data + name;

    /// <summary>The W3C Web Annotations of one article (JSON-LD), beside its page.</summary>
    public static string ArticleAnnotations(string id) => Article(id) + "annotations.jsonld";

    /// <summary>The date page of the point's own precision, e.g. <c>/dates/2006/05/06/</c>. Qualifiers do not change it.</summary>
    public static string Date(EdtfPoint point) => point.Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Dates}{point.Year:D4}/{point.Month:D2}/{point.Day:D2}/"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Dates}{point.Year:D4}/{point.Month:D2}/"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Dates}{point.Year:D4}/"),
    };

    /// <summary>
    /// The date pages a record dated <paramref name="point"/> appears on, coarsest first: a record is listed on
    /// the page of its own precision and on every coarser one, so a day-dated record shows up in its month and year.
    /// </summary>
    public static IReadOnlyList<string> DatePagesFor(EdtfPoint point)
    {
        var year = new EdtfPoint(point.Year);
        return point.Precision switch
        {
            DatePrecision.Day => [Date(year), Date(new EdtfPoint(point.Year, point.Month)), Date(point)],
            DatePrecision.Month => [Date(year), Date(point)],
            _ => [Date(point)],
        };
    }

    /// <summary>The id of an offer's <paramref name="number"/>th event (1-based): <c>event-1</c>.</summary>
    public static string EventAnchor(int number) => string.Create(CultureInfo.InvariantCulture, $"event-{number}");

    /// <summary>The id of an offer's <paramref name="number"/>th response (1-based): <c>response-1</c>.</summary>
    public static string ResponseAnchor(int number) => string.Create(CultureInfo.InvariantCulture, $"response-{number}");

    public static string OfferEvent(string offerId, int number) => Offer(offerId) + "#" + EventAnchor(number);

    public static string OfferResponse(string offerId, int number) => Offer(offerId) + "#" + ResponseAnchor(number);

    /// <summary>
    /// The id wanted for the passage an offer quotes in an article: <c>q-&lt;offer&gt;</c>. The offer's further quotes
    /// from the same article (and anything else wanting the same id there) get <c>-2</c>, <c>-3</c> when ids are handed out.
    /// </summary>
    public static string QuoteAnchor(string offerId) => "q-" + offerId;

    /// <summary>The id of a passage an editor's note is anchored to, from a short hash of the quote.</summary>
    public static string NoteAnchor(string quoteHash) => "note-" + quoteHash;

    /// <summary>The id of a passage that is the evidence of a claim: the citing record, the field and the group.</summary>
    public static string ClaimAnchor(string recordId, string field, string groupId) => $"claim-{recordId}-{field.Replace('_', '-')}-{groupId}";

    /// <summary>The id of a passage quoted by one side of an offer's dispute (1-based dispute and position numbers).</summary>
    public static string DisputeAnchor(string offerId, int dispute, int position) =>
        string.Create(CultureInfo.InvariantCulture, $"dispute-{offerId}-{dispute}-{position}");

    /// <summary>
    /// The id, on the page of the record that makes a claim, of the claim's entry: <c>claim-by-&lt;group&gt;</c>,
    /// <c>claim-member-of-&lt;group&gt;</c>, <c>claim-allied-with-&lt;group&gt;</c>. The passage quoted as its evidence
    /// links back here.
    /// </summary>
    public static string ClaimEntryAnchor(string field, string groupId) => $"claim-{field.Replace('_', '-')}-{groupId}";

    /// <summary>The id, on an offer's page, of its <paramref name="number"/>th source (1-based): <c>source-1</c>.</summary>
    public static string SourceEntryAnchor(int number) => string.Create(CultureInfo.InvariantCulture, $"source-{number}");

    /// <summary>The id, on an offer's page, of its <paramref name="dispute"/>th dispute (1-based): <c>dispute-1</c>.</summary>
    public static string DisputeEntryAnchor(int dispute) => string.Create(CultureInfo.InvariantCulture, $"dispute-{dispute}");

    /// <summary>The id, on an offer's page, of one side of a dispute (1-based): <c>dispute-1-2</c>.</summary>
    public static string DisputePositionEntryAnchor(int dispute, int position) =>
        string.Create(CultureInfo.InvariantCulture, $"dispute-{dispute}-{position}");

    /// <summary>A place on a page: <c>/offers/x/#claim-by-y</c>.</summary>
    public static string On(string pageUrl, string anchor) => pageUrl + "#" + anchor;

    /// <summary>A marked passage in the archive's copy of an article.</summary>
    public static string Passage(string articleId, string anchor) => Article(articleId) + "#" + anchor;

    /// <summary>The same passage in the original, as a text fragment browsers scroll to and highlight.</summary>
    public static string InOriginal(string originalUrl, string quote) => originalUrl.Split('#')[0] + "#:~:text=" + TextFragment.Encode(quote);

    /// <summary>The id of a year's section on the timeline and the articles index: <c>y2006</c>.</summary>
    public static string YearAnchor(int year) => string.Create(CultureInfo.InvariantCulture, $"y{year}");

    /// <summary>The id of a kind's section on the groups index: the kind's code, e.g. <c>armed-group</c>.</summary>
    public static string GroupKindAnchor(GroupKind kind) => Codes.Of(kind);

    public static string GroupKind(GroupKind kind) => Groups + "#" + GroupKindAnchor(kind);

    // The groups index's long lists live at least two segments down (/groups/by/kind/militia/), where no group's page
    // or list can be: a group's own lists are one segment below it and have fixed names (articles, responses…), none
    // of which is "kind", "orientation" or "ties".

    /// <summary>Every group of one kind, when there are more than a page of them: <c>/groups/by/kind/armed-group/</c>.</summary>
    public static string GroupKindList(GroupKind kind) => Groups + "by/kind/" + GroupKindAnchor(kind) + "/";

    /// <summary>The groups by orientation, when there are more orientations than a page: <c>/groups/by/orientation/</c>.</summary>
    public const string GroupOrientations = Groups + "by/orientation/";

    /// <summary>Every group of one recorded orientation, when there are more than a page of them: <c>/groups/by/orientation/salafi-jihadist/</c>.</summary>
    public static string GroupOrientationList(string slug) => GroupOrientations + slug + "/";

    /// <summary>Every tie between groups in words, when there are more than a page of them: <c>/groups/network/ties/</c>.</summary>
    public const string GroupTies = Groups + "network/ties/";

    /// <summary>The sections of a date page: entries dated only to this page's precision, and finer ones.</summary>
    public static string DatedOnlyAnchor(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "dated-2",
        DatePrecision.Month => "dated-1",
        _ => "dated-0",
    };

    public const string WithinAnchor = "within";

    /// <summary>The citation downloads published beside a record page.</summary>
    public static string CitationBibTex(string pageUrl) => pageUrl + "cite.bib";

    public static string CitationRis(string pageUrl) => pageUrl + "cite.ris";

    public static string CitationCslJson(string pageUrl) => pageUrl + "cite.json";

    /// <summary>Where an editor changes a file, and where its history is, in the site's repository.</summary>
    public static string EditFile(string repository, string file) => $"{repository.TrimEnd('/')}/edit/main/{file}";

    public static string FileHistory(string repository, string file) => $"{repository.TrimEnd('/')}/commits/main/{file}";

    /// <summary>A commit in the site's repository: <c>&lt;repository&gt;/commit/&lt;id&gt;</c>.</summary>
    public static string Commit(string repository, string commit) => $"{repository.TrimEnd('/')}/commit/{commit}";

    /// <summary>A record's file as it was at one commit, a permalink that never changes: <c>&lt;repository&gt;/blob/&lt;id&gt;/&lt;file&gt;</c>.</summary>
    public static string FileAtCommit(string repository, string commit, string file) => $"{repository.TrimEnd('/')}/blob/{commit}/{file}";

    /// <summary>First path segments that belong to the generator; a free page may not take them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "articles", "groups", "offers", "dates", "terms", "search", "data", "assets", "pagefind", "feed-xml", "404", "sitemap", "robots",
    };

    /// <summary>The file a URL is written to: <c>/a/b/</c> becomes <c>a/b/index.html</c>.</summary>
    public static string ToFilePath(string url)
    {
        var path = url.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        return path;
    }
}
