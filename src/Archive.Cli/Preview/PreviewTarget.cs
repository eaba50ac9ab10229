namespace Archive.Cli.Preview;

/// <summary>What a request path maps to in the built site: a file (which may not exist), a redirect, or nothing.</summary>
internal sealed record PreviewTarget(string? File, string? Redirect)
{
    public static readonly PreviewTarget None = new(null, null);

    public bool IsHtml => File is not null && (File.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || File.EndsWith(".htm", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Maps <paramref name="requestPath"/> under <paramref name="basePath"/> to a file of <paramref name="siteDir"/>:
    /// <c>/a/</c> is <c>a/index.html</c>, a folder without its slash redirects to it, and nothing outside the folder is reachable.
    /// </summary>
    public static PreviewTarget Resolve(string siteDir, string basePath, string requestPath)
    {
        if (requestPath.Length == 0) requestPath = "/";
        if (basePath != "/" && (requestPath == "/" || requestPath == basePath.TrimEnd('/'))) return new(null, basePath);
        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal)) return None;

        var rest = requestPath[basePath.Length..];
        if (rest.Contains('\0') || rest.Contains('\\')) return None;
        var root = Path.GetFullPath(siteDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, rest));
        if (!(full + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal)) return None;

        if (rest.Length == 0 || rest.EndsWith('/')) return new(Path.Combine(full, "index.html"), null);
        if (Directory.Exists(full)) return new(null, requestPath + "/");
        return new(full, null);
    }
}
