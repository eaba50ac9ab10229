namespace Archive.Cli.Preview;

/// <summary>
/// "The next one": a task that completes with the next value announced after it was asked for, never with one
/// announced before. Asking before causing the event (a build, an index run) is how a caller cannot miss it.
/// Continuations run on their own threads, so an announcer is never held up by a waiter.
/// </summary>
internal sealed class NextSignal<T>
{
    private readonly object _gate = new();
    private TaskCompletionSource<T> _next = New();

    /// <summary>Completes with the next value <see cref="Announce"/> is given.</summary>
    public Task<T> Next()
    {
        lock (_gate) { return _next.Task; }
    }

    /// <summary>Completes every task asked for so far with <paramref name="value"/>; later askers wait for the one after.</summary>
    public void Announce(T value)
    {
        TaskCompletionSource<T> finished;
        lock (_gate)
        {
            finished = _next;
            _next = New();
        }
        finished.SetResult(value);
    }

    private static TaskCompletionSource<T> New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
