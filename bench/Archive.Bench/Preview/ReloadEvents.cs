using System.Diagnostics;
using System.Threading.Channels;

namespace Archive.Bench.Preview;

/// <summary>
/// A client of the preview's live-reload stream (<c>/__archive/livereload</c>, server-sent events): the moment each
/// <c>reload</c> event arrived, as an open page would see it.
/// </summary>
internal sealed class ReloadEvents : IAsyncDisposable
{
    public const string Path = "/__archive/livereload";

    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<long> _events = Channel.CreateUnbounded<long>();
    private Task? _reader;

    public ReloadEvents(HttpClient http) => _http = http;

    /// <summary>Connects and returns once the server's "connected" comment arrived.</summary>
    public async Task ConnectAsync(Uri server, TimeSpan timeout)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server, Path));
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var connect = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        connect.CancelAfter(timeout);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, connect.Token);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(connect.Token);
        var reader = new StreamReader(stream);
        var first = await reader.ReadLineAsync(connect.Token);
        if (first is null || !first.StartsWith(':')) throw new InvalidOperationException($"unexpected first line of the event stream: {first}");
        _reader = Task.Run(() => ReadAsync(reader, response), CancellationToken.None);
    }

    private async Task ReadAsync(StreamReader reader, HttpResponseMessage response)
    {
        try
        {
            string? line;
            while ((line = await reader.ReadLineAsync(_stop.Token)) is not null)
            {
                if (line == "event: reload") _events.Writer.TryWrite(Stopwatch.GetTimestamp());
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException)
        {
            // The server stopped or we did.
        }
        finally
        {
            _events.Writer.TryComplete();
            response.Dispose();
        }
    }

    /// <summary>Drops events until none has come for <paramref name="quiet"/>: a build still running settles first.</summary>
    public async Task<int> SettleAsync(TimeSpan quiet)
    {
        var dropped = 0;
        while (true)
        {
            using var cts = new CancellationTokenSource(quiet);
            try
            {
                await _events.Reader.ReadAsync(cts.Token);
                dropped++;
            }
            catch (OperationCanceledException)
            {
                return dropped;
            }
        }
    }

    /// <summary>The timestamp of the next reload event, or null when none came in time.</summary>
    public async Task<long?> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            return await _events.Reader.ReadAsync(cts.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_reader is not null) await _reader;
        _stop.Dispose();
    }
}
