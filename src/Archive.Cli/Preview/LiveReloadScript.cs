namespace Archive.Cli.Preview;

/// <summary>The script the preview adds to every HTML response (never to the built files) so open pages reload.</summary>
internal static class LiveReloadScript
{
    public const string EventsPath = "/__archive/livereload";

    public const string Tag =
        "<script>(function(){var s=new EventSource(\"" + EventsPath + "\");" +
        "s.addEventListener(\"reload\",function(){location.reload();});})();</script>";

    /// <summary>Inserts the script before the last <c>&lt;/body&gt;</c>, or at the end when the page has none.</summary>
    public static string Inject(string html)
    {
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + Tag : html.Insert(at, Tag);
    }
}
