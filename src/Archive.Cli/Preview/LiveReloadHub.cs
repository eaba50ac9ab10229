using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Archive.Cli.Preview;

/// <summary>
/// The server-sent-events endpoint open pages listen on. Each connected page has its own queue, so a slow
/// page never holds up the others or a rebuild.
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly object _gate = new();
    private readonly List<Channel<string>> _clients = [];

    public int ClientCount
    {
        get { lock (_gate) { return _clients.Count; } }
    }

    /// <summary>Sends <paramref name="eventName"/> to every connected page.</summary>
    public void Broadcast(string eventName)
    {
        lock (_gate)
        {
            foreach (var client in _clients) client.Writer.TryWrite(eventName);
        }
    }

    /// <summary>Holds one page's connection open and relays events until the page goes away or the server stops.</summary>
    public async Task StreamAsync(HttpContext context, CancellationToken stopping)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate) { _clients.Add(channel); }
        try
        {
            using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            var response = context.Response;
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-store";
            // The comment line flushes the headers at once, so the page (and a test) knows it is connected.
            await response.WriteAsync(": connected\n\n", done.Token);
            await response.Body.FlushAsync(done.Token);
            var sent = 0;
            await foreach (var name in channel.Reader.ReadAllAsync(done.Token))
            {
                await response.WriteAsync($"event: {name}\ndata: {++sent}\n\n", done.Token);
                await response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping: both end the stream normally.
        }
        catch (IOException)
        {
            // The connection dropped mid-write.
        }
        finally
        {
            lock (_gate) { _clients.Remove(channel); }
        }
    }
}
