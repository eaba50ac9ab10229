using System.Collections.Concurrent;
using System.Diagnostics;
using Archive.Checking;
using Archive.Content;
using Archive.Diagnostics;
using Archive.History;
using Archive.Linking;
using Archive.Markdown;
using Archive.Markdown.Annotations;
using Archive.Rendering;
using Archive.Rendering.Pages;
using Archive.Rendering.Theme;

namespace Archive;

/// <summary>
/// The site kept in memory for <c>archive serve</c>: loaded, linked and rendered once, then brought up to date after
/// each edit by re-reading only the files that changed (those the watcher named, see <see cref="Changed"/>, or every
/// file's state when it cannot say: <see cref="LoadCache"/>), linking again, and rendering again only the pages the edit
/// can reach (<see cref="Plan"/>). A page is always exactly what a cold build of the same input would publish; where the
/// dependencies cannot tell, everything is rendered. The page of an edited record is rendered first and can be shown
/// before the pages that list it (the <c>early</c> site of <see cref="Update"/>); an edit of article bodies alone is
/// shown before linking, from the last good site (<see cref="Quick"/>). An update with
/// errors leaves the last good site in place. Not thread-safe: one update at a time; <see cref="Current"/> may be read from any thread.
/// </summary>
public sealed class LiveSite
{
    private static readonly HashSet<string> NoRecords = [];

    private static readonly string[] Aggregates = [Urls.Home, Urls.Articles, Urls.Groups, Urls.Offers, Urls.Dates, Urls.Terms, Urls.Search, Urls.Data, Urls.NotFound];

    private readonly ArchiveMarkdown _markdown = new();
    private readonly LoadCache _cache = new();
    private readonly LinkCache _links = new();
    private readonly string _root;
    private readonly bool _includeDrafts;
    private FileHistoryLookup? _history;
    private string? _historyKey;
    private volatile LiveSnapshot? _current;
    private readonly object _gate = new();
    // The record files named changed since the last load, and whether anything else may have changed (then every
    // file is looked at): the first load, lost events, site.yml, pages, terms, theme overrides, folders.
    private HashSet<string> _named = new(StringComparer.Ordinal);
    private bool _unsure = true;
    // The last load (null while one runs, so that one that threw is followed by a full one), and the load the last
    // good site was made from.
    private LoadedInput? _last;
    private LoadedInput? _good;

    public LiveSite(string siteRoot, bool includeDrafts)
    {
        _root = Path.GetFullPath(siteRoot);
        _includeDrafts = includeDrafts;
    }

    /// <summary>The last good site, or null before any update succeeded.</summary>
    public LiveSnapshot? Current => _current;

    /// <summary>Tells the site a file changed (a path relative to the site folder, or absolute): it is read again even if it looks the same.</summary>
    public void Changed(string path)
    {
        var relative = (Path.IsPathRooted(path) ? Path.GetRelativePath(_root, path) : path).Replace('\\', '/');
        _cache.Invalidate(relative);
        lock (_gate)
        {
            // A theme's own files are read on every update; they change no record.
            if (IsRecordFile(relative)) _named.Add(relative);
            else if (!relative.StartsWith("themes/", StringComparison.Ordinal)) _unsure = true;
        }
    }

    /// <summary>Forgets everything read: the next update reads every file (the watcher lost events).</summary>
    public void ChangedAll()
    {
        _cache.Clear();
        lock (_gate) { _unsure = true; }
    }

    /// <summary>An article, group or offer file directly in its folder (<c>input/articles/x.md</c>): one record, read alone.</summary>
    private static bool IsRecordFile(string relative)
    {
        var parts = relative.Split('/');
        return parts.Length == 3 && parts[0] == "input" && parts[1] is "articles" or "groups" or "offers"
               && parts[2].EndsWith(".md", StringComparison.Ordinal) && !parts[2].StartsWith('.');
    }

    /// <param name="early">
    /// Told of a site in which only the pages of the edited records are new, before the pages that list them are
    /// rendered again, with the URLs whose bytes changed: the edited page can be shown at once. Called only when that
    /// site is complete and its new pages checked; the update that follows may still fail, and then the last good
    /// site is the one to serve.
    /// </param>
    public LiveUpdate Update(Action<LiveSnapshot, IReadOnlyList<string>>? early = null)
    {
        var clock = Stopwatch.StartNew();
        var timings = new List<StageTiming>();
        var stage = Stopwatch.StartNew();
        void Done(string name)
        {
            timings.Add(new StageTiming(name, stage.Elapsed));
            stage.Restart();
        }

        var diagnostics = new DiagnosticBag();
        HashSet<string> named;
        bool unsure;
        lock (_gate)
        {
            (named, unsure) = (_named, _unsure);
            (_named, _unsure) = (new HashSet<string>(StringComparer.Ordinal), false);
        }
        // Compared with the last good site, however many updates failed since: what changed since then is still changed.
        var previous = _current;
        var last = _last;
        _last = null;
        // Only the files the watcher named are read again when it named nothing else: the rest are as last loaded.
        // (Not while a folder of records is a link out of input/: a full load reads nothing in it.)
        var trusted = !unsure && last is not null && !last.Diagnostics.Any(d => d.Code == DiagnosticCodes.LinkLeavesInput && !IsRecordFile(d.File));
        var load = trusted ? LoadNamed(last!, named) : LoadAll();
        _last = load;
        diagnostics.AddRange(load.Diagnostics);
        var historyKey = GitFingerprint.Of(_root);
        var sameHistory = _history is not null && historyKey == _historyKey;
        Done("load");

        // The page of an edited article whose front matter is as it was, from the last good site: shown before linking.
        IReadOnlyDictionary<string, byte[]> shownEarly = new Dictionary<string, byte[]>();
        IReadOnlyList<string> earlyUrls = [];
        var beforeLinking = false;
        if (early is not null && trusted && sameHistory && previous is not null && ReferenceEquals(last, _good) && !diagnostics.HasErrors
            && Quick(previous, last!.Content, load.Content, named, Done) is { Changed.Count: > 0 } quick)
        {
            (shownEarly, earlyUrls, beforeLinking) = (quick.Bytes, quick.Changed, true);
            early(quick.Snapshot, earlyUrls);
            Done("early shown");
        }

        if (!sameHistory)
        {
            _history = new GitHistory().Read(_root);
            _historyKey = historyKey;
        }
        var content = SiteBuilder.WithHistory(load.Content, _history!);
        Done("history");
        var site = new SiteLinker().Link(content, _includeDrafts, diagnostics, _links);
        Done("link");
        var theme = ThemeFiles.Load(_root, site.Config.Theme, diagnostics);
        Done("theme");
        if (diagnostics.HasErrors) return Failed(diagnostics, timings, clock);

        var routes = RouteTable.For(site);
        Done("routes");
        var inputs = new InputState(load.Versions, content.LastUpdated, ReadSiteYml(), historyKey, content.Version);
        // Read alone since the load of the last good site, the named files are all that changed (a file's date comes
        // from the history, which is the same, or from the file, which is named).
        var files = previous is null ? null
            : trusted && sameHistory && ReferenceEquals(last, _good) ? named
            : previous.Inputs.ChangedFiles(inputs);
        var full = NeedsAll(previous, inputs, theme, files);
        Done("inputs");

        var sink = new MemorySink();
        var renderer = new SiteRenderer(_markdown);
        var rendered = new Dictionary<string, StreamedPage>(StringComparer.Ordinal);
        void Render(IEnumerable<Route> some)
        {
            var list = some.Where(r => !rendered.ContainsKey(r.Url)).ToList();
            if (list.Count == 0) return;
            foreach (var page in renderer.Render(site, theme, diagnostics, sink, list)) rendered[page.Url] = page;
        }
        // Before working out what else the edit reaches: the edited page is what its editor is looking at.
        if (early is not null && earlyUrls.Count == 0 && !full && EarlyRoutes(previous!, routes, files!) is { Count: > 0 } first)
        {
            Render(first);
            Done("first");
            if (!diagnostics.HasErrors && Interim(previous!, site, theme, routes, inputs, rendered.Values, sink) is { } interim)
            {
                earlyUrls = interim.Changed;
                if (earlyUrls.Count > 0) early(interim.Snapshot, earlyUrls);
            }
            Done("interim");
        }
        var plan = full ? new RenderPlan(true, routes, NoRecords) : Plan(previous!, site, routes, theme, files!);
        Done("plan");
        Render(plan.Routes);
        if (!diagnostics.HasErrors && plan.FollowLinksOf.Count > 0)
        {
            // The pages an edited record now links to may list it for the first time (an article naming a new group,
            // a new date): links go both ways, so they are rendered too, with the date pages above them.
            var byUrl = routes.ToDictionary(r => r.Url, StringComparer.Ordinal);
            var more = WithCompanions(plan.FollowLinksOf.Select(u => rendered.GetValueOrDefault(u)).OfType<StreamedPage>()
                    .SelectMany(p => Targets(p, site.Config.BasePath))
                    .SelectMany(WithDateAncestors), routes)
                .Select(u => byUrl.GetValueOrDefault(u)).OfType<Route>();
            Render(more);
        }
        Done("render");
        if (diagnostics.HasErrors) return Failed(diagnostics, timings, clock);

        var pages = plan.Full ? new Dictionary<string, StreamedPage>(StringComparer.Ordinal) : new Dictionary<string, StreamedPage>(previous!.Pages, StringComparer.Ordinal);
        var bytes = plan.Full ? new Dictionary<string, byte[]>(StringComparer.Ordinal) : new Dictionary<string, byte[]>(previous!.Bytes, StringComparer.Ordinal);
        if (!plan.Full)
        {
            // Pages that are no longer routes go, with the files beside them (their citation downloads).
            var urls = routes.Select(r => r.Url).ToHashSet(StringComparer.Ordinal);
            var gone = previous!.RouteUrls.Where(u => !urls.Contains(u)).ToList();
            foreach (var page in previous.Pages.Values.Where(p => gone.Any(g => p.Url == g || (!p.IsHtml && p.Url.StartsWith(g, StringComparison.Ordinal) && !urls.Contains(p.Url)))))
            {
                pages.Remove(page.Url);
                bytes.Remove(page.Path);
            }
        }
        foreach (var (url, page) in rendered) pages[url] = page;
        foreach (var (path, written) in sink.Files) bytes[path] = written;
        Done("merge");

        var fileRoutes = RouteTable.Files(site);
        var graph = new LinkGraph(pages.Values);
        foreach (var file in fileRoutes) graph.Add(Urls.ToFilePath(file.Url), null);
        var checks = Check(previous, plan.Full, graph, rendered.Values, site.Config.BasePath);
        if (SameEdges(previous, plan.Full, checks, rendered.Values))
        {
            // Every page is reached from the home page as before: the last good site had no orphans, so none now.
            foreach (var check in checks.Values) diagnostics.AddRange(check.Diagnostics);
        }
        else
        {
            diagnostics.AddRange(SiteChecker.Report(checks));
        }
        Done("check");
        if (diagnostics.HasErrors) return Failed(diagnostics, timings, clock);

        var changed = new List<string>();
        foreach (var page in pages.Values)
        {
            var before = previous?.Bytes.GetValueOrDefault(page.Path);
            if (before is null || (sink.Files.TryGetValue(page.Path, out var now) && !before.AsSpan().SequenceEqual(now))) changed.Add(page.Url);
        }
        if (previous is not null)
        {
            changed.AddRange(previous.Pages.Keys.Where(u => !pages.ContainsKey(u)));
        }
        Done("diff");

        var number = (previous?.Number ?? 0) + 1;
        _good = load;
        _current = new LiveSnapshot(number, site, theme, routes.Select(r => r.Url).ToHashSet(StringComparer.Ordinal), pages, bytes, fileRoutes, inputs)
        {
            Graph = graph,
            Checks = checks,
        };
        Done("publish");
        // A page shown early whose bytes are those shown is not reloaded again.
        var shown = earlyUrls.Where(u => pages.TryGetValue(u, out var page)
                && (!shownEarly.TryGetValue(page.Path, out var before) || (bytes.TryGetValue(page.Path, out var now) && before.AsSpan().SequenceEqual(now))))
            .ToHashSet(StringComparer.Ordinal);
        return new LiveUpdate(true, diagnostics.ToSortedList(), changed.Order(StringComparer.Ordinal).ToList(), rendered.Count, plan.Full,
            pages.Values.Count(p => FileRenderer.IsPage(p.Url)), timings, clock.Elapsed)
        {
            EarlyUrls = earlyUrls,
            EarlyBeforeLinking = beforeLinking,
            ReloadUrls = changed.Where(u => !shown.Contains(u)).Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>Every input file, each read again only if it looks changed or was named (see <see cref="LoadCache"/>).</summary>
    private LoadedInput LoadAll()
    {
        var bag = new DiagnosticBag();
        var content = new ContentLoader(_markdown).Load(_root, bag, _cache);
        return new LoadedInput(content, bag.ToSortedList(), _cache.Versions);
    }

    /// <summary>
    /// The last load with the named record files read again: a file that is gone loses its record, a new one gains
    /// one, in the place a full load gives it (records are in file order, and the order of offers hands out quote ids).
    /// </summary>
    private LoadedInput LoadNamed(LoadedInput last, IReadOnlySet<string> named)
    {
        var before = last.Content;
        var articles = before.Articles.ToList();
        var groups = before.Groups.ToList();
        var offers = before.Offers.ToList();
        var unreadable = new HashSet<string>(before.Unreadable, StringComparer.Ordinal);
        var versions = new Dictionary<string, long>(last.Versions, StringComparer.Ordinal);
        var bag = new DiagnosticBag();
        var loader = new ContentLoader(_markdown);
        foreach (var file in named.Order(StringComparer.Ordinal))
        {
            var folder = file.Split('/')[1];
            var key = folder[..^1] + ":" + Path.GetFileNameWithoutExtension(file);
            unreadable.Remove(key);
            versions.Remove(file);
            Remove(articles, a => a.File, file);
            Remove(groups, g => g.File, file);
            Remove(offers, o => o.File, file);
            if (Platform.Posix.KindOf(Path.Combine(_root, file), followLinks: false) == Platform.FileKind.Missing) continue;
            var record = loader.LoadRecord(_root, file, bag, _cache);
            if (_cache.VersionOf(file) is { } version) versions[file] = version;
            switch (record)
            {
                case Article a: Insert(articles, a, x => x.File); break;
                case Group g: Insert(groups, g, x => x.File); break;
                case Offer o: Insert(offers, o, x => x.File); break;
                default: unreadable.Add(key); break;
            }
        }
        var diagnostics = last.Diagnostics.Where(d => !named.Contains(d.File)).Concat(bag.ToSortedList()).ToList();
        var content = before with { Articles = articles, Groups = groups, Offers = offers, Unreadable = unreadable };
        return new LoadedInput(content, diagnostics, versions);
    }

    private static void Remove<T>(List<T> records, Func<T, string> file, string path)
    {
        var at = records.FindIndex(r => file(r) == path);
        if (at >= 0) records.RemoveAt(at);
    }

    private static void Insert<T>(List<T> records, T record, Func<T, string> file)
    {
        var at = records.FindIndex(r => string.CompareOrdinal(file(r), file(record)) > 0);
        records.Insert(at < 0 ? records.Count : at, record);
    }

    /// <summary>
    /// The early site of an edit that changed only the bodies of articles or what their own pages show of their front
    /// matter (<see cref="SameLinks"/>: no other record, list or link of the site changes): the last good site with
    /// those articles' pages rendered from it and the new records, when every quote verified in each body still occurs
    /// there once, every record its annotations name exists, and the pages pass the link check. Null when the edit is anything else: the update
    /// then links first, as a cold build does, and shows the edited pages after that (<see cref="EarlyRoutes"/>).
    /// </summary>
    private (LiveSnapshot Snapshot, IReadOnlyList<string> Changed, IReadOnlyDictionary<string, byte[]> Bytes)? Quick(LiveSnapshot previous,
        ContentSet before, ContentSet now, IReadOnlySet<string> named, Action<string> done)
    {
        var site = previous.Site;
        var articles = new List<Article>();
        foreach (var file in named)
        {
            if (before.Articles.FirstOrDefault(a => a.File == file) is not { } old || now.Articles.FirstOrDefault(a => a.File == file) is not { } edited) return null;
            if (!SameLinks(old, edited) || site.Article(old.Id) is not { } linked) return null;
            // Without git a file's date is its modification time: an edit can move its "last updated" day.
            if (_history?.Find(file)?.Date != site.LastUpdated(file)) return null;
            // The references as linking kept them (a draft group left out stays out), the rest as now written.
            var article = edited with { Groups = linked.Groups, Offers = linked.Offers, Terms = linked.Terms };
            if (!SameFrontMatter(linked, article)) site = site.WithArticle(article);
            if (site.QuotesIn(article.Id).Any(q => _links.Occurrences(article.Body.PlainText, q.Quote) != 1)) return null;
            foreach (var annotation in article.Body.Annotations)
            {
                var exists = annotation.Kind switch
                {
                    AnnotationKind.Group => site.Group(annotation.Value) is not null,
                    AnnotationKind.Offer => site.Offer(annotation.Value) is not null,
                    _ => true,
                };
                if (!exists) return null;
            }
            articles.Add(article);
        }
        if (articles.Count == 0) return null;
        // Each from the site with every edited record in place (a page's annotations read the site its route holds).
        var routes = articles.Select(a => RouteTable.Article(site, a)).ToList();
        done("early verify");

        var bag = new DiagnosticBag();
        var sink = new MemorySink();
        var rendered = new SiteRenderer(_markdown).Render(site, previous.Theme, bag, sink, routes);
        done("early render");
        if (bag.HasErrors || rendered.Count == 0) return null;
        var graph = new LinkGraph(previous.Graph);
        foreach (var page in rendered) graph.Add(page.Path, page.Links);
        var checks = SiteChecker.CheckPages(graph, rendered.Where(p => p.IsHtml).Select(p => p.Path), site.Config.BasePath);
        done("early check");
        if (checks.Values.Any(c => c.Diagnostics.Any(d => d.IsError))) return null;

        var changed = rendered.Where(p => sink.Files.TryGetValue(p.Path, out var written)
                && (previous.Bytes.GetValueOrDefault(p.Path) is not { } was || !was.AsSpan().SequenceEqual(written)))
            .Select(p => p.Url).Order(StringComparer.Ordinal).ToList();
        return (previous.With(rendered, sink.Files), changed, sink.Files);
    }

    /// <summary>Whether two reads of an article differ in their body alone (the line numbers of the front matter included).</summary>
    internal static bool SameFrontMatter(Article a, Article b) =>
        a with { Body = b.Body, Authors = b.Authors, Groups = b.Groups, Offers = b.Offers, Terms = b.Terms, Notes = b.Notes } == b
        && a.Authors.SequenceEqual(b.Authors, StringComparer.Ordinal) && a.Groups.SequenceEqual(b.Groups) && a.Offers.SequenceEqual(b.Offers)
        && a.Terms.SequenceEqual(b.Terms) && a.Notes.SequenceEqual(b.Notes);

    /// <summary>
    /// Whether two reads of an article differ at most in what only its own page and the lists that name it show (its
    /// title, summary, source, authors, addresses and the days it was updated and retrieved) and in its body: its
    /// id, kind, rights, language, date, draft state, references and notes (with their line numbers) are as they were,
    /// so no record, list, order or page of the site comes or goes (see <see cref="Site.WithArticle"/>).
    /// </summary>
    internal static bool SameLinks(Article a, Article b) =>
        SameFrontMatter(a with { Title = b.Title, Summary = b.Summary, Source = b.Source, Authors = b.Authors, Url = b.Url, ArchivedUrl = b.ArchivedUrl,
            Retrieved = b.Retrieved, Updated = b.Updated }, b);

    /// <summary>
    /// The pages to render and show before the rest: those of the records whose files changed, when the edit adds and
    /// removes no page (so the site that shows them early is the last good one with those pages replaced).
    /// </summary>
    private static List<Route> EarlyRoutes(LiveSnapshot previous, IReadOnlyList<Route> routes, IReadOnlySet<string> files)
    {
        if (files.Count == 0 || routes.Count != previous.RouteUrls.Count) return [];
        if (routes.Any(r => !previous.RouteUrls.Contains(r.Url))) return [];
        var records = files.Select(RecordUrl).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return routes.Where(r => records.Contains(r.Url) && previous.Pages.ContainsKey(r.Url)).ToList();
    }

    /// <summary>
    /// The last good site with the pages rendered so far in place of theirs, when those pages pass the link check
    /// against it; and the URLs whose bytes that changes.
    /// </summary>
    private static (LiveSnapshot Snapshot, IReadOnlyList<string> Changed)? Interim(LiveSnapshot previous, Site site, ThemeFiles theme,
        IReadOnlyList<Route> routes, InputState inputs, IEnumerable<StreamedPage> rendered, MemorySink sink)
    {
        var pages = new Dictionary<string, StreamedPage>(previous.Pages, StringComparer.Ordinal);
        var bytes = new Dictionary<string, byte[]>(previous.Bytes, StringComparer.Ordinal);
        var changed = new List<string>();
        var paths = new List<string>();
        foreach (var page in rendered)
        {
            pages[page.Url] = page;
            if (page.IsHtml) paths.Add(page.Path);
            if (!sink.Files.TryGetValue(page.Path, out var written)) continue;
            if (previous.Bytes.GetValueOrDefault(page.Path) is not { } before || !before.AsSpan().SequenceEqual(written)) changed.Add(page.Url);
        }
        foreach (var (path, written) in sink.Files) bytes[path] = written;
        var fileRoutes = RouteTable.Files(site);
        var graph = new LinkGraph(pages.Values);
        foreach (var file in fileRoutes) graph.Add(Urls.ToFilePath(file.Url), null);
        if (SiteChecker.CheckPages(graph, paths, site.Config.BasePath).Values.Any(c => c.Diagnostics.Any(d => d.IsError))) return null;
        var snapshot = new LiveSnapshot(previous.Number, site, theme, routes.Select(r => r.Url).ToHashSet(StringComparer.Ordinal), pages, bytes,
            fileRoutes, inputs) { Graph = graph };
        return (snapshot, changed.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Whether the site has the pages it had, each linking to the pages it linked to (so what is reachable is the same).</summary>
    private static bool SameEdges(LiveSnapshot? previous, bool full, IReadOnlyDictionary<string, PageCheck> checks, IEnumerable<StreamedPage> rendered)
    {
        if (full || previous is null || checks.Count != previous.Checks.Count) return false;
        if (checks.Keys.Any(k => !previous.Checks.ContainsKey(k))) return false;
        foreach (var page in rendered)
        {
            if (!page.IsHtml) continue;
            if (checks.GetValueOrDefault(page.Path) is not { } now || previous.Checks.GetValueOrDefault(page.Path) is not { } before) return false;
            if (!now.Edges.SequenceEqual(before.Edges, StringComparer.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>
    /// The link check of every page, re-done for the pages rendered again, the pages that link to a page whose ids
    /// changed, and the pages that link to a file that went; everything on a full update.
    /// </summary>
    private static IReadOnlyDictionary<string, PageCheck> Check(LiveSnapshot? previous, bool full, LinkGraph graph,
        IEnumerable<StreamedPage> rendered, string basePath)
    {
        if (full || previous is null) return SiteChecker.CheckPages(graph, graph.Files.Keys, basePath);
        var again = new HashSet<string>(StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in rendered.Where(p => p.IsHtml))
        {
            again.Add(page.Path);
            var before = previous.Graph.Files.GetValueOrDefault(page.Path);
            if (before is null || !before.Ids.SequenceEqual(page.Links!.Ids, StringComparer.Ordinal)) touched.Add(page.Path);
        }
        touched.UnionWith(previous.Graph.Files.Keys.Where(p => !graph.Files.ContainsKey(p)));
        if (touched.Count > 0)
        {
            foreach (var (path, check) in previous.Checks)
            {
                if (check.Targets.Overlaps(touched)) again.Add(path);
            }
        }
        var checks = previous.Checks.Where(c => graph.Files.ContainsKey(c.Key)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        foreach (var (path, check) in SiteChecker.CheckPages(graph, again, basePath)) checks[path] = check;
        return checks;
    }

    private LiveUpdate Failed(DiagnosticBag diagnostics, List<StageTiming> timings, Stopwatch clock)
    {
        return new LiveUpdate(false, diagnostics.ToSortedList(), [], 0, false, _current?.PageCount ?? 0, timings, clock.Elapsed);
    }

    private byte[]? ReadSiteYml()
    {
        try
        {
            return File.ReadAllBytes(Path.Combine(_root, SiteConfigReader.RelativePath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether the update renders every page: the first, and any after a change to the settings, the theme's files, or a
    /// file that is not an article, group or offer (free pages are in every page's navigation, and terms are filed on
    /// records all over the site).
    /// </summary>
    private static bool NeedsAll(LiveSnapshot? previous, InputState inputs, ThemeFiles theme, IReadOnlySet<string>? files) =>
        previous is null || files is null || !previous.Inputs.SameSettings(inputs) || previous.Theme.Origin != theme.Origin
        || !previous.Theme.Files.Keys.Order(StringComparer.Ordinal).SequenceEqual(theme.Files.Keys.Order(StringComparer.Ordinal), StringComparer.Ordinal)
        || files.Any(f => RecordUrl(f) is null);

    /// <summary>What an update that need not render everything (see <see cref="NeedsAll"/>) renders: the routes an edit can reach from the previous good site.</summary>
    internal static RenderPlan Plan(LiveSnapshot previous, Site site, IReadOnlyList<Route> routes, ThemeFiles theme, IReadOnlySet<string> files)
    {
        var added = routes.Where(r => !previous.RouteUrls.Contains(r.Url)).Select(r => r.Url).ToList();
        var themeChanged = theme.Files.Where(f => !previous.Theme.Files[f.Key].AsSpan().SequenceEqual(f.Value)).Select(f => f.Key)
            .ToHashSet(StringComparer.Ordinal);
        if (files.Count == 0 && themeChanged.Count == 0 && added.Count == 0) return new RenderPlan(false, [], NoRecords);

        // Pages that link the groups named in their text read every group, but only the words that become links matter.
        var anyGroup = files.Any(f => f.StartsWith("input/groups/", StringComparison.Ordinal)) && previous.Site.Mentions.Key != site.Mentions.Key;
        // A new page (a new record, a new date) is rendered, and so are the pages it links to, as for an edited record.
        var records = files.Select(RecordUrl).OfType<string>().Concat(added).ToHashSet(StringComparer.Ordinal);
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in previous.Pages.Values)
        {
            var d = page.Dependencies;
            if (d.Records.Any(files.Contains) || (anyGroup && d.Records.Contains(PageDependencies.AllGroups))
                || d.Templates.Any(themeChanged.Contains) || d.Assets.Any(themeChanged.Contains))
            {
                urls.Add(page.Url);
            }
        }
        if (records.Count > 0)
        {
            urls.UnionWith(Aggregates);
            urls.UnionWith(records);
            // The pages an edited record linked to before may list it no longer.
            foreach (var url in records)
            {
                if (previous.Pages.GetValueOrDefault(url) is { } old) urls.UnionWith(Targets(old, site.Config.BasePath));
            }
        }
        // A page that goes (a record deleted or renamed, a date no longer used) leaves every page that linked to it
        // (a neighbouring date's next and previous links) to be rendered without the link.
        var routeUrls = routes.Select(r => r.Url).ToHashSet(StringComparer.Ordinal);
        var gone = previous.RouteUrls.Where(u => !routeUrls.Contains(u)).ToHashSet(StringComparer.Ordinal);
        if (gone.Count > 0)
        {
            urls.UnionWith(gone);
            foreach (var page in previous.Pages.Values)
            {
                if (page.IsHtml && Targets(page, site.Config.BasePath).Any(gone.Contains)) urls.Add(page.Url);
            }
        }
        var all = WithCompanions(urls.SelectMany(WithDateAncestors), routes);
        return new RenderPlan(false, routes.Where(r => all.Contains(r.Url)).ToList(), records);
    }

    /// <summary>The page of the record an input file holds (<c>input/groups/x.md</c> is <c>/groups/x/</c>).</summary>
    private static string? RecordUrl(string file)
    {
        if (!file.EndsWith(".md", StringComparison.Ordinal)) return null;
        var name = Path.GetFileNameWithoutExtension(file);
        return Path.GetDirectoryName(file)?.Replace('\\', '/') switch
        {
            "input/articles" => Urls.Article(name),
            "input/groups" => Urls.Group(name),
            "input/offers" => Urls.Offer(name),
            _ => null,
        };
    }

    /// <summary>The site URLs a page links to, without base path, query or fragment.</summary>
    private static IEnumerable<string> Targets(StreamedPage page, string basePath)
    {
        var prefix = basePath.TrimEnd('/');
        foreach (var href in page.Links?.PageHrefs ?? [])
        {
            if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal)) continue;
            var end = href.IndexOfAny(['?', '#']);
            var path = end < 0 ? href : href[..end];
            if (prefix.Length > 0)
            {
                if (!path.StartsWith(prefix + "/", StringComparison.Ordinal)) continue;
                path = path[prefix.Length..];
            }
            yield return path;
        }
    }

    /// <summary>
    /// The URLs with the pages that continue them: a list's later pages (<c>/articles/page/2/</c>) and a record's full
    /// lists (<c>/groups/x/articles/</c> and their pages). An item added or moved shifts every later page of a list.
    /// </summary>
    private static HashSet<string> WithCompanions(IEnumerable<string> urls, IReadOnlyList<Route> routes)
    {
        var all = urls.ToHashSet(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            if (!all.Contains(route.Url) && all.Contains(OwnerOf(route.Url))) all.Add(route.Url);
        }
        return all;
    }

    /// <summary>The page a page continues: <c>/x/page/2/</c> continues <c>/x/</c>; a record's list continues the record's page.</summary>
    private static string OwnerOf(string url)
    {
        var paged = url.LastIndexOf("/page/", StringComparison.Ordinal);
        if (paged >= 0 && url.EndsWith('/') && int.TryParse(url.AsSpan(paged + 6, url.Length - paged - 7), out _)) url = url[..(paged + 1)];
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 && parts[0] is "groups" or "offers" or "terms" ? $"/{parts[0]}/{parts[1]}/" : url;
    }

    /// <summary>A date page and the month and year pages above it (<c>/dates/2006/05/02/</c>, <c>/dates/2006/05/</c>, <c>/dates/2006/</c>).</summary>
    private static IEnumerable<string> WithDateAncestors(string url)
    {
        yield return url;
        if (!url.StartsWith(Urls.Dates, StringComparison.Ordinal)) yield break;
        var parts = url[Urls.Dates.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var n = parts.Length - 1; n >= 1; n--) yield return Urls.Dates + string.Join('/', parts[..n]) + "/";
    }
}

/// <summary>One load of the input: the records, what reading them reported, and which read of each file gave its record.</summary>
internal sealed record LoadedInput(ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, long> Versions);

/// <summary>A dictionary read through: its own entries over those of another, which it never changes.</summary>
internal sealed class Overlay<TValue>(IReadOnlyDictionary<string, TValue> under, IReadOnlyDictionary<string, TValue> over) : IReadOnlyDictionary<string, TValue>
{
    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => under.Keys.Concat(over.Keys.Where(k => !under.ContainsKey(k)));

    public IEnumerable<TValue> Values => Keys.Select(k => this[k]);

    public int Count => under.Count + over.Keys.Count(k => !under.ContainsKey(k));

    public bool ContainsKey(string key) => over.ContainsKey(key) || under.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value) =>
        over.TryGetValue(key, out value) || under.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => Keys.Select(k => new KeyValuePair<string, TValue>(k, this[k])).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>What an update renders: everything, or some routes and the records whose new links are followed one step.</summary>
internal sealed record RenderPlan(bool Full, IReadOnlyList<Route> Routes, IReadOnlySet<string> FollowLinksOf);

/// <summary>What the site was made from, beyond the rendered pages: which read of each input file, their dates, site.yml and the history.</summary>
public sealed record InputState(IReadOnlyDictionary<string, long> Versions, IReadOnlyDictionary<string, DateOnly> Dates, byte[]? SiteYml,
    string? History, ArchiveVersion Version)
{
    /// <summary>Whether the settings every page depends on are the same: site.yml, the repository's history and the version cited.</summary>
    internal bool SameSettings(InputState other) =>
        History == other.History && Version == other.Version && (SiteYml ?? []).AsSpan().SequenceEqual(other.SiteYml ?? []);

    /// <summary>The input files read again, added, removed, or whose date changed, since this state.</summary>
    internal HashSet<string> ChangedFiles(InputState now)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, version) in now.Versions)
        {
            if (!Versions.TryGetValue(file, out var before) || before != version) changed.Add(file);
        }
        foreach (var file in Versions.Keys) if (!now.Versions.ContainsKey(file)) changed.Add(file);
        foreach (var (file, date) in now.Dates) if (!Dates.TryGetValue(file, out var before) || before != date) changed.Add(file);
        foreach (var file in Dates.Keys) if (!now.Dates.ContainsKey(file)) changed.Add(file);
        return changed;
    }
}

/// <summary>The outcome of one update of a <see cref="LiveSite"/>.</summary>
/// <param name="ChangedUrls">The pages and files whose bytes changed (or that appeared or went), by site URL.</param>
/// <param name="Rendered">How many pages and files were rendered.</param>
/// <param name="Full">Whether every page was rendered.</param>
public sealed record LiveUpdate(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> ChangedUrls, int Rendered, bool Full,
    int PageCount, IReadOnlyList<StageTiming> Timings, TimeSpan Elapsed)
{
    /// <summary>The changed URLs already shown by the early site (see <see cref="LiveSite.Update"/>).</summary>
    public IReadOnlyList<string> EarlyUrls { get; init; } = [];

    /// <summary>Whether they were shown from the last good site before linking (an edit of article bodies alone).</summary>
    public bool EarlyBeforeLinking { get; init; }

    /// <summary>The changed URLs not shown early: the pages to reload once the update is done.</summary>
    public IReadOnlyList<string> ReloadUrls { get; init; } = [];
}

/// <summary>
/// One good version of the live site: every page's bytes by path, what each was made from, and the files beside the
/// pages (feeds, data, annotations), written when first asked for. Never changed once made.
/// </summary>
public sealed class LiveSnapshot
{
    private readonly Dictionary<string, FileRoute> _fileRoutes;
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _files = new(StringComparer.Ordinal);
    private readonly Lazy<FileContext> _fileContext;

    internal LiveSnapshot(int number, Site site, ThemeFiles theme, IReadOnlySet<string> routeUrls, IReadOnlyDictionary<string, StreamedPage> pages,
        IReadOnlyDictionary<string, byte[]> bytes, IReadOnlyList<FileRoute> fileRoutes, InputState inputs)
        : this(number, site, theme, routeUrls, pages, bytes, fileRoutes.ToDictionary(f => Urls.ToFilePath(f.Url), StringComparer.Ordinal), inputs)
    {
    }

    private LiveSnapshot(int number, Site site, ThemeFiles theme, IReadOnlySet<string> routeUrls, IReadOnlyDictionary<string, StreamedPage> pages,
        IReadOnlyDictionary<string, byte[]> bytes, Dictionary<string, FileRoute> fileRoutes, InputState inputs)
    {
        Number = number;
        Site = site;
        Theme = theme;
        Pages = pages;
        Bytes = bytes;
        Inputs = inputs;
        RouteUrls = routeUrls;
        _fileRoutes = fileRoutes;
        _fileContext = new Lazy<FileContext>(() => FileRenderer.Context(site, pages.Values));
    }

    /// <summary>This site with some pages (and the files beside them) rendered again, sharing everything else.</summary>
    internal LiveSnapshot With(IEnumerable<StreamedPage> pages, IReadOnlyDictionary<string, byte[]> bytes) =>
        new(Number, Site, Theme, RouteUrls, new Overlay<StreamedPage>(Pages, pages.ToDictionary(p => p.Url, StringComparer.Ordinal)),
            new Overlay<byte[]>(Bytes, bytes), _fileRoutes, Inputs) { Graph = Graph, Checks = Checks };

    /// <summary>Every file and each page's links, as checked.</summary>
    internal LinkGraph Graph { get; init; } = new();

    /// <summary>What checking found on each page.</summary>
    internal IReadOnlyDictionary<string, PageCheck> Checks { get; init; } = new Dictionary<string, PageCheck>();

    /// <summary>Counts the good versions: 1 is the first.</summary>
    public int Number { get; }

    public Site Site { get; }

    internal ThemeFiles Theme { get; }

    /// <summary>Every rendered page, file beside a page and theme asset, by site URL.</summary>
    public IReadOnlyDictionary<string, StreamedPage> Pages { get; }

    /// <summary>Their bytes, by path in the output (<c>articles/x/index.html</c>).</summary>
    internal IReadOnlyDictionary<string, byte[]> Bytes { get; }

    internal InputState Inputs { get; }

    /// <summary>The URLs of the routes (HTML pages) rendered.</summary>
    internal IReadOnlySet<string> RouteUrls { get; }

    public string BasePath => Site.Config.BasePath;

    public int PageCount => RouteUrls.Count;

    /// <summary>Every path the site publishes: pages, the files beside them, assets, and the files written on request.</summary>
    public IEnumerable<string> Paths => Bytes.Keys.Concat(_fileRoutes.Keys).Distinct(StringComparer.Ordinal);

    public bool Has(string path) => Bytes.ContainsKey(path) || _fileRoutes.ContainsKey(path);

    /// <summary>The bytes published at <paramref name="path"/> (<c>articles/x/index.html</c>), or null.</summary>
    public byte[]? Get(string path)
    {
        if (Bytes.TryGetValue(path, out var bytes)) return bytes;
        if (!_fileRoutes.TryGetValue(path, out var route)) return null;
        return _files.GetOrAdd(path, _ => new Lazy<byte[]>(() =>
        {
            var sink = new MemorySink();
            FileRenderer.Render([route], _fileContext.Value, sink);
            return sink.Files[path];
        })).Value;
    }
}
