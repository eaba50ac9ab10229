using Archive.Diagnostics;
using Archive.Rendering;
using Archive.Rendering.Links;

namespace Archive.Checking;

/// <summary>
/// The check of <see cref="SiteChecker.Check"/>, made page by page as a build's pages stream from rendering, so that no
/// page's links are kept to the end: each page's title, headings and language, its links to pages already known and
/// its links within itself are checked when it arrives. What is kept is a compact table: every published path once,
/// each page's ids, the pages each page links to (as numbers, for the orphan search), and the few links that can only
/// be checked at the end (to a file not known yet, or to an id of another page). Holding every page's
/// <see cref="PageLinks"/> to the end instead was the largest part of a 30,000-article build's heap.
/// Safe to feed from many threads at once; <see cref="Finish"/> once, after the last file.
/// </summary>
public sealed class StreamedLinkCheck
{
    private readonly string _basePath;
    private readonly string _outputLabel;
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<Entry> _entries = [];
    private readonly List<(int From, int To)> _lateEdges = [];
    private readonly List<Pending> _pending = [];
    private readonly StringPool _ids = new();
    private readonly DiagnosticBag _diagnostics = new();

    /// <param name="expected">Every path the build will publish that is known before rendering (each route's page, the
    /// files of the files stage, the theme's assets): a link to one is sound before its file arrives. Each of them must
    /// be added before <see cref="Finish"/>.</param>
    /// <param name="basePath">The site's base path, which internal links start with.</param>
    /// <param name="outputLabel">How diagnostics name the output folder, ending in <c>/</c>.</param>
    public StreamedLinkCheck(IEnumerable<string> expected, string basePath = "/", string outputLabel = "output/")
    {
        _basePath = basePath;
        _outputLabel = outputLabel;
        foreach (var path in expected)
        {
            var i = Intern(path);
            _entries[i] = _entries[i] with { Expected = true };
        }
    }

    /// <summary>Adds the files of one route as they were written (its page and the files beside it): every path first,
    /// so the page's links to the files beside it are known, then each HTML page's check.</summary>
    public void Add(IReadOnlyList<StreamedPage> files)
    {
        lock (_gate)
        {
            foreach (var file in files) Register(file.Path, file.Links);
        }
        foreach (var file in files)
        {
            if (file.Links is { } links) CheckPage(file.Path, links);
        }
    }

    /// <summary>Adds one file: an HTML page with its links and ids, or (<paramref name="links"/> null) any other file.</summary>
    public void Add(string path, PageLinks? links) => Add([new StreamedPage("/" + path, path, 0, links, PageDependencies.None)]);

    /// <summary>Checks what could only be checked once every file was added, and finds the pages no link leads to
    /// from the home page.</summary>
    public IReadOnlyList<Diagnostic> Finish()
    {
        lock (_gate)
        {
            if (_entries.FindIndex(e => e.Expected && !e.Added) is var missing and >= 0)
                throw new InvalidOperationException($"{_entries[missing].Path} was expected among the files built but never added");
            Dictionary<int, HashSet<string>>? idsOf = null;
            foreach (var link in _pending)
            {
                var file = _outputLabel + _entries[link.From].Path;
                var target = _entries[link.Target];
                if (!target.Added)
                {
                    _diagnostics.Add(SiteChecker.MissingTarget(file, link.Raw));
                    continue;
                }
                if (link.IsPage && target.Path.EndsWith(".html", StringComparison.Ordinal)) _lateEdges.Add((link.From, link.Target));
                if (SiteChecker.IsChecked(link.Fragment) && target.Ids is { } ids)
                {
                    idsOf ??= [];
                    if (!idsOf.TryGetValue(link.Target, out var set)) idsOf[link.Target] = set = ids.ToHashSet(StringComparer.Ordinal);
                    if (!set.Contains(Uri.UnescapeDataString(link.Fragment))) _diagnostics.Add(SiteChecker.MissingFragment(file, link.Raw, link.Fragment));
                }
            }
            ReportOrphans();
            return _diagnostics.ToSortedList();
        }
    }

    private void ReportOrphans()
    {
        if (!_index.TryGetValue(SiteChecker.HomePage, out var home) || !_entries[home].IsCheckedPage) return;
        var late = _lateEdges.ToLookup(e => e.From, e => e.To);
        var seen = new bool[_entries.Count];
        seen[home] = true;
        var queue = new Queue<int>([home]);
        while (queue.TryDequeue(out var page))
        {
            foreach (var next in (_entries[page].Edges ?? []).Concat(late[page]))
            {
                if (!seen[next])
                {
                    seen[next] = true;
                    queue.Enqueue(next);
                }
            }
        }
        for (var i = 0; i < _entries.Count; i++)
        {
            if (!seen[i] && _entries[i].IsCheckedPage && _entries[i].Path != SiteChecker.NotFoundPage)
                _diagnostics.Add(SiteChecker.Orphan(_outputLabel + _entries[i].Path));
        }
    }

    private void CheckPage(string path, PageLinks links)
    {
        if (!path.EndsWith(".html", StringComparison.Ordinal)) return;
        var bag = new List<Diagnostic>();
        var file = _outputLabel + path;
        SiteChecker.CheckStructure(path, links, file, bag);

        // Resolving is the costly part of a link and needs no table, so it is done outside the lock.
        var resolved = new List<(string Raw, string Path, string? Fragment, bool IsPage)>(links.PageHrefs.Count + links.ResourceHrefs.Count);
        foreach (var href in links.PageHrefs) Resolve(href, true);
        foreach (var href in links.ResourceHrefs) Resolve(href, false);
        void Resolve(string raw, bool isPage)
        {
            if (SiteChecker.Resolve(path, raw, _basePath) is var (target, fragment)) resolved.Add((raw, target, fragment, isPage));
        }

        HashSet<string>? ownIds = null;
        lock (_gate)
        {
            var from = _index[path];
            var edges = new List<int>();
            foreach (var (raw, targetPath, fragment, isPage) in resolved)
            {
                var to = Intern(targetPath);
                var target = _entries[to];
                if (to != from && SiteChecker.IsChecked(fragment) || !target.Added && !target.Expected)
                {
                    // Another page's ids are known only once it has arrived; a file not known yet may still arrive.
                    _pending.Add(new Pending(from, raw, to, fragment, isPage));
                    if (isPage && targetPath.EndsWith(".html", StringComparison.Ordinal) && (target.Added || target.Expected)) edges.Add(to);
                    continue;
                }
                if (isPage && targetPath.EndsWith(".html", StringComparison.Ordinal)) edges.Add(to);
                if (to == from && SiteChecker.IsChecked(fragment)
                    && !(ownIds ??= links.Ids.ToHashSet(StringComparer.Ordinal)).Contains(Uri.UnescapeDataString(fragment)))
                    bag.Add(SiteChecker.MissingFragment(file, raw, fragment));
            }
            _entries[from] = _entries[from] with { Edges = [.. edges] };
        }
        _diagnostics.AddRange(bag);
    }

    /// <summary>Marks a path added; an HTML page keeps its ids, each shared through the check's pool.</summary>
    private void Register(string path, PageLinks? links)
    {
        var i = Intern(path);
        _entries[i] = _entries[i] with
        {
            Added = true,
            Ids = links is null ? null : [.. links.Ids.Select(_ids.Share)],
            IsCheckedPage = links is not null && path.EndsWith(".html", StringComparison.Ordinal),
        };
    }

    private int Intern(string path)
    {
        if (_index.TryGetValue(path, out var i)) return i;
        _index[path] = i = _entries.Count;
        _entries.Add(new Entry(path));
        return i;
    }

    /// <summary>One path of the table: whether it is expected and whether it has arrived; for an HTML page, its ids and
    /// the pages it links to.</summary>
    private readonly record struct Entry(string Path)
    {
        public bool Expected { get; init; }
        public bool Added { get; init; }
        public bool IsCheckedPage { get; init; }
        public string[]? Ids { get; init; }
        public int[]? Edges { get; init; }
    }

    /// <summary>A link checked at the end: to a path not known when its page arrived, or to an id of another page.</summary>
    private sealed record Pending(int From, string Raw, int Target, string? Fragment, bool IsPage);
}
