namespace Archive.History;

/// <summary>
/// The history of the files of one site: the latest commit of every committed file, and for any other file
/// (untracked, or no repository at all) its last write time.
/// </summary>
public sealed class FileHistoryLookup
{
    private readonly string _siteRoot;
    private readonly IReadOnlyDictionary<string, FileHistory> _committed;

    internal FileHistoryLookup(string siteRoot, IReadOnlyDictionary<string, FileHistory> committed, bool fromGit)
    {
        _siteRoot = siteRoot;
        _committed = committed;
        FromGit = fromGit;
    }

    /// <summary>Whether git answered; false outside a repository, without git, or in a repository with no commits.</summary>
    public bool FromGit { get; }

    /// <summary>Every path git reported, with its latest commit (deleted files included).</summary>
    public IReadOnlyCollection<FileHistory> Committed => _committed.Values.ToList();

    /// <summary>
    /// The history of <paramref name="path"/> (relative to the site folder; <c>/</c> or <c>\</c>): its latest commit,
    /// else its last write time in UTC with no commit, or null when the file neither was committed nor exists.
    /// </summary>
    public FileHistory? Find(string path)
    {
        var key = Normalize(path);
        if (_committed.TryGetValue(key, out var committed)) return committed;
        var full = Path.Combine(_siteRoot, key);
        return File.Exists(full) ? new FileHistory(key, new DateTimeOffset(File.GetLastWriteTimeUtc(full), TimeSpan.Zero), null) : null;
    }

    internal static string Normalize(string path)
    {
        var key = path.Replace('\\', '/');
        while (key.StartsWith("./", StringComparison.Ordinal)) key = key[2..];
        return key;
    }
}
