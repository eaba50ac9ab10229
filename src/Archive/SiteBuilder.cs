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

    /// <summary>Adds when each record's file last changed, and every commit that changed it, from one <c>git log</c> over <c>input/</c>.</summary>
    private static ContentSet WithHistory(ContentSet content, string siteRoot)
    {
        var history = new GitHistory().Read(siteRoot);
        var files = content.Articles.Select(a => a.File).Concat(content.Groups.Select(g => g.File))
            .Concat(content.Offers.Select(o => o.File)).Concat(content.Pages.Select(p => p.File));
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var changes = new Dictionary<string, IReadOnlyList<FileChange>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (history.Find(file) is not { } h) continue;
            dates[file] = h.Date;
            if (h.Changes.Count > 0) changes[file] = h.Changes;
        }
        return content with { LastUpdated = dates, Changes = changes };
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

        var content = Stage("load", () => WithHistory(new ContentLoader(_markdown).Load(request.SiteRoot, diagnostics), request.SiteRoot));
        var site = Stage("link", () => new SiteLinker().Link(content, request.IncludeDrafts, diagnostics));
        var theme = ThemeFiles.Load(request.SiteRoot, site.Config.Theme);
        var pages = Stage("render", () => new SiteRenderer(_markdown).Render(site, theme, diagnostics));
        var files = pages.Select(p => OutputFile.Text(Urls.ToFilePath(p.Url), p.Html))
            .Concat(theme.Assets.Select(a => new OutputFile(a, theme.Files[a])))
            .ToList();

        if (!diagnostics.HasErrors)
        {
            var texts = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
                .ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
            foreach (var other in files.Where(f => !texts.ContainsKey(f.Path))) texts[other.Path] = "";
            Stage("check", () => { diagnostics.AddRange(SiteChecker.Check(texts, site.Config.BasePath)); return 0; });
        }

        var published = false;
        SearchOutcome? search = null;
        if (request.OutputDir is not null && !diagnostics.HasErrors)
        {
            // The index is built in the staging folder, so it is swapped in with the pages it describes or not at all.
            Action<string>? index = request.Search ? staging => search = new SearchIndexer(request.SiteRoot).Index(staging, site.Config.Language) : null;
            Stage("publish", () => { Publisher.Publish(request.OutputDir, files, index); return 0; });
            published = true;
            if (search is not null) timings.Add(new StageTiming("search (in publish)", search.Elapsed));
        }

        var htmlPages = pages.Count(p => p.Url.EndsWith('/') || p.Url.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics.ToSortedList(), htmlPages, files.Count, published, timings) { Search = search };
    }
}
