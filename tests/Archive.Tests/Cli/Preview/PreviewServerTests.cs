using System.Net;
using Archive.Cli.Preview;
using Archive.Diagnostics;

using Archive.Tests.Infrastructure;

namespace Archive.Tests.Cli.Preview;

public sealed class PreviewServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Start_ValidSite_ServesHomeWithLiveReloadScriptOnlyInResponses()
    {
        using var site = TestSite.Minimal();
        await using var server = await StartAsync(site);
        using var http = Client(server);

        var response = await http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(LiveReloadScript.Tag, html, StringComparison.Ordinal);
        Assert.Contains("Test archive", html, StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", server.Url.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(LiveReloadScript.EventsPath, System.Text.Encoding.UTF8.GetString(server.Published("index.html")!), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.PathOf("output")));
    }

    [Fact]
    public async Task Get_AssetAndFolderWithoutSlash_ServesFileAndRedirects()
    {
        using var site = TestSite.Minimal();
        await using var server = await StartAsync(site);
        using var http = Client(server);

        var css = await http.GetAsync("/assets/style.css");
        var folder = await http.GetAsync("/offers");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(LiveReloadScript.EventsPath, await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/offers/", folder.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_UnknownPath_Serves404WithScript()
    {
        using var site = TestSite.Minimal();
        await using var server = await StartAsync(site);
        using var http = Client(server);

        var response = await http.GetAsync("/no-such-page/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(LiveReloadScript.Tag, html, StringComparison.Ordinal);
        Assert.Equal(LiveReloadScript.Inject(System.Text.Encoding.UTF8.GetString(server.Published("404.html")!)), html);
    }

    [Fact]
    public async Task InputChanged_RebuildsServesChangeAndSendsReload()
    {
        using var site = TestSite.Minimal();
        await using var server = await StartAsync(site);
        using var http = Client(server);
        await using var events = await EventStreamClient.ConnectAsync(new Uri(server.Url, LiveReloadScript.EventsPath), Patience);
        Assert.Equal("text/event-stream", events.ContentType);
        Assert.DoesNotContain("Alpha Brigade Revised", await http.GetStringAsync("/groups/alpha/"), StringComparison.Ordinal);

        var next = server.NextBuildAsync();
        site.Write("input/groups/alpha.md", MinimalSite.GroupAlpha.Replace("\"Alpha Brigade\"", "\"Alpha Brigade Revised\"", StringComparison.Ordinal));
        var build = await next.WaitAsync(Patience);

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Equal(2, build.Number);
        Assert.Contains("Alpha Brigade Revised", await http.GetStringAsync("/groups/alpha/"), StringComparison.Ordinal);
        Assert.Equal("reload", await events.NextEventAsync(Patience));
    }

    [Fact]
    public async Task ArticleEdited_OnlyThePagesWhoseBytesChangedReload()
    {
        using var site = TestSite.Valid();
        await using var server = await StartAsync(site);
        using var http = Client(server);
        await using var article = await EventStreamClient.ConnectAsync(Listen(server, "/articles/weekly-analysis/"), Patience);
        await using var about = await EventStreamClient.ConnectAsync(Listen(server, "/about/"), Patience);

        var next = server.NextBuildAsync();
        site.Write(ValidSite.Analysis, site.Read(ValidSite.Analysis) + "\nA paragraph added in the preview.\n");
        var edited = await next.WaitAsync(Patience);

        Assert.True(edited.Succeeded, string.Join("\n", edited.Diagnostics));
        Assert.Equal(("reload", edited.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), await article.NextAsync(Patience));
        Assert.Contains("A paragraph added in the preview.", await http.GetStringAsync("/articles/weekly-analysis/"), StringComparison.Ordinal);
        Assert.True(edited.Rendered < server.PublishedPaths.Count(), $"rendered {edited.Rendered} files for one article's text");

        // The about page did not change, so its first event is for the edit that changes it.
        next = server.NextBuildAsync();
        site.Write(ValidSite.About, site.Read(ValidSite.About) + "\nMore about the archive.\n");
        var aboutEdited = await next.WaitAsync(Patience);
        Assert.Equal(("reload", aboutEdited.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), await about.NextAsync(Patience));
    }

    [Fact]
    public async Task ThemesFolderCreatedAfterStart_IsUsedAndFollowed()
    {
        using var site = TestSite.Minimal();
        await using var server = await StartAsync(site);
        using var http = Client(server);

        var next = server.NextBuildAsync();
        var staged = site.PathOf("themes-staged");
        CopyFolder(Path.Combine(RepoRoot.Path, "themes", "default"), Path.Combine(staged, "default"));
        File.AppendAllText(Path.Combine(staged, "default", "assets", "style.css"), "\n/* created after start */\n");
        Directory.Move(staged, site.PathOf("themes"));
        Assert.True((await next.WaitAsync(Patience)).Succeeded);
        Assert.Contains("created after start", await http.GetStringAsync("/assets/style.css"), StringComparison.Ordinal);

        next = server.NextBuildAsync();
        File.AppendAllText(site.PathOf("themes/default/assets/style.css"), "/* edited later */\n");
        Assert.True((await next.WaitAsync(Patience)).Succeeded);
        Assert.Contains("edited later", await http.GetStringAsync("/assets/style.css"), StringComparison.Ordinal);
    }

    internal static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static Uri Listen(PreviewServer server, string page) =>
        new(server.Url, LiveReloadScript.EventsPath + "?" + LiveReloadScript.PageParameter + "=" + Uri.EscapeDataString(page));

    [Fact]
    public async Task InputBroken_ServesLastGoodPagesWith200AndTheOverlayThenRecovers()
    {
        using var site = TestSite.Minimal();
        await using var server = await StartAsync(site);
        using var http = Client(server);

        var broken = server.NextBuildAsync();
        site.Write("input/offers/alpha-truce.md", MinimalSite.OfferAlpha.Replace("status: proposed", "status: propsed", StringComparison.Ordinal));
        var failed = await broken.WaitAsync(Patience);

        Assert.False(failed.Succeeded);
        var diagnostic = Assert.Single(failed.Errors);
        Assert.Equal(DiagnosticCodes.InvalidEnumValue, diagnostic.Code);
        foreach (var (page, status) in new[] { ("/", HttpStatusCode.OK), ("/groups/alpha/", HttpStatusCode.OK), ("/no-such-page/", HttpStatusCode.NotFound) })
        {
            var response = await http.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(status, response.StatusCode);
            var overlay = Parse(html).GetElementById("archive-preview-errors");
            Assert.NotNull(overlay);
            Assert.Contains("ARC006", overlay.TextContent, StringComparison.Ordinal);
            Assert.Contains($"input/offers/alpha-truce.md:{diagnostic.Line}:{diagnostic.Column}", overlay.TextContent, StringComparison.Ordinal);
            Assert.Contains("did you mean `proposed`?", overlay.TextContent, StringComparison.Ordinal);
            Assert.Contains(LiveReloadScript.Tag, html, StringComparison.Ordinal);
        }
        Assert.Contains("Alpha Brigade", Parse(await http.GetStringAsync("/groups/alpha/")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/assets/style.css")).StatusCode);

        var fixedBuild = server.NextBuildAsync();
        site.Write("input/offers/alpha-truce.md", MinimalSite.OfferAlpha);
        Assert.True((await fixedBuild.WaitAsync(Patience)).Succeeded);

        var home = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Null(Parse(await home.Content.ReadAsStringAsync()).GetElementById("archive-preview-errors"));
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.Forbidden)]
    [InlineData("evil.example:{port}", HttpStatusCode.Forbidden)]
    [InlineData("127.0.0.1.evil.example:{port}", HttpStatusCode.Forbidden)]
    [InlineData("localhost:1", HttpStatusCode.Forbidden)]
    [InlineData("127.0.0.1:{port}", HttpStatusCode.OK)]
    [InlineData("localhost:{port}", HttpStatusCode.OK)]
    [InlineData("LOCALHOST:{port}", HttpStatusCode.OK)]
    public async Task Request_HostHeader_IsAnsweredOnlyForTheLoopbackNameItBound(string host, HttpStatusCode expected)
    {
        using var site = TestSite.Minimal();
        await using var server = await StartAsync(site);
        using var http = Client(server);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host.Replace("{port}", server.Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task FifoAppearsThenGoes_TheBuildSkipsItAndTheNextChangeStillRebuilds()
    {
        using var site = TestSite.Minimal();
        await using var server = await StartAsync(site);

        var withFifo = server.NextBuildAsync();
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", site.PathOf("input/groups/pipe.md")))
        {
            await mkfifo.WaitForExitAsync();
        }
        var first = await withFifo.WaitAsync(Patience);
        Assert.True(first.Succeeded);
        Assert.Contains(first.Diagnostics, d => d.File == "input/groups/pipe.md" && d.Code == DiagnosticCodes.UnreadableFile);

        var without = server.NextBuildAsync();
        File.Delete(site.PathOf("input/groups/pipe.md"));
        var second = await without.WaitAsync(Patience);
        Assert.DoesNotContain(second.Diagnostics, d => d.File == "input/groups/pipe.md");
    }

    [Fact]
    public async Task WatcherFails_ItIsStartedAgainAndChangesStillRebuild()
    {
        using var site = TestSite.Minimal();
        await using var server = await StartAsync(site);
        var input = site.PathOf("input");

        var afterRestart = server.NextBuildAsync();
        server.Watcher!.Restart(input);
        await afterRestart.WaitAsync(Patience);
        Assert.Equal(1, server.Watcher.Restarts);
        Assert.Contains(input, server.Watcher.Watched);

        var next = server.NextBuildAsync();
        site.Write("input/groups/alpha.md", MinimalSite.GroupAlpha.Replace("\"Alpha Brigade\"", "\"Alpha Brigade Renamed\"", StringComparison.Ordinal));
        Assert.True((await next.WaitAsync(Patience)).Succeeded);
        using var http = Client(server);
        Assert.Contains("Alpha Brigade Renamed", await http.GetStringAsync("/groups/alpha/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InputBroken_SendsReloadSoOpenPagesShowTheOverlay()
    {
        using var site = TestSite.Minimal();
        await using var server = await StartAsync(site);
        await using var events = await EventStreamClient.ConnectAsync(new Uri(server.Url, LiveReloadScript.EventsPath), Patience);

        var next = server.NextBuildAsync();
        site.Write("input/groups/alpha.md", "no front matter");
        Assert.False((await next.WaitAsync(Patience)).Succeeded);

        Assert.Equal("reload", await events.NextEventAsync(Patience));
    }

    [Fact]
    public async Task FirstBuildFails_ServesOverlayAndBuildsOnceFixed()
    {
        using var site = TestSite.Minimal();
        site.Write("input/groups/alpha.md", MinimalSite.GroupAlpha.Replace("kind: armed-group", "kind: army", StringComparison.Ordinal));
        await using var server = await StartAsync(site);
        using var http = Client(server);

        var overlay = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.InternalServerError, overlay.StatusCode);
        Assert.Contains("ARC006", await overlay.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var next = server.NextBuildAsync();
        site.Write("input/groups/alpha.md", MinimalSite.GroupAlpha);
        Assert.True((await next.WaitAsync(Patience)).Succeeded);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task BurstOfChanges_OneBuildSeesTheLastOfThem()
    {
        using var site = TestSite.Minimal();
        await using var server = await StartAsync(site, debounce: TimeSpan.FromSeconds(2));
        using var http = Client(server);

        // The saves come far faster than the (long) quiet time, so one build must follow them all and see the last.
        var next = server.NextBuildAsync();
        for (var i = 0; i < 5; i++)
        {
            site.Write("input/groups/alpha.md", MinimalSite.GroupAlpha.Replace("\"Alpha Brigade\"", $"\"Alpha Brigade v{i}\"", StringComparison.Ordinal));
            site.Write($"input/pages/note-{i}.tmp", "editor scratch file");
        }
        var build = await next.WaitAsync(Patience);

        Assert.Equal(2, build.Number);
        Assert.Contains("Alpha Brigade v4", await http.GetStringAsync("/groups/alpha/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, HttpStatusCode.OK)]
    [InlineData(false, HttpStatusCode.NotFound)]
    public async Task IncludeDrafts_DecidesWhetherDraftPagesAreServed(bool includeDrafts, HttpStatusCode expected)
    {
        using var site = TestSite.Minimal();
        site.Write("input/groups/beta.md", MinimalSite.GroupAlpha.Replace("kind: armed-group", "kind: armed-group\ndraft: true", StringComparison.Ordinal)
            .Replace("Alpha Brigade", "Beta Front", StringComparison.Ordinal));
        await using var server = await StartAsync(site, includeDrafts);
        using var http = Client(server);

        Assert.Equal(expected, (await http.GetAsync("/groups/beta/")).StatusCode);
    }

    [Fact]
    public async Task BasePath_ServesSiteUnderItAndRedirectsRoot()
    {
        using var site = TestSite.Minimal();
        site.Write("input/site.yml", MinimalSite.SiteYml.Replace("https://example.org/", "https://example.org/archive/", StringComparison.Ordinal));
        await using var server = await StartAsync(site);
        using var http = Client(server);

        var root = await http.GetAsync("/");
        var home = await http.GetAsync("/archive/");

        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/archive/", root.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(new Uri(server.Url, "/archive/"), server.SiteUrl);
    }

    [Fact]
    public async Task Stop_WithOpenEventStream_EndsStream()
    {
        using var site = TestSite.Minimal();
        var server = await StartAsync(site);
        await using var events = await EventStreamClient.ConnectAsync(new Uri(server.Url, LiveReloadScript.EventsPath), Patience);

        await server.StopAsync().WaitAsync(Patience);

        Assert.Null(await events.NextEventAsync(Patience));
        await server.DisposeAsync();
    }

    private static async Task<PreviewServer> StartAsync(TestSite site, bool includeDrafts = true, TimeSpan? debounce = null)
    {
        var server = new PreviewServer(new PreviewOptions(site.Root, Port: 0, IncludeDrafts: includeDrafts, Debounce: debounce));
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

    private static AngleSharp.Dom.IDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

    private static HttpClient Client(PreviewServer server) =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Url, Timeout = Patience };
}
