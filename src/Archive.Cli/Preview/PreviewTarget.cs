namespace Archive.Cli.Preview;

/// <summary>What a request path maps to in the site: a path in it (which may not exist), a redirect, or nothing.</summary>
/// <param name="Path">The file's path in the site, as the output folder would hold it (<c>offers/index.html</c>).</param>
internal sealed record PreviewTarget(string? Path, string? Redirect)
{
    public static readonly PreviewTarget None = new(null, null);

    public bool IsHtml => Path is not null && (Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || Path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Maps <paramref name="requestPath"/> under <paramref name="basePath"/> to a path of the site: <c>/a/</c> is
    /// <c>a/index.html</c>, a folder without its slash redirects to it, and no path with <c>..</c> or an empty segment
    /// is anything.
    /// </summary>
    /// <param name="exists">Whether the site has a file at a path.</param>
    public static PreviewTarget Resolve(string basePath, string requestPath, Func<string, bool> exists)
    {
        if (requestPath.Length == 0) requestPath = "/";
        if (basePath != "/" && (requestPath == "/" || requestPath == basePath.TrimEnd('/'))) return new(null, basePath);
        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal)) return None;

        var rest = requestPath[basePath.Length..];
        if (rest.Contains('\0') || rest.Contains('\\') || rest.StartsWith('/')) return None;
        var segments = rest.Split('/');
        if (segments.Any(s => s is "." or "..") || segments.SkipLast(1).Any(s => s.Length == 0)) return None;

        if (rest.Length == 0 || rest.EndsWith('/')) return new(rest + "index.html", null);
        if (!exists(rest) && exists(rest + "/index.html")) return new(null, requestPath + "/");
        return new(rest, null);
    }
}
