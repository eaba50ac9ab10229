using System.Diagnostics;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Archive.Linking;
using Archive.Publishing.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Archive.Cli.Preview;

/// <summary>
/// <c>archive serve</c> as a class: builds the site into a private temporary folder (never the user's output/),
/// serves it on 127.0.0.1, rebuilds when input/ or themes/ change and tells open pages to reload. A failed build
/// leaves the last good site in place, and every page request gets an overlay listing the errors until the input is fixed.
/// With search on, the index is rebuilt in the background after good builds (<see cref="PreviewSearch"/>) and served as
/// the site's <c>pagefind/</c> folder; a reload never waits for it.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private const string ReloadEvent = "reload";

    private readonly PreviewOptions _options;
    private readonly Action<PreviewBuild>? _onBuild;
    private readonly SiteBuilder _builder = new();
    private readonly LiveReloadHub _reload = new();
    private readonly FileExtensionContentTypeProvider _contentTypes = new() { Mappings = { [".jsonld"] = "application/ld+json" } };
    private readonly Channel<bool> _changes = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _gate = new();
    private readonly string _workDir;
    private readonly PreviewSearch? _search;
    private TaskCompletionSource<PreviewBuild> _nextBuild = NewSignal();
    private volatile PreviewState? _state;
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private Task? _loop;
    private int _buildCount;
    private bool _stopped;

    /// <param name="onBuild">Called after every build (on the build's thread), e.g. to print the outcome.</param>
    /// <param name="onIndexed">Called after every finished run of the search index (on its own thread).</param>
    /// <param name="indexRun">What makes the search index; Pagefind unless a test gives a stand-in.</param>
    public PreviewServer(PreviewOptions options, Action<PreviewBuild>? onBuild = null, Action<SearchOutcome>? onIndexed = null,
        PreviewSearch.IndexRun? indexRun = null)
    {
        _options = options with { SiteRoot = Path.GetFullPath(options.SiteRoot) };
        _onBuild = onBuild;
        _workDir = Directory.CreateTempSubdirectory("archive-preview-").FullName;
        SiteDirectory = Path.Combine(_workDir, "site");
        if (_options.Search)
        {
            var indexer = new SearchIndexer(_options.SiteRoot);
            _search = new PreviewSearch(_workDir, indexRun ?? ((site, output, language, cancel) => indexer.Index(site, language, output, cancel)),
                _options.SearchQuiet ?? PreviewOptions.DefaultSearchQuiet, onIndexed);
        }
    }

    /// <summary>The background search index; null when the preview runs without search.</summary>
    internal PreviewSearch? Search => _search;

    /// <summary>Where the preview builds the site: a temporary folder removed on stop.</summary>
    public string SiteDirectory { get; }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:8080/</c>; set by <see cref="StartAsync"/>.</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The home page of the site, under its base path.</summary>
    public Uri SiteUrl => new(Url, _state?.BasePath ?? "/");

    /// <summary>The most recent build, or null before the first one.</summary>
    public PreviewBuild? LastBuild => _state?.Build;

    /// <summary>What watches the site's folders (for tests, which need to simulate a watcher failure).</summary>
    internal SiteWatcher? Watcher => _watcher;

    /// <summary>How many builds have finished, the first one included.</summary>
    public int BuildCount => Volatile.Read(ref _buildCount);

    /// <summary>Completes when the next build finishes. Ask before changing files, so the build cannot be missed.</summary>
    public Task<PreviewBuild> NextBuildAsync()
    {
        lock (_gate) { return _nextBuild.Task; }
    }

    /// <summary>Builds once, starts serving and starts watching. Throws <see cref="IOException"/> when the port is taken.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        // Watch before the first build, so a change made while it runs still causes a rebuild.
        _watcher = new SiteWatcher(_options.SiteRoot, () => _changes.Writer.TryWrite(true));
        await Task.Run(Build, cancellationToken);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = _workDir });
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, _options.Port));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellationToken);

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address.TrimEnd('/') + "/");
        _loop = Task.Run(() => RebuildLoopAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>Stops watching and serving, ends open event streams and removes the preview folder. Safe to call twice.</summary>
    public async Task StopAsync()
    {
        lock (_gate)
        {
            if (_stopped) return;
            _stopped = true;
        }
        await _stopping.CancelAsync();
        _watcher?.Dispose();
        if (_search is not null) await _search.DisposeAsync();
        _changes.Writer.TryComplete();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
        if (_loop is not null)
        {
            try
            {
                await _loop;
            }
            catch (OperationCanceledException)
            {
                // Stopping cancels the wait for the next change; that is the loop's normal end.
            }
        }
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; it is a temporary folder, the system cleans it up.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    /// <summary>
    /// Only requests addressed to the loopback name or address the server bound are answered: a page on another site
    /// can make the browser send requests here through a domain that resolves to 127.0.0.1 (DNS rebinding), but it
    /// cannot make the Host header say 127.0.0.1 or localhost.
    /// </summary>
    private bool IsOwnHost(HttpRequest request)
    {
        var host = request.Host;
        if (!host.HasValue) return false;
        var name = host.Host.Trim('[', ']');
        var known = name.Equals("127.0.0.1", StringComparison.Ordinal) || name.Equals("localhost", StringComparison.OrdinalIgnoreCase);
        return known && (host.Port is null || host.Port == Url.Port);
    }

    private async Task RebuildLoopAsync(CancellationToken stopping)
    {
        var changes = _changes.Reader;
        while (await changes.WaitToReadAsync(stopping))
        {
            while (changes.TryRead(out _)) { }
            await WaitForQuietAsync(changes, stopping);
            if (stopping.IsCancellationRequested) return;
            Build();
        }
    }

    /// <summary>Returns once no change has arrived for the debounce time: a burst of saves becomes one build.</summary>
    private async Task WaitForQuietAsync(ChannelReader<bool> changes, CancellationToken stopping)
    {
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            quiet.CancelAfter(_options.DebounceOrDefault);
            try
            {
                if (!await changes.WaitToReadAsync(quiet.Token)) return;
                while (changes.TryRead(out _)) { }
            }
            catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private void Build()
    {
        var clock = Stopwatch.StartNew();
        var number = BuildCount + 1;
        PreviewBuild build;
        // Pagefind must not read the site folder while this build replaces it.
        _search?.Cancel();
        try
        {
            var result = _builder.Build(new BuildRequest(_options.SiteRoot, SiteDirectory, _options.IncludeDrafts));
            build = new PreviewBuild(number, result.Succeeded, result.Diagnostics, result.PageCount, clock.Elapsed,
                Problem: result.PublishProblem?.ToString());
            if (result.Succeeded && result.Published) _search?.Schedule(SiteDirectory, result.Language ?? "en");
        }
        catch (Exception ex)
        {
            // A crash is a generator bug, but the preview is long-lived: report it like a failed build and keep serving.
            build = new PreviewBuild(number, false, [], 0, clock.Elapsed, ex.ToString());
        }

        var previous = _state;
        _state = build.Succeeded
            ? new PreviewState(build, true, SiteBasePath.Read(_options.SiteRoot))
            : new PreviewState(build, previous?.HasSite ?? false, previous?.BasePath ?? "/");
        Volatile.Write(ref _buildCount, number);
        // Pages reload after a failed build too: that is how an open page comes to show the error overlay.
        _reload.Broadcast(ReloadEvent);
        _onBuild?.Invoke(build);

        TaskCompletionSource<PreviewBuild> finished;
        lock (_gate)
        {
            finished = _nextBuild;
            _nextBuild = NewSignal();
        }
        finished.SetResult(build);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsOwnHost(request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"This preview answers only requests to {Url.Host}:{Url.Port} or localhost:{Url.Port}.\n");
            return;
        }
        var path = request.Path.Value ?? "/";
        if (path == LiveReloadScript.EventsPath)
        {
            await _reload.StreamAsync(context, _stopping.Token);
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }

        // Every response is fresh: after a rebuild the browser must not show what it cached before.
        context.Response.Headers.CacheControl = "no-store";
        var state = _state!;
        var searchPath = state.BasePath + Urls.SearchIndex.TrimStart('/');
        var target = _search is not null && path.StartsWith(searchPath, StringComparison.Ordinal)
            ? PreviewTarget.Resolve(_search.Folder, searchPath, path)
            : PreviewTarget.Resolve(SiteDirectory, state.BasePath, path);
        if (target.Redirect is { } location)
        {
            context.Response.Redirect(location + request.QueryString);
            return;
        }

        var isPage = target.IsHtml || IsPageRequest(request);
        // Before any build has succeeded there is no page to show under the errors.
        if (!state.Build.Succeeded && !state.HasSite && isPage)
        {
            await WriteHtmlAsync(context, StatusCodes.Status500InternalServerError, PreviewPages.ErrorOverlay(state.Build));
            return;
        }
        var failed = state.Build.Succeeded ? null : state.Build;

        try
        {
            if (target.File is { } file && File.Exists(file))
            {
                await ServeFileAsync(context, file, target.IsHtml, failed);
                return;
            }
            var custom = Path.Combine(SiteDirectory, "404.html");
            var notFound = state.HasSite && File.Exists(custom)
                ? await File.ReadAllTextAsync(custom, context.RequestAborted)
                : PreviewPages.NotFound(path, state.BasePath);
            await WriteHtmlAsync(context, StatusCodes.Status404NotFound, failed is null ? notFound : PreviewPages.WithOverlay(notFound, failed));
        }
        catch (IOException) when (!context.Response.HasStarted)
        {
            // The publisher swapped the folder under this request; the next request finds the new site.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
        }
    }

    /// <param name="failed">The latest build when it failed: pages of the last good site then carry its errors.</param>
    private async Task ServeFileAsync(HttpContext context, string file, bool isHtml, PreviewBuild? failed)
    {
        if (isHtml)
        {
            var html = await File.ReadAllTextAsync(file, context.RequestAborted);
            await WriteHtmlAsync(context, StatusCodes.Status200OK, failed is null ? html : PreviewPages.WithOverlay(html, failed));
            return;
        }
        var response = context.Response;
        response.ContentType = _contentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        response.ContentLength = new FileInfo(file).Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await response.SendFileAsync(file, context.RequestAborted);
    }

    private static async Task WriteHtmlAsync(HttpContext context, int status, string html)
    {
        var bytes = Encoding.UTF8.GetBytes(LiveReloadScript.Inject(html));
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = bytes.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    // A browser navigating asks for text/html; a path without an extension is a page URL missing its slash.
    private static bool IsPageRequest(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase))
        || request.Path.Value is null or "" || request.Path.Value.EndsWith('/')
        || Path.GetExtension(request.Path.Value).Length == 0;

    private static TaskCompletionSource<PreviewBuild> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
