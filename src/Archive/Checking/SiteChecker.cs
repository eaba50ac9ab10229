using Archive.Diagnostics;
using Archive.Rendering.Links;

namespace Archive.Checking;

/// <summary>
/// Stage 4: checks the link graph collected while rendering (no page is parsed again): every internal link and
/// fragment resolves, every page has a title, a language and exactly one <c>h1</c>, and every page can be reached
/// from the home page.
/// </summary>
public static class SiteChecker
{
    /// <param name="graph">Every published file, and each page's links and ids.</param>
    /// <param name="basePath">The site's base path, which internal links start with.</param>
    /// <param name="outputLabel">How diagnostics name the output folder (<c>output/</c>, or where <c>--output</c> points), ending in <c>/</c>.</param>
    public static IReadOnlyList<Diagnostic> Check(LinkGraph graph, string basePath = "/", string outputLabel = "output/")
    {
        var files = graph.Files;
        var pages = files.Where(f => f.Value is not null && f.Key.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (Path: f.Key, Links: f.Value!))
            .ToList();
        var ids = pages.ToDictionary(p => p.Path, p => p.Links.Ids.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var edges = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        var found = new List<Diagnostic>[pages.Count];
        Parallel.For(0, pages.Count, () => new Dictionary<string, (string, string?)?>(StringComparer.Ordinal), (i, _, rooted) =>
        {
            var (path, links) = pages[i];
            var bag = found[i] = [];
            var file = outputLabel + path;
            if (!links.HasTitle)
                bag.Add(Error(DiagnosticCodes.PageStructure, file, "the page has no <title>", "the layout must fill <title> in <head>"));
            if (links.H1Count != 1 && path != "404.html")
                bag.Add(Error(DiagnosticCodes.PageStructure, file, $"the page has {links.H1Count} h1 headings; it needs exactly one",
                    links.H1Count == 0 ? "give the page a heading" : "body headings start at ## (h2)"));
            if (!links.HasLanguage)
                bag.Add(Error(DiagnosticCodes.PageStructure, file, "the page has no lang attribute on <html>"));

            var targets = new List<string>();
            foreach (var (raw, isPage) in links.PageHrefs.Select(h => (h, true)).Concat(links.ResourceHrefs.Select(h => (h, false))))
            {
                if (ResolveCached(path, raw, basePath, rooted) is not { } target) continue;
                var (targetPath, fragment) = target;
                if (!files.ContainsKey(targetPath))
                {
                    bag.Add(Error(DiagnosticCodes.BrokenLink, file, $"the link `{raw}` leads to a page that does not exist", "correct the id or the URL"));
                    continue;
                }
                if (isPage && targetPath.EndsWith(".html", StringComparison.Ordinal)) targets.Add(targetPath);
                if (fragment is { Length: > 0 } && !fragment.StartsWith(":~:", StringComparison.Ordinal)
                    && ids.TryGetValue(targetPath, out var known) && !known.Contains(Uri.UnescapeDataString(fragment)))
                {
                    bag.Add(Error(DiagnosticCodes.BrokenLink, file, $"the link `{raw}` points to `#{fragment}`, which is not on that page",
                        "the passage or section it names was not marked; check the quote or heading"));
                }
            }
            lock (edges) edges[path] = targets;
            return rooted;
        }, _ => { });

        var diagnostics = new DiagnosticBag();
        foreach (var list in found) diagnostics.AddRange(list);
        ReportOrphans(pages.Select(p => p.Path), edges, diagnostics, outputLabel);
        return diagnostics.ToSortedList();
    }

    private static Diagnostic Error(string code, string file, string message, string? hint = null) =>
        new(code, Severity.Error, file, 0, 0, message, hint);

    /// <summary>Root-relative links (nearly all of them) resolve the same from every page; each is resolved once per thread.</summary>
    private static (string Path, string? Fragment)? ResolveCached(string fromPath, string href, string basePath,
        Dictionary<string, (string, string?)?> rooted)
    {
        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal)) return Resolve(fromPath, href, basePath);
        if (!rooted.TryGetValue(href, out var target)) rooted[href] = target = Resolve(fromPath, href, basePath);
        return target;
    }

    private static void ReportOrphans(IEnumerable<string> pages, Dictionary<string, List<string>> links, DiagnosticBag diagnostics, string outputLabel)
    {
        if (!links.ContainsKey("index.html")) return;
        var seen = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var page))
        {
            foreach (var next in links.GetValueOrDefault(page) ?? [])
            {
                if (seen.Add(next)) queue.Enqueue(next);
            }
        }
        foreach (var orphan in pages.Where(p => !seen.Contains(p) && p != "404.html").Order(StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.OrphanPage, outputLabel + orphan, 0, 0, "no link leads to this page from the home page",
                "link it from an index page or from a record that refers to it");
        }
    }

    /// <summary>The output file and fragment an internal link points to, or null for external and special links.</summary>
    public static (string Path, string? Fragment)? Resolve(string fromPath, string href, string basePath = "/")
    {
        if (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) || href.Contains(':', StringComparison.Ordinal) && !href.StartsWith('#') && Uri.TryCreate(href, UriKind.Absolute, out _))
            return null;
        var hash = href.IndexOf('#');
        var fragment = hash >= 0 ? href[(hash + 1)..] : null;
        var pathPart = hash >= 0 ? href[..hash] : href;
        var query = pathPart.IndexOf('?');
        if (query >= 0) pathPart = pathPart[..query];

        string resolved;
        if (pathPart.Length == 0)
        {
            resolved = fromPath;
        }
        else
        {
            var fromUrl = "/" + fromPath;
            var baseUri = new Uri(new Uri("http://site"), fromUrl);
            var target = new Uri(baseUri, pathPart).AbsolutePath;
            var prefix = basePath.TrimEnd('/');
            if (prefix.Length > 0 && target.StartsWith(prefix + "/", StringComparison.Ordinal)) target = target[prefix.Length..];
            resolved = Uri.UnescapeDataString(target.TrimStart('/'));
            if (resolved.Length == 0 || resolved.EndsWith('/')) resolved += "index.html";
        }
        return (resolved, fragment);
    }
}
