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
    private static ContentSet WithHistory(ContentSet content, string siteRoot)
    {
        var history = new GitHistory().Read(siteRoot);
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

    public BuildResult Build(BuildRequest request, Action<string>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();

        T Stage<T>(string name, Func<T> run)
        {
            progress?.Invoke(name);
            clock.Restart();
            var result = run();
            timings.Add(new StageTiming(name, clock.Elapsed));
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

        var content = Stage("load", () => WithHistory(new ContentLoader(_markdown).Load(request.SiteRoot, diagnostics), request.SiteRoot));
        var site = Stage("link", () => new SiteLinker().Link(content, request.IncludeDrafts, diagnostics));
        var theme = ThemeFiles.Load(request.SiteRoot, site.Config.Theme, diagnostics);
        var pages = Stage("render", () => new SiteRenderer(_markdown).Render(site, theme, diagnostics));
        var downloads = diagnostics.HasErrors ? [] : Stage("files", () => FileRenderer.Render(site, pages));
        var files = pages.Select(p => OutputFile.Text(Urls.ToFilePath(p.Url), p.Html))
            .Concat(downloads.Select(d => new OutputFile(Urls.ToFilePath(d.Url), d.Content)))
            .Concat(theme.Assets.Select(a => new OutputFile(a, theme.Files[a])))
            .ToList();

        if (!diagnostics.HasErrors)
        {
            var texts = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
                .ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
            foreach (var other in files.Where(f => !texts.ContainsKey(f.Path))) texts[other.Path] = "";
            var label = OutputLabel(request);
            Stage("check", () => { diagnostics.AddRange(SiteChecker.Check(texts, site.Config.BasePath, label)); return 0; });
        }

        var published = false;
        PublishProblem? problem = null;
        SearchOutcome? search = null;
        if (publisher is not null && !diagnostics.HasErrors)
        {
            try
            {
                // The index is built in the staging folder, so it is swapped in with the pages it describes or not at all.
                Action<string>? index = request.Search ? staging => search = new SearchIndexer(request.SiteRoot).Index(staging, site.Config.Language) : null;
                var late = Stage("publish", () => publisher.Publish(request.OutputDir!, files, index));
                recovered = [.. recovered, .. late];
                published = true;
                if (search is not null) timings.Add(new StageTiming("search (in publish)", search.Elapsed));
            }
            catch (PublishException ex)
            {
                problem = ex.Problem;
            }
        }

        var htmlPages = pages.Count(p => FileRenderer.IsPage(p.Url));
        return new BuildResult(diagnostics.ToSortedList(), htmlPages, files.Count, published, timings, problem, recovered) { Search = search, Language = site.Config.Language };
    }

    /// <summary>How diagnostics about built pages name the output folder: relative to the site when inside it.</summary>
    private static string OutputLabel(BuildRequest request)
    {
        if (request.OutputDir is null) return "output/";
        var relative = Path.GetRelativePath(request.SiteRoot, request.OutputDir).Replace('\\', '/');
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(request.OutputDir) : relative).TrimEnd('/') + "/";
    }
}
