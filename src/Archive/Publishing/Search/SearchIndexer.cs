using System.Diagnostics;

namespace Archive.Publishing.Search;

/// <summary>
/// Builds the Pagefind index of a site folder: only the record pages (articles, groups, offers), whose main content
/// is marked <c>data-pagefind-body</c>; one index in the site's language, so one search covers every page whatever
/// the language of its parts (Arabic names are indexed as written). Search is an enhancement: every failure is an
/// outcome to warn about, never an error, and a failed run leaves no partial index behind.
/// </summary>
public sealed class SearchIndexer
{
    /// <summary>The pages Pagefind reads; the other pages carry no <c>data-pagefind-body</c> and would only cost time.</summary>
    public const string IndexedPages = "{articles,groups,offers}/*/index.html";

    private readonly string _siteRoot;
    private readonly TimeSpan _timeout;

    /// <param name="siteRoot">The site folder, where the search for Pagefind's <c>package.json</c> starts.</param>
    /// <param name="timeout">How long one run (or a restore) may take; a very large archive needs minutes.</param>
    public SearchIndexer(string siteRoot, TimeSpan? timeout = null)
    {
        _siteRoot = siteRoot;
        _timeout = timeout ?? TimeSpan.FromMinutes(30);
    }

    /// <summary>The index's folder in a published site, where its pages' script looks for it.</summary>
    public const string SiteFolder = "pagefind";

    /// <summary>
    /// Indexes the HTML under <paramref name="siteFolder"/> into <paramref name="outputFolder"/> (default: the site's own
    /// <c>pagefind/</c>). On failure removes what this run wrote there.
    /// </summary>
    public SearchOutcome Index(string siteFolder, string language, string? outputFolder = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var (tool, problem, hint) = PagefindTool.Locate(_siteRoot, _timeout);
        if (tool is null) return SearchOutcome.Failed(clock.Elapsed, problem!, hint!);

        var output = Path.GetFullPath(outputFolder ?? Path.Combine(siteFolder, SiteFolder));
        var existed = Directory.Exists(output);
        var node = PagefindTool.Which("node")!;
        var run = ProcessRun.Start(node,
            [tool.Runner, "--site", siteFolder, "--output-path", output, "--glob", IndexedPages, "--force-language", language, "--quiet"],
            siteFolder, _timeout, cancel);
        if (run.ExitCode == 0 && File.Exists(Path.Combine(output, "pagefind.js"))) return new SearchOutcome(true, clock.Elapsed);

        if (!existed && Directory.Exists(output))
        {
            try
            {
                Directory.Delete(output, recursive: true);
            }
            catch (IOException)
            {
                // The staging folder is removed with it if the publish does not go ahead.
            }
        }
        return SearchOutcome.Failed(clock.Elapsed, run.Describe("Pagefind"), "run the build with --verbose, or build with --no-search to publish without search");
    }
}
