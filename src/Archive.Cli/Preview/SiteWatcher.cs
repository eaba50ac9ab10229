namespace Archive.Cli.Preview;

/// <summary>
/// Watches <c>input/</c> and <c>themes/</c> and reports that something changed. It only signals; the preview
/// server debounces the signals, so a burst of events (an editor saving through a temporary file) builds once.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private static readonly string[] Folders = ["input", "themes"];

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action _changed;

    public SiteWatcher(string siteRoot, Action changed)
    {
        _changed = changed;
        foreach (var folder in Folders.Select(f => Path.Combine(siteRoot, f)).Where(Directory.Exists))
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
            // An overflowed event buffer means changes were lost; a rebuild covers whatever they were.
            watcher.Error += (_, _) => _changed();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The folders being watched (those of input/ and themes/ that existed at start).</summary>
    public IReadOnlyList<string> Watched => _watchers.Select(w => w.Path).ToList();

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (e is RenamedEventArgs renamed && IsNoise(renamed.Name) && IsNoise(renamed.OldName)) return;
        if (e is not RenamedEventArgs && IsNoise(e.Name)) return;
        _changed();
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
        foreach (var watcher in _watchers) watcher.Dispose();
        _watchers.Clear();
    }
}
