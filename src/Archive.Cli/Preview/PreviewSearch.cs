using Archive.Publishing.Search;

namespace Archive.Cli.Preview;

/// <summary>
/// The preview's search index, kept current without ever holding up a page: a good build only schedules a run,
/// which starts once the edits have paused for <see cref="Quiet"/>; a build that starts cancels the run in progress
/// (it would read a folder being replaced), and the next good build schedules a fresh one. The index lives beside the
/// site folder, not in it, so replacing the site does not lose it, and readers search the last finished index
/// meanwhile. Pagefind missing is reported once, and the preview goes on without search.
/// </summary>
internal sealed class PreviewSearch : IAsyncDisposable
{
    /// <summary>Indexes the HTML of <c>siteFolder</c> into <c>outputFolder</c> (Pagefind, or a stand-in in tests).</summary>
    public delegate SearchOutcome IndexRun(string siteFolder, string outputFolder, string language, CancellationToken cancel);

    private readonly IndexRun _run;
    private readonly string _root;
    private readonly Action<SearchOutcome>? _onIndexed;
    private readonly object _gate = new();
    private CancellationTokenSource? _pending;
    private Task _current = Task.CompletedTask;
    private readonly NextSignal<SearchOutcome> _next = new();
    private int _runs;
    private bool _disposed;

    /// <param name="workDir">The preview's private folder; the index is kept in its <c>search/</c> folder.</param>
    /// <param name="onIndexed">Called after every run that was not cancelled, built or failed (on the run's thread).</param>
    public PreviewSearch(string workDir, IndexRun run, TimeSpan quiet, Action<SearchOutcome>? onIndexed = null)
    {
        _root = Path.Combine(workDir, "search");
        _run = run;
        Quiet = quiet;
        _onIndexed = onIndexed;
    }

    /// <summary>How long after the last good build a run starts.</summary>
    public TimeSpan Quiet { get; }

    /// <summary>The finished index, served as the site's <c>pagefind/</c> folder; absent before the first run ends.</summary>
    public string Folder => Path.Combine(_root, "pagefind");

    /// <summary>How many runs have finished (built or failed), cancelled ones not counted.</summary>
    public int RunCount => Volatile.Read(ref _runs);

    /// <summary>Completes when the next run finishes. Ask before the change that should be indexed.</summary>
    public Task<SearchOutcome> NextIndexAsync() => _next.Next();

    /// <summary>A build is starting: a run in progress would read the folder it replaces.</summary>
    public void Cancel()
    {
        lock (_gate)
        {
            _pending?.Cancel();
            _pending = null;
        }
    }

    /// <summary>A good build has finished into <paramref name="siteFolder"/>: index it once the edits pause.</summary>
    public void Schedule(string siteFolder, string language)
    {
        lock (_gate)
        {
            if (_disposed) return;
            _pending?.Cancel();
            var cancel = new CancellationTokenSource();
            _pending = cancel;
            var previous = _current;
            _current = Task.Run(async () =>
            {
                // One run at a time: the one before has been told to stop and ends quickly.
                await previous.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
                try
                {
                    await Task.Delay(Quiet, cancel.Token).ConfigureAwait(false);
                    RunOnce(siteFolder, language, cancel.Token);
                }
                catch (OperationCanceledException)
                {
                    // A newer build replaced this run.
                }
                finally
                {
                    lock (_gate)
                    {
                        if (_pending == cancel) _pending = null;
                        cancel.Dispose();
                    }
                }
            });
        }
    }

    private void RunOnce(string siteFolder, string language, CancellationToken cancel)
    {
        var staging = Path.Combine(_root, "next");
        SearchOutcome outcome;
        try
        {
            Directory.CreateDirectory(_root);
            DeleteIfPresent(staging);
            outcome = _run(siteFolder, staging, language, cancel);
            if (cancel.IsCancellationRequested)
            {
                DeleteIfPresent(staging);
                return;
            }
            if (outcome.Built)
            {
                // Two renames: between them a search request finds no index for a moment and fails like a slow network.
                var old = Path.Combine(_root, "old");
                DeleteIfPresent(old);
                if (Directory.Exists(Folder)) Directory.Move(Folder, old);
                Directory.Move(staging, Folder);
                DeleteIfPresent(old);
            }
            else
            {
                DeleteIfPresent(staging);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            outcome = SearchOutcome.Failed(TimeSpan.Zero, $"the preview's search index could not be written: {ex.Message}",
                "check the space and permissions of the temporary folder; pages are still served");
        }
        Interlocked.Increment(ref _runs);
        _onIndexed?.Invoke(outcome);
        _next.Announce(outcome);
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    public async ValueTask DisposeAsync()
    {
        Task current;
        lock (_gate)
        {
            _disposed = true;
            _pending?.Cancel();
            current = _current;
        }
        try
        {
            await current.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The preview folder is removed next anyway.
        }
    }
}
