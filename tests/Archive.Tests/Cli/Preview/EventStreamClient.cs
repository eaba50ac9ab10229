namespace Archive.Tests.Cli.Preview;

/// <summary>A minimal server-sent-events reader: connects, then reads event names as the page's EventSource would.</summary>
internal sealed class EventStreamClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStreamClient(HttpClient http, HttpResponseMessage response, StreamReader reader)
    {
        _http = http;
        _response = response;
        _reader = reader;
    }

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    /// <summary>Connects and waits for the server's first line, so the server is known to have registered this client.</summary>
    public static async Task<EventStreamClient> ConnectAsync(Uri url, TimeSpan timeout)
    {
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var deadline = new CancellationTokenSource(timeout);
        var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
        response.EnsureSuccessStatusCode();
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(deadline.Token));
        var first = await reader.ReadLineAsync(deadline.Token);
        Assert.StartsWith(":", first);
        return new EventStreamClient(http, response, reader);
    }

    /// <summary>The name of the next event, or null when the server closed the stream.</summary>
    public async Task<string?> NextEventAsync(TimeSpan timeout) => (await NextAsync(timeout))?.Name;

    /// <summary>The next event's name and data (the preview sends the number of the build that caused it), or null when the stream ended.</summary>
    public async Task<(string Name, string Data)?> NextAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        string? name = null;
        while (await _reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null) return (name, line["data: ".Length..]);
        }
        return null;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        _http.Dispose();
        return ValueTask.CompletedTask;
    }
}
