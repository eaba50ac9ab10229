using Microsoft.Extensions.Hosting;

namespace Archive.Cli.Preview;

/// <summary>
/// Replaces the host's console lifetime, which would take over Ctrl-C and SIGTERM: the command line already turns
/// those into a cancellation token, and the preview must also run inside tests without touching signals.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
