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
    public static IReadOnlyList<Diagnostic> Check(LinkGraph graph, string basePath = "/", string outputLabel = "output/") =>
        Report(CheckPages(graph, graph.Files.Keys, basePath, outputLabel, keepTargets: false), outputLabel);

    /// <summary>
    /// Checks the HTML pages among <paramref name="paths"/> against the whole graph: what each one's own problems are,
    /// and which pages it links to. A preview keeps these and checks again only the pages an edit changed.
    /// </summary>
    public static IReadOnlyDictionary<string, PageCheck> CheckPages(LinkGraph graph, IEnumerable<string> paths, string basePath = "/", string outputLabel = "output/") =>
        CheckPages(graph, paths, basePath, outputLabel, keepTargets: true);

    /// <param name="keepTargets">Whether each <see cref="PageCheck"/> keeps the set of files its page links to. Only a
    /// preview, which checks again the pages that link to what an edit changed, reads them; a build checks once, and
    /// the sets of every page grow with the site and stand at the build's peak of memory.</param>
    private static IReadOnlyDictionary<string, PageCheck> CheckPages(LinkGraph graph, IEnumerable<string> paths, string basePath, string outputLabel, bool keepTargets)
    {
        var files = graph.Files;
        var pages = paths.Where(p => files.TryGetValue(p, out var l) && l is not null && p.EndsWith(".html", StringComparison.Ordinal))
            .Select(p => (Path: p, Links: files[p]!))
            .ToList();
        var found = new PageCheck[pages.Count];
        var idsOf = new System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        Parallel.For(0, pages.Count, () => new Dictionary<string, (string, string?)?>(StringComparer.Ordinal), (i, _, rooted) =>
        {
            var (path, links) = pages[i];
            var bag = new List<Diagnostic>();
            var file = outputLabel + path;
            CheckStructure(path, links, file, bag);

            var edges = new List<string>();
            var targets = keepTargets ? new HashSet<string>(StringComparer.Ordinal) : null;
            foreach (var (raw, isPage) in links.PageHrefs.Select(h => (h, true)).Concat(links.ResourceHrefs.Select(h => (h, false))))
            {
                if (ResolveCached(path, raw, basePath, rooted) is not { } target) continue;
                var (targetPath, fragment) = target;
                targets?.Add(targetPath);
                if (!files.ContainsKey(targetPath))
                {
                    bag.Add(MissingTarget(file, raw));
                    continue;
                }
                if (isPage && targetPath.EndsWith(".html", StringComparison.Ordinal)) edges.Add(targetPath);
                if (IsChecked(fragment)
                    && files.GetValueOrDefault(targetPath) is { } known
                    && !idsOf.GetOrAdd(targetPath, _ => known.Ids.ToHashSet(StringComparer.Ordinal)).Contains(Uri.UnescapeDataString(fragment)))
                {
                    bag.Add(MissingFragment(file, raw, fragment));
                }
            }
            found[i] = new PageCheck(bag, edges, targets ?? NoTargets);
            return rooted;
        }, _ => { });
        var result = new Dictionary<string, PageCheck>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++) result[pages[i].Path] = found[i];
        return result;
    }

    /// <summary>Every page's own problems, and every page no link leads to from the home page.</summary>
    public static IReadOnlyList<Diagnostic> Report(IReadOnlyDictionary<string, PageCheck> pages, string outputLabel = "output/")
    {
        var diagnostics = new DiagnosticBag();
        foreach (var check in pages.Values) diagnostics.AddRange(check.Diagnostics);
        ReportOrphans(pages.Keys, pages.ToDictionary(p => p.Key, p => p.Value.Edges, StringComparer.Ordinal), diagnostics, outputLabel);
        return diagnostics.ToSortedList();
    }

    private static readonly IReadOnlySet<string> NoTargets = System.Collections.Frozen.FrozenSet<string>.Empty;

    private static Diagnostic Error(string code, string file, string message, string? hint = null) =>
        new(code, Severity.Error, file, 0, 0, message, hint);

    /// <summary>What is wrong with the page itself: its title, its h1 headings, its language.</summary>
    /// <param name="file">How diagnostics name the page (the output label and its path).</param>
    internal static void CheckStructure(string path, PageLinks links, string file, List<Diagnostic> bag)
    {
        if (!links.HasTitle)
            bag.Add(Error(DiagnosticCodes.PageStructure, file, "the page has no <title>", "the layout must fill <title> in <head>"));
        if (links.H1Count != 1 && path != NotFoundPage)
            bag.Add(Error(DiagnosticCodes.PageStructure, file, $"the page has {links.H1Count} h1 headings; it needs exactly one",
                links.H1Count == 0 ? "give the page a heading" : "body headings start at ## (h2)"));
        if (!links.HasLanguage)
            bag.Add(Error(DiagnosticCodes.PageStructure, file, "the page has no lang attribute on <html>"));
    }

    /// <summary>The page everything else must be reached from, and the one page nothing needs to link to.</summary>
    internal const string HomePage = "index.html";
    internal const string NotFoundPage = "404.html";

    /// <summary>Whether a link's fragment must name an id of its page: a text fragment (<c>#:~:text=</c>) names none.</summary>
    internal static bool IsChecked([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? fragment) => fragment is { Length: > 0 } && !fragment.StartsWith(":~:", StringComparison.Ordinal);

    internal static Diagnostic MissingTarget(string file, string raw) =>
        Error(DiagnosticCodes.BrokenLink, file, $"the link `{raw}` leads to a page that does not exist", "correct the id or the URL");

    internal static Diagnostic MissingFragment(string file, string raw, string fragment) =>
        Error(DiagnosticCodes.BrokenLink, file, $"the link `{raw}` points to `#{fragment}`, which is not on that page",
            "the passage or section it names was not marked; check the quote or heading");

    internal static Diagnostic Orphan(string file) =>
        Error(DiagnosticCodes.OrphanPage, file, "no link leads to this page from the home page", "link it from an index page or from a record that refers to it");

    /// <summary>Root-relative links (nearly all of them) resolve the same from every page; each is resolved once per thread.</summary>
    private static (string Path, string? Fragment)? ResolveCached(string fromPath, string href, string basePath,
        Dictionary<string, (string, string?)?> rooted)
    {
        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal)) return Resolve(fromPath, href, basePath);
        if (!rooted.TryGetValue(href, out var target)) rooted[href] = target = Resolve(fromPath, href, basePath);
        return target;
    }

    private static void ReportOrphans(IEnumerable<string> pages, Dictionary<string, IReadOnlyList<string>> links, DiagnosticBag diagnostics, string outputLabel)
    {
        if (!links.ContainsKey(HomePage)) return;
        var seen = new HashSet<string>(StringComparer.Ordinal) { HomePage };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var page))
        {
            foreach (var next in links.GetValueOrDefault(page) ?? [])
            {
                if (seen.Add(next)) queue.Enqueue(next);
            }
        }
        foreach (var orphan in pages.Where(p => !seen.Contains(p) && p != NotFoundPage).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(Orphan(outputLabel + orphan));
        }
    }

    private static string Unprefixed(string path, string basePath)
    {
        var prefix = basePath.TrimEnd('/');
        return prefix.Length > 0 && path.StartsWith(prefix + "/", StringComparison.Ordinal) ? path[prefix.Length..] : path;
    }

    private static readonly System.Buffers.SearchValues<char> PlainPathChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/");

    /// <summary>
    /// A root-relative path that a URL parser leaves exactly as it is (nothing to escape or unescape, no <c>.</c> or
    /// <c>..</c> segment, no empty segment), as nearly every link a theme writes is: it resolves to itself, without
    /// the two <see cref="Uri"/>s per link that a build checking every link of every page as it renders would pay for.
    /// </summary>
    private static bool IsPlainRootedPath(string path) =>
        path[0] == '/' && !path.AsSpan().ContainsAnyExcept(PlainPathChars) && !path.Contains("//", StringComparison.Ordinal)
        && !path.Contains("/./", StringComparison.Ordinal) && !path.Contains("/../", StringComparison.Ordinal)
        && !path.EndsWith("/.", StringComparison.Ordinal) && !path.EndsWith("/..", StringComparison.Ordinal);

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
        else if (IsPlainRootedPath(pathPart))
        {
            resolved = Unprefixed(pathPart, basePath).TrimStart('/');
            if (resolved.Length == 0 || resolved.EndsWith('/')) resolved += "index.html";
        }
        else
        {
            var fromUrl = "/" + fromPath;
            var baseUri = new Uri(new Uri("http://site"), fromUrl);
            var target = new Uri(baseUri, pathPart).AbsolutePath;
            resolved = Uri.UnescapeDataString(Unprefixed(target, basePath).TrimStart('/'));
            if (resolved.Length == 0 || resolved.EndsWith('/')) resolved += "index.html";
        }
        return (resolved, fragment);
    }
}

/// <summary>What checking found on one page: its own problems, the pages it links to, and every path its links resolve to.</summary>
public sealed record PageCheck(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Edges, IReadOnlySet<string> Targets);
