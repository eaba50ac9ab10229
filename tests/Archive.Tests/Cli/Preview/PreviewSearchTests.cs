using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Archive.Cli.Preview;
using Archive.Publishing.Search;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Cli.Preview;

/// <summary>
/// The preview's search index: made in the background after good builds, never before a reload, once for a run of
/// builds, served as the site's <c>pagefind/</c> folder; the real Pagefind picks up an added article.
/// </summary>
public sealed class PreviewSearchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>A stand-in for Pagefind: writes <c>pagefind.js</c> naming the article pages it found, once let through.</summary>
    private sealed class GatedIndex
    {
        public SemaphoreSlim Gate { get; } = new(0);

        public ConcurrentQueue<string> Sites { get; } = new();

        public SearchOutcome Run(string site, string output, string language, CancellationToken cancel)
        {
            Sites.Enqueue(site);
            Gate.Wait(cancel);
            var articles = Directory.GetDirectories(Path.Combine(site, "articles")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, "pagefind.js"), $"{language}: {string.Join(",", articles)}");
            return new SearchOutcome(true, TimeSpan.Zero);
        }
    }

    private const string ArticleBeta = """
        ---
        title: "Beta Front answers"
        kind: news
        source: "Test Wire"
        published: "2006-05-08"
        summary: "Beta Front said no."
        ---

        Beta Front rejected the truce.
        """;

    [Fact]
    public async Task Edit_ReloadIsSentWhileTheIndexIsStillBeingMade_ThenTheNewIndexIsServed()
    {
        using var site = TestSite.Minimal();
        var index = new GatedIndex();
        await using var server = await StartAsync(site, index.Run);
        using var http = new HttpClient { BaseAddress = server.Url, Timeout = Patience };

        var first = server.Search!.NextIndexAsync();
        index.Gate.Release();
        Assert.True((await first.WaitAsync(Patience)).Built);
        Assert.Equal("en: alpha-report", await http.GetStringAsync("/pagefind/pagefind.js"));

        await using var events = await EventStreamClient.ConnectAsync(new Uri(server.Url, LiveReloadScript.EventsPath), Patience);
        var build = server.NextBuildAsync();
        var indexed = server.Search.NextIndexAsync();
        site.Write("input/articles/beta-answer.md", ArticleBeta);

        // The indexer is held at its gate: the page still reloads, and readers keep the index they had.
        Assert.True((await build.WaitAsync(Patience)).Succeeded);
        Assert.Equal("reload", await events.NextEventAsync(Patience));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/articles/beta-answer/")).StatusCode);
        Assert.Equal(1, server.Search.RunCount);
        Assert.Equal("en: alpha-report", await http.GetStringAsync("/pagefind/pagefind.js"));

        index.Gate.Release();
        Assert.True((await indexed.WaitAsync(Patience)).Built);
        Assert.Equal("en: alpha-report,beta-answer", await http.GetStringAsync("/pagefind/pagefind.js"));
    }

    [Fact]
    public async Task ScheduledThreeTimesInARow_IndexesOnceTheLastSite()
    {
        using var work = TestSite.Folder();
        var index = new GatedIndex();
        index.Gate.Release(10);
        await using var search = new PreviewSearch(work.Root, index.Run, TimeSpan.FromMilliseconds(300));
        var next = search.NextIndexAsync();

        foreach (var name in new[] { "a", "b", "c" })
        {
            Directory.CreateDirectory(work.PathOf(name + "/articles"));
            search.Schedule(work.PathOf(name), "en");
        }

        Assert.True((await next.WaitAsync(Patience)).Built);
        Assert.Equal([work.PathOf("c")], index.Sites);
        Assert.Equal(1, search.RunCount);
    }

    [Fact]
    public async Task Cancel_StopsTheRunInProgress_AndTheIndexBeforeItStays()
    {
        using var work = TestSite.Folder();
        var index = new GatedIndex();
        Directory.CreateDirectory(work.PathOf("site/articles"));
        await using var search = new PreviewSearch(work.Root, index.Run, TimeSpan.Zero);
        var first = search.NextIndexAsync();
        index.Gate.Release();
        search.Schedule(work.PathOf("site"), "en");
        await first.WaitAsync(Patience);
        var kept = File.ReadAllText(Path.Combine(search.Folder, "pagefind.js"));

        search.Schedule(work.PathOf("site"), "ar");
        await WaitUntilAsync(() => index.Sites.Count == 2);
        search.Cancel();
        index.Gate.Release();
        await Task.Delay(200);

        Assert.Equal(1, search.RunCount);
        Assert.Equal(kept, File.ReadAllText(Path.Combine(search.Folder, "pagefind.js")));
        Assert.False(Directory.Exists(Path.Combine(work.Root, "search", "next")));
    }

    [Fact]
    public async Task Pagefind_AddedArticle_IsInTheNextIndex()
    {
        using var site = TestSite.Minimal();
        await using var server = await StartAsync(site, indexRun: null);
        using var http = new HttpClient { BaseAddress = server.Url, Timeout = Patience };
        var first = await server.Search!.NextIndexAsync().WaitAsync(Patience);
        Assert.True(first.Built, first.Problem);
        var before = await PageCountAsync(http);

        var indexed = server.Search.NextIndexAsync();
        site.Write("input/articles/beta-answer.md", ArticleBeta);
        var outcome = await indexed.WaitAsync(Patience);

        Assert.True(outcome.Built, outcome.Problem);
        // One article, one group and one offer are indexed at first; the new article makes four.
        Assert.Equal(3, before);
        Assert.Equal(4, await PageCountAsync(http));
    }

    /// <summary>How many pages Pagefind's entry file says the index holds, over all languages.</summary>
    private static async Task<int> PageCountAsync(HttpClient http)
    {
        using var entry = JsonDocument.Parse(await http.GetStringAsync("/pagefind/pagefind-entry.json"));
        return entry.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience) throw new TimeoutException("the condition did not come true");
            await Task.Delay(20);
        }
    }

    private static async Task<PreviewServer> StartAsync(TestSite site, PreviewSearch.IndexRun? indexRun)
    {
        var options = new PreviewOptions(site.Root, Port: 0, Search: true, SearchQuiet: TimeSpan.FromMilliseconds(50));
        var server = new PreviewServer(options, indexRun: indexRun);
        try
        {
            await server.StartAsync().WaitAsync(Patience);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }
}
