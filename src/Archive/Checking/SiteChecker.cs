using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Diagnostics;

namespace Archive.Checking;

/// <summary>
/// Stage 5: reads the finished site back as a reader's browser would and checks that every internal link and
/// fragment resolves, every page has a title, a language and exactly one <c>h1</c>, and every page can be
/// reached from the home page.
/// </summary>
public static class SiteChecker
{
    /// <param name="files">Output files by path relative to the output folder; HTML files are parsed.</param>
    /// <param name="basePath">The site's base path, which internal links start with.</param>
    /// <param name="outputLabel">How diagnostics name the output folder (<c>output/</c>, or where <c>--output</c> points), ending in <c>/</c>.</param>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyDictionary<string, string> files, string basePath = "/", string outputLabel = "output/")
    {
        var diagnostics = new DiagnosticBag();
        var parser = new HtmlParser();
        var pages = files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .AsParallel()
            .Select(f => (Path: f.Key, Doc: parser.ParseDocument(f.Value)))
            .ToDictionary(x => x.Path, x => x.Doc, StringComparer.Ordinal);
        var ids = pages.ToDictionary(p => p.Key, p => p.Value.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var links = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        foreach (var (path, doc) in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var file = outputLabel + path;
            if (string.IsNullOrWhiteSpace(doc.Title))
                diagnostics.Error(DiagnosticCodes.PageStructure, file, 0, 0, "the page has no <title>", "the layout must fill <title> in <head>");
            var h1 = doc.QuerySelectorAll("h1").Length;
            if (h1 != 1 && path != "404.html")
                diagnostics.Error(DiagnosticCodes.PageStructure, file, 0, 0, $"the page has {h1} h1 headings; it needs exactly one",
                    h1 == 0 ? "give the page a heading" : "body headings start at ## (h2)");
            if (string.IsNullOrWhiteSpace(doc.DocumentElement.GetAttribute("lang")))
                diagnostics.Error(DiagnosticCodes.PageStructure, file, 0, 0, "the page has no lang attribute on <html>");

            var targets = links[path] = [];
            foreach (var element in doc.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var raw = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (Resolve(path, raw, basePath) is not { } target) continue;
                var (targetPath, fragment) = target;
                var isPage = element.LocalName == "a";
                if (!files.ContainsKey(targetPath))
                {
                    diagnostics.Error(DiagnosticCodes.BrokenLink, file, 0, 0, $"the link `{raw}` leads to a page that does not exist",
                        "correct the id or the URL");
                    continue;
                }
                if (isPage && targetPath.EndsWith(".html", StringComparison.Ordinal)) targets.Add(targetPath);
                if (fragment is { Length: > 0 } && !fragment.StartsWith(":~:", StringComparison.Ordinal)
                    && ids.TryGetValue(targetPath, out var known) && !known.Contains(Uri.UnescapeDataString(fragment)))
                {
                    diagnostics.Error(DiagnosticCodes.BrokenLink, file, 0, 0, $"the link `{raw}` points to `#{fragment}`, which is not on that page",
                        "the passage or section it names was not marked; check the quote or heading");
                }
            }
        }

        ReportOrphans(pages.Keys, links, diagnostics, outputLabel);
        return diagnostics.ToSortedList();
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
