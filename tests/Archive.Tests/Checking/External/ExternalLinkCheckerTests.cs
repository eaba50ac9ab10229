using System.Net;
using Archive.Checking.External;
using Archive.Diagnostics;

using Archive.Tests.Infrastructure;

namespace Archive.Tests.Checking.External;

public sealed class ExternalLinkCheckerTests : IAsyncLifetime
{
    // A server on loopback answers at once, but on a loaded machine "at once" can take a second: a short timeout
    // here would turn slowness into retries and break the request counts. Only the tests of /slow, which never
    // answers, use a short one.
    private static readonly ExternalLinkCheckOptions Fast = new()
    {
        Timeout = TimeSpan.FromSeconds(30),
        RetryDelays = [TimeSpan.FromMilliseconds(20)],
    };

    private static readonly ExternalLinkCheckOptions NeverAnswered = Fast with { Timeout = TimeSpan.FromMilliseconds(300) };

    private readonly LocalLinkServer _server = new();
    private readonly HttpClient _http = new();
    private readonly TestSite _temp = TestSite.Folder();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _temp.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<ExternalLinkResult> CheckOne(string path, ExternalLinkCheckOptions? options = null)
    {
        var results = await new ExternalLinkChecker(_http, options ?? Fast).CheckUrlsAsync([_server.Url(path)]);
        return Assert.Single(results);
    }

    [Fact]
    public async Task CheckUrls_PageAnswers200_IsOk()
    {
        var result = await CheckOne("/ok");

        Assert.True(result.Ok);
        Assert.Equal(200, result.StatusCode);
        Assert.Null(result.Problem);
        Assert.Equal(["HEAD /ok"], _server.Log);
    }

    [Fact]
    public async Task CheckUrls_PageGone_IsBrokenWith404AndNotRetried()
    {
        var result = await CheckOne("/gone");

        Assert.False(result.Ok);
        Assert.Equal(404, result.StatusCode);
        Assert.Contains("404", result.Problem);
        Assert.Equal(1, _server.Requests);
    }

    [Fact]
    public async Task CheckUrls_PageThatNeverAnswers_IsBrokenWithTimeout()
    {
        // /slow answers only when the server stops, so without the timeout this check would never end.
        var result = await CheckOne("/slow", NeverAnswered with { Retries = 0 }).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.False(result.Ok);
        Assert.Null(result.StatusCode);
        Assert.Contains("no answer within 0.3 s", result.Problem);
    }

    [Fact]
    public async Task CheckUrls_TimeoutEveryTry_RetriesThenReportsTries()
    {
        var result = await CheckOne("/slow", NeverAnswered with { Retries = 1 }).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.False(result.Ok);
        Assert.Contains("(after 2 tries)", result.Problem);
        Assert.Equal(2, _server.Requests);
    }

    [Fact]
    public async Task CheckUrls_ServerErrorThenSuccess_IsOkAfterRetry()
    {
        var result = await CheckOne("/flaky");

        Assert.True(result.Ok);
        Assert.Equal(["HEAD /flaky", "HEAD /flaky"], _server.Log);
    }

    [Fact]
    public async Task CheckUrls_ServerErrorWithoutRetries_IsBrokenWith500()
    {
        var result = await CheckOne("/flaky", Fast with { Retries = 0 });

        Assert.False(result.Ok);
        Assert.Equal(500, result.StatusCode);
        Assert.Contains("500", result.Problem);
    }

    [Fact]
    public async Task CheckUrls_TooManyRequests_IsRetried()
    {
        var result = await CheckOne("/too-many");

        Assert.True(result.Ok);
        Assert.Equal(2, _server.Requests);
    }

    [Fact]
    public async Task CheckUrls_HeadNotAllowed_FallsBackToGet()
    {
        var result = await CheckOne("/head-not-allowed");

        Assert.True(result.Ok);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(["HEAD /head-not-allowed", "GET /head-not-allowed"], _server.Log);
    }

    [Fact]
    public async Task CheckUrls_Redirect_FollowsToTarget()
    {
        var result = await CheckOne("/redirect");

        Assert.True(result.Ok);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(["HEAD /redirect", "HEAD /ok"], _server.Log);
    }

    [Fact]
    public async Task CheckUrls_ConnectionRefused_IsBrokenWithReason()
    {
        var result = await new ExternalLinkChecker(_http, Fast with { Retries = 0 }).CheckUrlsAsync([$"http://127.0.0.1:{ClosedPort()}/"]);

        var only = Assert.Single(result);
        Assert.False(only.Ok);
        Assert.Contains("could not connect", only.Problem);
    }

    [Fact]
    public async Task CheckUrls_HostDoesNotResolve_IsBrokenAndNotRetried()
    {
        var handler = new ThrowingHandler(new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known"));
        using var http = new HttpClient(handler);

        var results = await new ExternalLinkChecker(http, Fast).CheckUrlsAsync(["https://no-such-host.invalid/page"]);

        var only = Assert.Single(results);
        Assert.False(only.Ok);
        Assert.Equal("the host name no-such-host.invalid does not resolve", only.Problem);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task CheckUrls_ManyLinks_NeverExceedsConcurrency()
    {
        var urls = Enumerable.Range(0, 20).Select(i => _server.Url($"/wait?i={i}")).ToList();

        var results = await new ExternalLinkChecker(_http, Fast with { Concurrency = 3, Timeout = TimeSpan.FromSeconds(5) }).CheckUrlsAsync(urls);

        Assert.All(results, r => Assert.True(r.Ok));
        Assert.Equal(20, _server.Requests);
        Assert.InRange(_server.MaxInFlight, 2, 3);
    }

    [Fact]
    public async Task CheckUrls_SameAddressTwiceOrWithFragment_RequestsOnce()
    {
        var results = await new ExternalLinkChecker(_http, Fast).CheckUrlsAsync([_server.Url("/ok"), _server.Url("/ok#top"), _server.Url("/ok")]);

        Assert.Equal(_server.Url("/ok"), Assert.Single(results).Url);
        Assert.Equal(1, _server.Requests);
    }

    [Fact]
    public async Task CheckUrls_SecondRunWithFreshCache_MakesNoRequests()
    {
        var options = Fast with { CacheFolder = Path.Combine(_temp.Root, ".archive-cache") };
        string[] urls = [_server.Url("/ok"), _server.Url("/gone"), _server.Url("/redirect")];
        await new ExternalLinkChecker(_http, options).CheckUrlsAsync(urls);
        _server.ResetCounts();

        var second = await new ExternalLinkChecker(_http, options).CheckUrlsAsync(urls);

        Assert.Equal(0, _server.Requests);
        Assert.All(second, r => Assert.True(r.FromCache));
        Assert.Equal([true, false, true], second.Select(r => r.Ok));
        Assert.Contains("404", second[1].Problem);
        Assert.True(File.Exists(Path.Combine(_temp.Root, ".archive-cache", "external-links.json")));
    }

    [Fact]
    public async Task CheckUrls_CachedFailureOlderThanAnHour_IsCheckedAgain()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var options = Fast with { CacheFolder = _temp.Root };
        string[] urls = [_server.Url("/ok"), _server.Url("/gone")];
        await new ExternalLinkChecker(_http, options, clock).CheckUrlsAsync(urls);
        _server.ResetCounts();
        clock.Now += TimeSpan.FromMinutes(61);

        var second = await new ExternalLinkChecker(_http, options, clock).CheckUrlsAsync(urls);

        Assert.Equal(["HEAD /gone"], _server.Log);
        Assert.True(second[0].FromCache);
        Assert.False(second[1].FromCache);
    }

    [Fact]
    public async Task CheckUrls_CachedSuccessOlderThanLifetime_IsCheckedAgain()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var options = Fast with { CacheFolder = _temp.Root };
        await new ExternalLinkChecker(_http, options, clock).CheckUrlsAsync([_server.Url("/ok")]);
        clock.Now += TimeSpan.FromHours(23);
        await new ExternalLinkChecker(_http, options, clock).CheckUrlsAsync([_server.Url("/ok")]);
        _server.ResetCounts();
        clock.Now += TimeSpan.FromHours(2);

        var third = await new ExternalLinkChecker(_http, options, clock).CheckUrlsAsync([_server.Url("/ok")]);

        Assert.False(Assert.Single(third).FromCache);
        Assert.Equal(1, _server.Requests);
    }

    [Fact]
    public async Task CheckUrls_CorruptCacheFile_IsIgnored()
    {
        _temp.Write("external-links.json", "{ not json");

        var result = await new ExternalLinkChecker(_http, Fast with { CacheFolder = _temp.Root }).CheckUrlsAsync([_server.Url("/ok")]);

        Assert.True(Assert.Single(result).Ok);
        Assert.Equal(1, _server.Requests);
    }

    [Fact]
    public async Task Check_BrokenLinks_ReportsEveryPlaceAsWarningsInFileAndLineOrder()
    {
        ExternalLink[] links =
        [
            new(_server.Url("/gone"), "input/pages/b.md", 9, 3),
            new(_server.Url("/ok"), "input/articles/a.md", 2, 1, "url"),
            new(_server.Url("/gone"), "input/articles/a.md", 12, 5),
            new(_server.Url("/gone"), "input/articles/a.md", 7, 6, "url"),
        ];

        var report = await new ExternalLinkChecker(_http, Fast).CheckAsync(links);

        Assert.Equal(
            ["input/articles/a.md:7:6", "input/articles/a.md:12:5", "input/pages/b.md:9:3"],
            report.Diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column}"));
        Assert.All(report.Diagnostics, d =>
        {
            Assert.Equal(DiagnosticCodes.ExternalLinkBroken, d.Code);
            Assert.Equal(Severity.Warning, d.Severity);
            Assert.Contains(_server.Url("/gone"), d.Message);
            Assert.Contains("404", d.Message);
        });
        Assert.StartsWith("`url`:", report.Diagnostics[0].Message);
        Assert.Equal("Checked 2 external links: 1 ok, 1 broken", report.Summary);
    }

    [Fact]
    public async Task Check_StrictOption_ReportsErrors()
    {
        var report = await new ExternalLinkChecker(_http, Fast with { Strict = true })
            .CheckAsync([new ExternalLink(_server.Url("/gone"), "input/articles/a.md", 7, 6, "url")]);

        Assert.Equal(Severity.Error, Assert.Single(report.Diagnostics).Severity);
    }

    [Fact]
    public void Summary_SomeFromCache_SaysHowMany()
    {
        var now = DateTimeOffset.UnixEpoch;
        var report = new ExternalLinkReport(
            [new("https://a/", true, 200, null, now, FromCache: true), new("https://b/", false, 404, "404 Not Found", now), new("https://c/", true, 200, null, now)],
            []);

        Assert.Equal("Checked 3 external links: 2 ok, 1 broken (1 from cache)", report.Summary);
    }

    [Fact]
    public void Constructor_ZeroConcurrency_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExternalLinkChecker(_http, new ExternalLinkCheckOptions { Concurrency = 0 }));
    }

    private static int ClosedPort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private sealed class ThrowingHandler(Exception exception) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromException<HttpResponseMessage>(exception);
        }
    }
}
