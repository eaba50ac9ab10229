namespace Archive.Linking;

/// <summary>
/// The URL of every kind of page (see the routes table in the architecture). Root-relative; publishing
/// prefixes the site's base path. Pure functions, so every stage agrees on where a record lives.
/// </summary>
public static class Urls
{
    public const string Home = "/";
    public const string Articles = "/articles/";
    public const string Groups = "/groups/";
    public const string Offers = "/offers/";
    public const string Dates = "/dates/";
    public const string Search = "/search/";

    public static string Article(string id) => $"/articles/{id}/";
    public static string Group(string id) => $"/groups/{id}/";
    public static string Offer(string id) => $"/offers/{id}/";
    public static string Page(string id) => $"/{id}/";
    public static string GroupFeed(string id) => $"/groups/{id}/feed.xml";

    /// <summary>First path segments that belong to the generator; a free page may not take them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "articles", "groups", "offers", "dates", "search", "data", "assets", "pagefind", "feed-xml", "404", "sitemap", "robots",
    };

    /// <summary>The file a URL is written to: <c>/a/b/</c> becomes <c>a/b/index.html</c>.</summary>
    public static string ToFilePath(string url)
    {
        var path = url.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        return path;
    }
}
