using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace Archive.Bench.Preview;

/// <summary>
/// <c>archive serve --port 0</c> as a child process: its output lines as they come, the address it prints once the
/// first build is served, and a polite stop (SIGINT, as Ctrl-C, so it removes its preview folder).
/// </summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<(long At, string Line)> _lines = Channel.CreateUnbounded<(long, string)>();

    private ServeProcess(Process process) => _process = process;

    public long StartedAt { get; private set; }

    public ChannelReader<(long At, string Line)> Lines => _lines.Reader;

    public bool HasExited => _process.HasExited;

    public static ServeProcess Start(string archive, string site)
    {
        var info = new ProcessStartInfo(archive)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "serve", "--source", site, "--port", "0" }) info.ArgumentList.Add(a);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var serve = new ServeProcess(process);
        process.OutputDataReceived += (_, e) => serve.OnLine(e.Data, "");
        process.ErrorDataReceived += (_, e) => serve.OnLine(e.Data, "stderr: ");
        process.Exited += (_, _) => serve._lines.Writer.TryComplete();
        serve.StartedAt = Stopwatch.GetTimestamp();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return serve;
    }

    private void OnLine(string? line, string prefix)
    {
        if (line is not null) _lines.Writer.TryWrite((Stopwatch.GetTimestamp(), prefix + line));
    }

    /// <summary>Reads lines until <paramref name="match"/> matches one; null when the process ends or time runs out.</summary>
    public async Task<(long At, Match Match)?> WaitForAsync(Regex match, TimeSpan timeout, Action<string>? onOtherLine = null)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (await _lines.Reader.WaitToReadAsync(cts.Token))
            {
                while (_lines.Reader.TryRead(out var item))
                {
                    var m = match.Match(item.Line);
                    if (m.Success) return (item.At, m);
                    onOtherLine?.Invoke(item.Line);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Time ran out: the caller reports it.
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGINT is Ctrl-C: serve stops its server and removes its temporary folder.
            using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"^Serving (http://\S+)")]
    public static partial Regex ServingLine();

    [GeneratedRegex(@"^(?:Built|Rebuilt) ([0-9]+) pages in ([0-9]+) ms")]
    public static partial Regex BuiltLine();
}
