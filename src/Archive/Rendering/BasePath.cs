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

    /// <summary>
    /// The links and ids of a page as they read after <see cref="Apply(string, string)"/>: root-relative links gain the
    /// prefix, as their attributes do in the page.
    /// </summary>
    public static Links.PageLinks Apply(Links.PageLinks links, string basePath)
    {
        if (basePath == "/") return links;
        var prefix = basePath.TrimEnd('/');
        string Prefixed(string href) => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) ? prefix + href : href;
        return links with
        {
            PageHrefs = links.PageHrefs.Select(Prefixed).Distinct(StringComparer.Ordinal).ToList(),
            ResourceHrefs = links.ResourceHrefs.Select(Prefixed).Distinct(StringComparer.Ordinal).ToList(),
        };
    }
}
