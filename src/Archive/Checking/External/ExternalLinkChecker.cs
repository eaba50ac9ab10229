using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Archive.Diagnostics;

namespace Archive.Checking.External;

/// <summary>
/// Asks other sites whether the addresses the archive cites still answer: HEAD first (GET when a server refuses
/// HEAD), redirects followed, transient failures retried, answers cached between runs.
/// Broken links are warnings unless <see cref="ExternalLinkCheckOptions.Strict"/>: external sites come and go,
/// and that must not block publishing.
/// </summary>
public sealed class ExternalLinkChecker
{
    private const string UserAgent = "ArchiveLinkChecker/1.0 (static site generator; checks that cited sources are online)";

    private readonly HttpClient _http;
    private readonly ExternalLinkCheckOptions _options;
    private readonly TimeProvider _time;

    /// <param name="http">The client requests go through; its handler should follow redirects (the default does).</param>
    /// <param name="options">Defaults when null: 8 at a time, 10 s timeout, 2 retries, no cache.</param>
    /// <param name="time">The clock that dates cache entries; the system clock when null.</param>
    public ExternalLinkChecker(HttpClient http, ExternalLinkCheckOptions? options = null, TimeProvider? time = null)
    {
        _http = http;
        _options = options ?? new ExternalLinkCheckOptions();
        _options.Validate();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>A client suited to link checking: redirects followed, compressed answers accepted, no client-wide timeout.</summary>
    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 10,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    })
    {
        // Each request gets its own timeout from the options instead.
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    /// <summary>Collects the external links under <paramref name="siteRoot"/> and checks them.</summary>
    public Task<ExternalLinkReport> CheckSiteAsync(string siteRoot, bool includeDrafts, CancellationToken cancellationToken = default) =>
        CheckAsync(ExternalLinkCollector.Collect(siteRoot, includeDrafts), cancellationToken);

    /// <summary>Checks each distinct address once and reports every place a broken one is written, ordered by file and line.</summary>
    public async Task<ExternalLinkReport> CheckAsync(IReadOnlyList<ExternalLink> links, CancellationToken cancellationToken = default)
    {
        var results = await CheckUrlsAsync(links.Select(l => l.Url), cancellationToken).ConfigureAwait(false);
        var byUrl = results.ToDictionary(r => r.Url, StringComparer.Ordinal);
        var severity = _options.Strict ? Severity.Error : Severity.Warning;
        var diagnostics = links
            .Select(l => (Link: l, Result: byUrl[Key(l.Url)]))
            .Where(x => !x.Result.Ok)
            .Select(x => ToDiagnostic(x.Link, x.Result, severity))
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        return new ExternalLinkReport(results, diagnostics);
    }

    /// <summary>Checks addresses (each distinct one once, without its <c>#fragment</c>), in the order first given.</summary>
    public async Task<IReadOnlyList<ExternalLinkResult>> CheckUrlsAsync(IEnumerable<string> urls, CancellationToken cancellationToken = default)
    {
        var distinct = urls.Select(Key).Distinct(StringComparer.Ordinal).ToList();
        var cache = ExternalLinkCache.Load(_options.CacheFolder);
        var started = _time.GetUtcNow();
        using var gate = new SemaphoreSlim(_options.Concurrency);

        var results = await Task.WhenAll(distinct.Select(url =>
            cache.Fresh(url, started, _options) is { } cached
                ? Task.FromResult(cached)
                : CheckOneAsync(url, gate, cancellationToken))).ConfigureAwait(false);

        cache.Save(results, _time.GetUtcNow(), _options);
        return results;
    }

    private async Task<ExternalLinkResult> CheckOneAsync(string url, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return new ExternalLinkResult(url, false, null, "not an absolute http(s) address", _time.GetUtcNow());

        for (var attempt = 0; ; attempt++)
        {
            Answer answer;
            // The slot is held per attempt, not across the back-off wait, so waiting never idles a slot.
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                answer = await SendAsync(HttpMethod.Head, uri, cancellationToken).ConfigureAwait(false);
                // Some servers refuse HEAD (or only HEAD from robots) yet serve the page to GET.
                if (answer.Status is 403 or 405 or 501)
                    answer = await SendAsync(HttpMethod.Get, uri, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }

            if (!answer.Transient || attempt >= _options.Retries)
            {
                var problem = answer.Ok ? null : answer.Problem + (attempt > 0 ? $" (after {attempt + 1} tries)" : "");
                return new ExternalLinkResult(url, answer.Ok, answer.Status, problem, _time.GetUtcNow());
            }
            await Task.Delay(Backoff(attempt, answer.RetryAfter), cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan Backoff(int retry, TimeSpan? retryAfter)
    {
        var delay = _options.RetryDelay(retry);
        // Honour a short Retry-After from a rate-limiting site, but never let one site stall the whole check.
        return retryAfter is { } asked && asked > delay && asked <= TimeSpan.FromSeconds(5) ? asked : delay;
    }

    private async Task<Answer> SendAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.UserAgent.ParseAdd(UserAgent);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
        try
        {
            // Headers are enough to judge a link; the body is never read.
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var reason = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? response.StatusCode.ToString() : response.ReasonPhrase;
            return new Answer(status, status is >= 200 and < 400, $"{status} {reason}", status == 429 || status >= 500,
                response.Headers.RetryAfter?.Delta);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var seconds = _options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            return Answer.Failed($"no answer within {seconds} s", transient: true);
        }
        catch (HttpRequestException ex)
        {
            return ex.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => Answer.Failed($"the host name {uri.Host} does not resolve", transient: false),
                HttpRequestError.SecureConnectionError => Answer.Failed($"secure connection failed: {ex.Message}", transient: false),
                HttpRequestError.ConnectionError => Answer.Failed($"could not connect to {uri.Authority}: {Innermost(ex).Message}", transient: true),
                _ => Answer.Failed($"request failed: {Innermost(ex).Message}", transient: true),
            };
        }
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner ? Innermost(inner) : ex;

    private static Diagnostic ToDiagnostic(ExternalLink link, ExternalLinkResult result, Severity severity)
    {
        var (message, hint) = link.Field switch
        {
            null => ($"the link {link.Url} is broken: {result.Problem}",
                "fix the address, link an archived copy (e.g. on web.archive.org), or remove the link"),
            "archived_url" => ($"`archived_url`: {link.Url} is broken: {result.Problem}",
                "point `archived_url:` at a working copy, e.g. on web.archive.org"),
            "url" => ($"`url`: {link.Url} is broken: {result.Problem}",
                "if the page moved, update `url:`; if it is gone, add `archived_url:` with a copy from web.archive.org"),
            var field => ($"`{field}`: {link.Url} is broken: {result.Problem}", "update the address"),
        };
        return new Diagnostic(DiagnosticCodes.ExternalLinkBroken, severity, link.File, link.Line, link.Column, message, hint);
    }

    /// <summary>The address as sent: the fragment is for the browser, so two links differing only in it are one check.</summary>
    private static string Key(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? url : url[..hash];
    }

    private sealed record Answer(int? Status, bool Ok, string Problem, bool Transient, TimeSpan? RetryAfter)
    {
        public static Answer Failed(string problem, bool transient) => new(null, false, problem, transient, null);
    }
}
