using AngleSharp.Dom;

namespace Archive.Tests.Infrastructure;

/// <summary>Reads the links of a published site the way a reader follows them, independently of the site's own checker.</summary>
internal static class SiteLinks
{
    /// <summary>A link from one page: the page, the raw href, and where it leads inside the site (null when external).</summary>
    public sealed record Link(string FromUrl, string Href, string? TargetUrl, string? Fragment);

    /// <summary>Every <c>a[href]</c> of the page at <paramref name="pageUrl"/>, resolved against it.</summary>
    public static IEnumerable<Link> Of(string pageUrl, IDocument page, string basePath = "/")
    {
        foreach (var a in page.QuerySelectorAll("a[href]"))
        {
            var href = a.GetAttribute("href")!;
            yield return Resolve(pageUrl, href, basePath);
        }
    }

    public static Link Resolve(string pageUrl, string href, string basePath = "/")
    {
        var site = new Uri("http://site.invalid" + basePath.TrimEnd('/') + pageUrl);
        var target = new Uri(site, href);
        if (target.Host != "site.invalid" || target.Scheme != "http") return new Link(pageUrl, href, null, null);
        var path = Uri.UnescapeDataString(target.AbsolutePath);
        var prefix = basePath.TrimEnd('/');
        if (prefix.Length > 0)
        {
            Assert.True(path.StartsWith(prefix + "/", StringComparison.Ordinal), $"{pageUrl}: the link `{href}` leaves the base path {basePath}");
            path = path[prefix.Length..];
        }
        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;
        return new Link(pageUrl, href, path, fragment);
    }

    /// <summary>Internal links whose page or fragment does not exist, as readable lines (empty when all resolve).</summary>
    public static List<string> Broken(TestSite site, string basePath = "/")
    {
        var urls = site.PageUrls().ToHashSet(StringComparer.Ordinal);
        var docs = urls.ToDictionary(u => u, site.Page, StringComparer.Ordinal);
        var broken = new List<string>();
        foreach (var (url, doc) in docs)
        {
            foreach (var link in Of(url, doc, basePath).Where(l => l.TargetUrl is not null))
            {
                var target = link.TargetUrl!;
                if (!docs.TryGetValue(target, out var targetDoc))
                {
                    if (!File.Exists(site.OutputPath(target))) broken.Add($"{url}: `{link.Href}` leads nowhere");
                    continue;
                }
                if (link.Fragment is { Length: > 0 } f && !f.StartsWith(":~:", StringComparison.Ordinal) && targetDoc.GetElementById(f) is null)
                {
                    broken.Add($"{url}: `{link.Href}` names #{f}, which {target} does not have");
                }
            }
        }
        return broken;
    }

    /// <summary>The pages reachable from the home page by following links.</summary>
    public static HashSet<string> ReachableFromHome(TestSite site, string basePath = "/")
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var url))
        {
            foreach (var link in Of(url, site.Page(url), basePath))
            {
                if (link.TargetUrl is { } t && t.EndsWith('/') && site.Exists(t) && seen.Add(t)) queue.Enqueue(t);
            }
        }
        return seen;
    }

    /// <summary>The site URLs (without fragment) that the page links to.</summary>
    public static HashSet<string> Targets(string pageUrl, IDocument page, string basePath = "/") =>
        Of(pageUrl, page, basePath).Where(l => l.TargetUrl is not null).Select(l => l.TargetUrl!).ToHashSet(StringComparer.Ordinal);
}
