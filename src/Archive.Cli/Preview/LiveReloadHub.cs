using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Archive.Cli.Preview;

/// <summary>
/// The server-sent-events endpoint open pages listen on. Each connected page has its own queue, so a slow page never
/// holds up the others or a rebuild, and says which page it is (<c>?page=/articles/x/</c>), so that only the pages
/// an edit changed reload.
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly object _gate = new();
    private readonly List<Client> _clients = [];

    public int ClientCount
    {
        get { lock (_gate) { return _clients.Count; } }
    }

    /// <summary>
    /// Sends <paramref name="eventName"/> with the build's number to the pages among <paramref name="changed"/> (site
    /// URLs), to every page when it is null, and always to a listener that did not say which page it is.
    /// </summary>
    public void Send(string eventName, int build, IReadOnlyCollection<string>? changed)
    {
        var urls = changed is null ? null : changed as IReadOnlySet<string> ?? changed.ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var client in _clients)
            {
                if (urls is null || client.Page is null || urls.Contains(client.Page)) client.Channel.Writer.TryWrite((eventName, build));
            }
        }
    }

    /// <summary>Holds one page's connection open and relays events until the page goes away or the server stops.</summary>
    /// <param name="page">The site URL of the page listening (<c>/articles/x/</c>), or null for any.</param>
    public async Task StreamAsync(HttpContext context, string? page, CancellationToken stopping)
    {
        var client = new Client(page, Channel.CreateUnbounded<(string, int)>(new UnboundedChannelOptions { SingleReader = true }));
        lock (_gate) { _clients.Add(client); }
        try
        {
            using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            var response = context.Response;
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-store";
            // The comment line flushes the headers at once, so the page (and a test) knows it is connected.
            await response.WriteAsync(": connected\n\n", done.Token);
            await response.Body.FlushAsync(done.Token);
            await foreach (var (name, build) in client.Channel.Reader.ReadAllAsync(done.Token))
            {
                await response.WriteAsync($"event: {name}\ndata: {build}\n\n", done.Token);
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
            lock (_gate) { _clients.Remove(client); }
        }
    }

    private sealed record Client(string? Page, Channel<(string Name, int Build)> Channel);
}
