using System.Diagnostics;
using Archive.Checking;
using Archive.Content;
using Archive.Diagnostics;
using Archive.History;
using Archive.Linking;
using Archive.Markdown;
using Archive.Publishing;
using Archive.Publishing.Search;
using Archive.Rendering;
using Archive.Rendering.Pages;
using Archive.Rendering.Theme;

namespace Archive;

/// <summary>
/// The one coordinator: runs load → link → render → check → publish, gathering diagnostics from every stage.
/// A build with any error publishes nothing and leaves the previous output as it was.
/// </summary>
public sealed class SiteBuilder
{
    private readonly ArchiveMarkdown _markdown = new();
    private readonly PublishOptions _publish;

    /// <param name="publish">How to publish (tests pass a fault hook or a short lock timeout); the defaults otherwise.</param>
    public SiteBuilder(PublishOptions? publish = null) => _publish = publish ?? new PublishOptions();

    /// <summary>Adds when each record's file last changed, and every commit that changed it, from one <c>git log</c> over <c>input/</c>.</summary>
    private static ContentSet WithHistory(ContentSet content, string siteRoot) => WithHistory(content, new GitHistory().Read(siteRoot));

    /// <summary>Adds each record's dates and changes from a history already read (the preview reads it once per commit).</summary>
    internal static ContentSet WithHistory(ContentSet content, FileHistoryLookup history)
    {
        var files = content.Articles.Select(a => a.File).Concat(content.Groups.Select(g => g.File))
            .Concat(content.Offers.Select(o => o.File)).Concat(content.Pages.Select(p => p.File)).Concat(content.Terms.Select(t => t.File));
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var changes = new Dictionary<string, IReadOnlyList<FileChange>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (history.Find(file) is not { } h) continue;
            dates[file] = h.Date;
            if (h.Changes.Count > 0) changes[file] = h.Changes;
        }
        return content with { LastUpdated = dates, Changes = changes, Version = ArchiveVersion.From(history, dates.Values) };
    }

    /// <param name="progress">Told when each stage starts and, while rendering, of every page done.</param>
    public BuildResult Build(BuildRequest request, IBuildProgress? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();

        T Stage<T>(string name, int total, Func<T> run)
        {
            progress?.StageStarted(name, total);
            clock.Restart();
            var result = run();
            timings.Add(new StageTiming(name, clock.Elapsed));
            progress?.StageFinished(name, clock.Elapsed);
            return result;
        }

        IReadOnlyList<string> recovered = [];
        Publisher? publisher = null;
        if (request.OutputDir is not null)
        {
            // Refuse a dangerous output before spending any time on the build, and repair what an interrupted
            // build left whether or not this one succeeds, so the messages about output/ are true.
            if (OutputGuard.Check(request.SiteRoot, request.OutputDir, request.Force) is { } refused)
            {
                return new BuildResult([], 0, 0, false, timings, refused);
            }
            publisher = new Publisher(_publish with { Force = request.Force || _publish.Force });
            try
            {
                recovered = publisher.Recover(request.OutputDir);
            }
            catch (PublishException ex)
            {
                return new BuildResult([], 0, 0, false, timings, ex.Problem);
            }
        }

        var content = Stage("load", 0, () => WithHistory(new ContentLoader(_markdown).Load(request.SiteRoot, diagnostics), request.SiteRoot));
        var site = Stage("link", 0, () => new SiteLinker().Link(content, request.IncludeDrafts, diagnostics));
        var theme = ThemeFiles.Load(request.SiteRoot, site.Config.Theme, diagnostics);
        var routes = SiteRenderer.Routes(site);

        PublishProblem? problem = null;
        SearchOutcome? search = null;
        StagedOutput? output = null;
        var published = false;
        try
        {
            // Pages stream into the staging folder as they render, under the output's lock; input that already has
            // errors is still rendered and checked, into nothing, so that every problem is reported at once.
            if (publisher is not null && !diagnostics.HasErrors)
            {
                try
                {
                    output = publisher.Begin(request.OutputDir!);
                }
                catch (PublishException ex)
                {
                    problem = ex.Problem;
                }
            }
            var sink = (IPageSink?)output ?? DiscardingSink.Instance;
            // Each page's links are checked as it streams, and only the page's place in the output is kept of it.
            var fileRoutes = RouteTable.Files(site);
            var checking = !diagnostics.HasErrors;
            var check = new StreamedLinkCheck(routes.Select(r => Urls.ToFilePath(r.Url)).Concat(fileRoutes.Select(f => Urls.ToFilePath(f.Url))).Concat(theme.Assets),
                site.Config.BasePath, OutputLabel(request));
            // Of each file only what the files stage and the counts need is kept (FinishedPages).
            var finished = new FinishedPages();
            Stage("render", routes.Count, () =>
                new SiteRenderer(_markdown).Render(site, theme, diagnostics, sink, routes, progress is null ? null : progress.Advanced, written =>
                {
                    if (checking) check.Add(written);
                    finished.Add(written);
                    return [];
                }));
            var files = diagnostics.HasErrors ? [] : Stage("files", 0, () => FileRenderer.Render(fileRoutes, finished.Context(site), sink));
            finished.Add(files);
            if (!diagnostics.HasErrors)
            {
                Stage("check", 0, () =>
                {
                    check.Add(files);
                    diagnostics.AddRange(check.Finish());
                    return 0;
                });
            }

            if (output is not null)
            {
                if (diagnostics.HasErrors)
                {
                    output.Abandon();
                }
                else
                {
                    try
                    {
                        // The index is built in the staging folder, so it is swapped in with the pages it describes or not at all.
                        Action<string>? index = request.Search ? staging => search = new SearchIndexer(request.SiteRoot).Index(staging, site.Config.Language) : null;
                        var late = Stage("publish", 0, () => output.Commit(index, SearchIndexer.SiteFolder));
                        recovered = [.. recovered, .. late];
                        published = true;
                        if (search is not null) timings.Add(new StageTiming("search (in publish)", search.Elapsed));
                    }
                    catch (PublishException ex)
                    {
                        problem = ex.Problem;
                    }
                }
            }

            return new BuildResult(diagnostics.ToSortedList(), finished.Pages, finished.Files, published, timings, problem, recovered)
            {
                FilesWritten = output?.Written ?? 0,
                FilesKept = output?.Kept ?? 0,
                Search = search,
                Language = site.Config.Language,
            };
        }
        finally
        {
            output?.Dispose();
        }
    }

    /// <summary>How diagnostics about built pages name the output folder: relative to the site when inside it.</summary>
    private static string OutputLabel(BuildRequest request)
    {
        if (request.OutputDir is null) return "output/";
        var relative = Path.GetRelativePath(request.SiteRoot, request.OutputDir).Replace('\\', '/');
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(request.OutputDir) : relative).TrimEnd('/') + "/";
    }
}
