namespace Archive.Cli.Preview;

/// <summary>The script the preview adds to every HTML response (never to the built files) so open pages reload.</summary>
internal static class LiveReloadScript
{
    public const string EventsPath = "/__archive/livereload";

    /// <summary>The query parameter a page names itself with, so that it reloads only when its own bytes changed.</summary>
    public const string PageParameter = "page";

    public const string Tag =
        "<script>(function(){var s=new EventSource(\"" + EventsPath + "?" + PageParameter + "=\"+encodeURIComponent(location.pathname));" +
        "s.addEventListener(\"reload\",function(){location.reload();});})();</script>";

    /// <summary>Inserts the script before the last <c>&lt;/body&gt;</c>, or at the end when the page has none.</summary>
    public static string Inject(string html)
    {
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + Tag : html.Insert(at, Tag);
    }

    /// <summary>
    /// The site URL of the page a listener named (its address path, under the base path): <c>/archive/a/index.html</c>
    /// is <c>/a/</c>; null when it named none.
    /// </summary>
    public static string? PageOf(string? pathname, string basePath)
    {
        if (string.IsNullOrEmpty(pathname)) return null;
        var path = pathname;
        if (basePath != "/" && path.StartsWith(basePath, StringComparison.Ordinal)) path = "/" + path[basePath.Length..];
        if (path.EndsWith("/index.html", StringComparison.Ordinal)) path = path[..^"index.html".Length];
        return path;
    }
}
