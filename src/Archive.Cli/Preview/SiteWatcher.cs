namespace Archive.Cli.Preview;

/// <summary>
/// Watches <c>input/</c> and <c>themes/</c> and reports each path that changed. It only signals; the preview
/// server debounces the signals, so a burst of events (an editor saving through a temporary file) builds once.
/// A watcher that fails (its event buffer overflowed, the folder was replaced) is started again and reports that
/// anything may have changed (a null path), so the preview never silently stops following the files; either folder
/// created after the start (a new theme) is watched from then on.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private static readonly string[] Folders = ["input", "themes"];

    private readonly object _gate = new();
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly Action<string?> _changed;
    private readonly string _siteRoot;
    private readonly FileSystemWatcher? _root;
    private bool _disposed;
    private int _restarts;

    /// <param name="changed">Told the full path of each file or folder that changed, or null when events were lost.</param>
    public SiteWatcher(string siteRoot, Action<string?> changed)
    {
        _changed = changed;
        _siteRoot = siteRoot;
        foreach (var folder in Folders.Select(f => Path.Combine(siteRoot, f)).Where(Directory.Exists))
        {
            _watchers[folder] = Start(folder);
        }
        // Only the site folder itself, not what is below it (output/, .git): it tells when input/ or themes/ appear.
        _root = new FileSystemWatcher(siteRoot) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
        _root.Created += OnRootEvent;
        _root.Renamed += OnRootEvent;
        _root.Deleted += OnRootEvent;
        _root.EnableRaisingEvents = true;
    }

    private void OnRootEvent(object sender, FileSystemEventArgs e)
    {
        if (!Folders.Contains(e.Name, StringComparer.Ordinal) && !(e is RenamedEventArgs r && Folders.Contains(r.OldName, StringComparer.Ordinal))) return;
        lock (_gate)
        {
            if (_disposed) return;
            foreach (var folder in Folders.Select(f => Path.Combine(_siteRoot, f)))
            {
                if (_watchers.Remove(folder, out var old)) old.Dispose();
                try
                {
                    if (Directory.Exists(folder)) _watchers[folder] = Start(folder);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    // Gone again already; the next event or the build reports what is there.
                }
            }
        }
        _changed(null);
    }

    /// <summary>The folders being watched (those of input/ and themes/ that existed at start).</summary>
    public IReadOnlyList<string> Watched
    {
        get { lock (_gate) { return _watchers.Keys.ToList(); } }
    }

    /// <summary>How many times a failed watcher was started again.</summary>
    public int Restarts => Volatile.Read(ref _restarts);

    private FileSystemWatcher Start(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnEvent;
        watcher.Created += OnEvent;
        watcher.Deleted += OnEvent;
        watcher.Renamed += OnEvent;
        watcher.Error += (_, _) => Restart(folder);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>
    /// Replaces the watcher of <paramref name="folder"/> with a new one and reports a change: events were lost, and a
    /// rebuild covers whatever they were. Called on the watcher's error event (and by tests, which cannot cause one).
    /// </summary>
    internal void Restart(string folder)
    {
        lock (_gate)
        {
            if (_disposed || !_watchers.Remove(folder, out var failed)) return;
            failed.Dispose();
            try
            {
                if (Directory.Exists(folder)) _watchers[folder] = Start(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // The folder is gone or unreadable for now; the rebuild reports what the build finds.
            }
            Interlocked.Increment(ref _restarts);
        }
        _changed(null);
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (e is RenamedEventArgs renamed)
        {
            if (IsNoise(renamed.Name) && IsNoise(renamed.OldName)) return;
            _changed(renamed.OldFullPath);
            _changed(renamed.FullPath);
            return;
        }
        if (IsNoise(e.Name)) return;
        _changed(e.FullPath);
    }

    // Editors' swap and backup files change constantly while typing and are never read by the build.
    private static bool IsNoise(string? relative)
    {
        var name = Path.GetFileName(relative ?? "");
        return name.Length == 0 || name.StartsWith('.') || name.EndsWith('~')
               || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
               || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name == "4913";
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _root?.Dispose();
            foreach (var watcher in _watchers.Values) watcher.Dispose();
            _watchers.Clear();
        }
    }
}
