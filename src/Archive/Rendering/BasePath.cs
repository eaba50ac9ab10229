namespace Archive.Rendering;

/// <summary>
/// Prefixes root-relative links with the site's base path, so a site published under
/// <c>https://host/archive/</c> works. Every stage builds root-relative URLs; only this knows the prefix.
/// Safe as plain text replacement because quotes inside text and attribute values are always escaped.
/// </summary>
public static class BasePath
{
    public static string Apply(string html, string basePath)
    {
        if (basePath == "/") return html;
        var prefix = basePath.TrimEnd('/');
        foreach (var attribute in new[] { "href=\"/", "src=\"/", "action=\"/" })
        {
            html = html.Replace(attribute, attribute[..^1] + prefix + "/", StringComparison.Ordinal)
                .Replace(attribute[..^1] + prefix + "//", attribute[..^1] + "//", StringComparison.Ordinal);
        }
        return html;
    }
}
