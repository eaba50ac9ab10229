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
/// <c>archive serve</c> as a class: builds the site in memory (never into the user's output/), serves it on 127.0.0.1,
/// and when input/ or themes/ change brings it up to date (<see cref="LiveSite"/>: only changed files are read and only
/// the pages they reach are rendered) and tells the open pages whose bytes changed to reload. A failed build leaves the
/// last good site in place, and every page request gets an overlay listing the errors until the input is fixed.
/// With search on, the pages are also kept in a private folder (only changed files are written to it) which the
/// search index is rebuilt from in the background after good builds (<see cref="PreviewSearch"/>), served as the
/// site's <c>pagefind/</c> folder; a reload never waits for it.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private const string ReloadEvent = "reload";

    private readonly PreviewOptions _options;
    private readonly Action<PreviewBuild>? _onBuild;
    private readonly LiveSite _live;
    private readonly PreviewSearch? _search;
    private readonly string? _workDir;
    private LiveSnapshot? _mirrored;
    private Task _mirroring = Task.CompletedTask;
    private readonly LiveReloadHub _reload = new();
    private readonly FileExtensionContentTypeProvider _contentTypes = new() { Mappings = { [".jsonld"] = "application/ld+json" } };
    private readonly Channel<bool> _changes = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _gate = new();
    private readonly NextSignal<PreviewBuild> _nextBuild = new();
    private volatile PreviewState? _state;
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private Task? _loop;
    private int _buildCount;
    private volatile bool _busy;
    private bool _stopped;

    /// <param name="onBuild">Called after every build (on the build's thread), e.g. to print the outcome.</param>
    /// <param name="onIndexed">Called after every finished run of the search index (on its own thread).</param>
    /// <param name="indexRun">What makes the search index; Pagefind unless a test gives a stand-in.</param>
    public PreviewServer(PreviewOptions options, Action<PreviewBuild>? onBuild = null, Action<SearchOutcome>? onIndexed = null,
        PreviewSearch.IndexRun? indexRun = null)
    {
        _options = options with { SiteRoot = Path.GetFullPath(options.SiteRoot) };
        _onBuild = onBuild;
        _live = new LiveSite(_options.SiteRoot, _options.IncludeDrafts);
        if (_options.Search)
        {
            _workDir = Directory.CreateTempSubdirectory("archive-preview-").FullName;
            var indexer = new SearchIndexer(_options.SiteRoot);
            _search = new PreviewSearch(_workDir, indexRun ?? ((site, output, language, cancel) => indexer.Index(site, language, output, cancel)),
                _options.SearchQuiet ?? PreviewOptions.DefaultSearchQuiet, onIndexed);
        }
    }

    /// <summary>Told of each early site (the build's number, the site, the URLs shown early) as it is served; for tests.</summary>
    internal Action<int, LiveSnapshot, IReadOnlyList<string>>? OnEarly { get; init; }

    /// <summary>The background search index; null when the preview runs without search.</summary>
    internal PreviewSearch? Search => _search;

    /// <summary>The folder the pages are kept in for the search index (only with search on; removed on stop).</summary>
    internal string? SiteDirectory => _workDir is null ? null : Path.Combine(_workDir, "site");

    /// <summary>The bytes the preview publishes at a path of the site (<c>groups/x/index.html</c>), before the reload script is added; null when none.</summary>
    public byte[]? Published(string path) => _state?.Site?.Get(path);

    /// <summary>Every path of the last good site.</summary>
    public IEnumerable<string> PublishedPaths => _state?.Site?.Paths ?? [];

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
    public Task<PreviewBuild> NextBuildAsync() => _nextBuild.Next();

    /// <summary>Builds once, starts serving and starts watching. Throws <see cref="IOException"/> when the port is taken.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        // Watch before the first build, so a change made while it runs still causes a rebuild.
        _watcher = new SiteWatcher(_options.SiteRoot, path =>
        {
            if (path is null) _live.ChangedAll();
            else _live.Changed(path);
            _changes.Writer.TryWrite(true);
        });
        await Task.Run(Build, cancellationToken);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = _options.SiteRoot });
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, _options.Port));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellationToken);

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address.TrimEnd('/') + "/");
        _loop = Task.Run(() => RebuildLoopAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>Stops watching and serving and ends open event streams. Safe to call twice.</summary>
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
        if (_workDir is null) return;
        // The pages still being written for the search index go with the folder.
        await _mirroring;
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

    /// <summary>Whether a change waits for a build or a build runs (for tests that wait for the preview to settle).</summary>
    internal bool Busy => _busy || _changes.Reader.TryPeek(out _);

    private async Task RebuildLoopAsync(CancellationToken stopping)
    {
        var changes = _changes.Reader;
        while (await changes.WaitToReadAsync(stopping))
        {
            _busy = true;
            while (changes.TryRead(out _)) { }
            await WaitForQuietAsync(changes, stopping);
            if (stopping.IsCancellationRequested) return;
            Build();
            _busy = false;
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
        LiveUpdate? update = null;
        var previous = _state;
        TimeSpan? earlyAfter = null;
        // Pagefind must not read the pages' folder while this build writes into it.
        _search?.Cancel();
        try
        {
            // The edited page is shown as soon as it is rendered and checked; the pages that list it follow.
            update = _live.Update(previous is { Build.Succeeded: true } ? (site, urls) =>
            {
                _state = new PreviewState(previous.Build, site);
                _reload.Send(ReloadEvent, number, urls);
                earlyAfter = clock.Elapsed;
                OnEarly?.Invoke(number, site, urls);
            } : null);
            build = new PreviewBuild(number, update.Succeeded, update.Diagnostics, update.PageCount, clock.Elapsed)
            {
                Rendered = update.Rendered,
                Full = update.Full,
                Timings = update.Timings,
                Changed = update.ChangedUrls.Count,
                Early = update.EarlyUrls,
                EarlyBeforeLinking = update.EarlyBeforeLinking,
                EarlyAfter = earlyAfter,
            };
        }
        catch (Exception ex)
        {
            // A crash is a generator bug, but the preview is long-lived: report it like a failed build and keep serving.
            build = new PreviewBuild(number, false, [], 0, clock.Elapsed, ex.ToString());
        }

        _state = build.Succeeded
            ? new PreviewState(build, _live.Current)
            : new PreviewState(build, previous?.Site);
        Volatile.Write(ref _buildCount, number);
        if (build.Succeeded && previous is { Build.Succeeded: true } && update is not null)
        {
            // The pages shown early have reloaded already; a listener that named no page hears of every build once at least.
            if (update.ReloadUrls.Count > 0 || update.EarlyUrls.Count == 0) _reload.Send(ReloadEvent, number, update.ReloadUrls);
        }
        else
        {
            // After a failed build every open page reloads to show the errors, and after the fix to lose them again.
            _reload.Send(ReloadEvent, number, null);
        }
        _onBuild?.Invoke(build);
        // After the reload, and off the build's path: the search index never holds up a page. Writing every page of the
        // first build for it took longer than the build itself at 10,000 articles on a slow disk (25 s against 18 s).
        // One write after the other, in build order, as each writes only what changed since the one before.
        if (build.Succeeded && update is not null && _search is not null && _live.Current is { } current)
        {
            var search = _search;
            _mirroring = _mirroring.ContinueWith(_ =>
            {
                if (Mirror(current, update)) search.Schedule(SiteDirectory!, current.Site.Config.Language);
            }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }

        _nextBuild.Announce(build);
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
            var page = LiveReloadScript.PageOf(request.Query[LiveReloadScript.PageParameter].FirstOrDefault(), _state?.BasePath ?? "/");
            await _reload.StreamAsync(context, page, _stopping.Token);
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
        var live = state.Site;
        var searchPath = state.BasePath + Urls.SearchIndex.TrimStart('/');
        if (_search is not null && path.StartsWith(searchPath, StringComparison.Ordinal))
        {
            await ServeSearchAsync(context, path[searchPath.Length..]);
            return;
        }
        var target = PreviewTarget.Resolve(live?.BasePath ?? "/", path, p => live?.Has(p) ?? false);
        if (target.Redirect is { } location)
        {
            context.Response.Redirect(location + request.QueryString);
            return;
        }

        var isPage = target.IsHtml || IsPageRequest(request);
        // Before any build has succeeded there is no page to show under the errors.
        if (live is null)
        {
            if (isPage) await WriteHtmlAsync(context, StatusCodes.Status500InternalServerError, PreviewPages.ErrorOverlay(state.Build));
            else context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var failed = state.Build.Succeeded ? null : state.Build;

        if (target.Path is { } file && live.Get(file) is { } bytes)
        {
            await ServeAsync(context, file, bytes, target.IsHtml, failed);
            return;
        }
        var notFound = live.Get("404.html") is { } custom ? Encoding.UTF8.GetString(custom) : PreviewPages.NotFound(path, live.BasePath);
        await WriteHtmlAsync(context, StatusCodes.Status404NotFound, failed is null ? notFound : PreviewPages.WithOverlay(notFound, failed));
    }

    /// <param name="failed">The latest build when it failed: pages of the last good site then carry its errors.</param>
    private async Task ServeAsync(HttpContext context, string file, byte[] bytes, bool isHtml, PreviewBuild? failed)
    {
        if (isHtml)
        {
            var html = Encoding.UTF8.GetString(bytes);
            await WriteHtmlAsync(context, StatusCodes.Status200OK, failed is null ? html : PreviewPages.WithOverlay(html, failed));
            return;
        }
        var response = context.Response;
        response.ContentType = _contentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        response.ContentLength = bytes.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>A file of the last finished search index (<c>pagefind/…</c>), which lives on disk beside the pages.</summary>
    private async Task ServeSearchAsync(HttpContext context, string rest)
    {
        var target = PreviewTarget.Resolve("/", "/" + rest, p => File.Exists(Path.Combine(_search!.Folder, p)));
        var file = target.Path is null ? null : Path.Combine(_search!.Folder, target.Path);
        if (file is null || !File.Exists(file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
        }
        catch (IOException)
        {
            // The index was swapped under this request; the next request finds the new one.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            return;
        }
        await ServeAsync(context, file, bytes, isHtml: false, failed: null);
    }

    /// <summary>
    /// Keeps the pages' folder for the search index equal to the site in memory: everything after the first good
    /// build, then only the pages whose bytes changed (and removes the pages that went).
    /// </summary>
    /// <returns>False when the folder could not be written (the index then waits for a build that can).</returns>
    private bool Mirror(LiveSnapshot site, LiveUpdate update)
    {
        try
        {
            MirrorFiles(site, update);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _mirrored = null;
            return false;
        }
    }

    private void MirrorFiles(LiveSnapshot site, LiveUpdate update)
    {
        var root = SiteDirectory!;
        IEnumerable<string> paths = _mirrored is null ? site.Pages.Values.Select(p => p.Path) : update.ChangedUrls.Select(Urls.ToFilePath);
        foreach (var path in paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var file = Path.Combine(root, path);
            if (site.Get(path) is { } bytes)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, bytes);
            }
            else if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
        _mirrored = site;
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
}
