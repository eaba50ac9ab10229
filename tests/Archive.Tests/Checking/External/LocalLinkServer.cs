using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Archive.Tests.Checking.External;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 with one path per behaviour a link checker meets, counting what it is asked.
/// HttpListener needs no ASP.NET reference; it cannot bind port 0, so a free port is found first.
/// </summary>
internal sealed class LocalLinkServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _log = new();
    private int _requests;
    private int _inFlight;
    private int _maxInFlight;

    public LocalLinkServer()
    {
        (_listener, Port) = Start();
        _loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    public string Url(string pathAndQuery) => $"http://127.0.0.1:{Port}{pathAndQuery}";

    public int Requests => Volatile.Read(ref _requests);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Every request as <c>METHOD /path?query</c>, in arrival order.</summary>
    public IReadOnlyList<string> Log => _log.ToList();

    public void ResetCounts()
    {
        Interlocked.Exchange(ref _requests, 0);
        _log.Clear();
    }

    private static (HttpListener, int) Start()
    {
        for (var i = 0; ; i++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (i < 10)
            {
                // Another process took the port between probe and bind: try another.
                listener.Close();
            }
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var path = request.Url!.AbsolutePath;
        var key = request.Url.PathAndQuery;
        Interlocked.Increment(ref _requests);
        _log.Enqueue($"{request.HttpMethod} {key}");
        var hit = _hits.AddOrUpdate(key, 1, (_, n) => n + 1);
        var inFlight = Interlocked.Increment(ref _inFlight);
        for (var max = MaxInFlight; inFlight > max; max = MaxInFlight)
            Interlocked.CompareExchange(ref _maxInFlight, inFlight, max);
        try
        {
            switch (path)
            {
                case "/ok":
                    break;
                case "/gone":
                    response.StatusCode = 404;
                    break;
                case "/slow":
                    // Never answers: only the client's timeout (or the server stopping) ends the request.
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                    break;
                case "/flaky":
                    response.StatusCode = hit == 1 ? 500 : 200;
                    break;
                case "/too-many":
                    if (hit == 1)
                    {
                        response.StatusCode = 429;
                        response.AddHeader("Retry-After", "0");
                    }
                    break;
                case "/head-not-allowed":
                    if (request.HttpMethod == "HEAD") response.StatusCode = 405;
                    break;
                case "/redirect":
                    response.StatusCode = 302;
                    response.RedirectLocation = "/ok";
                    break;
                case "/wait":
                    await Task.Delay(TimeSpan.FromMilliseconds(100), _stop.Token);
                    break;
                default:
                    response.StatusCode = 404;
                    break;
            }
            response.ContentLength64 = 0;
            response.Close();
        }
        catch (Exception)
        {
            // The client gave up (timeout test) or the server is stopping: nothing to answer.
            response.Abort();
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        await _loop;
        _stop.Dispose();
    }
}
