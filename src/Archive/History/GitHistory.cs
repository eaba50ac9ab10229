using System.Globalization;

namespace Archive.History;

/// <summary>
/// Reads when each file of a site changed from git, with a single <c>git log</c> for the whole tree (one process per
/// build, not one per page): every commit that touched a file, newest first, with its date and subject. Outside a
/// repository, or without git, every file falls back to its last write time. Files with uncommitted changes still
/// report their last commit.
/// </summary>
public sealed class GitHistory
{
    private const char RecordMark = '\u001e';
    private static readonly string[] DefaultFolders = ["input"];

    private readonly IGitRunner _git;

    public GitHistory()
        : this(new GitProcessRunner())
    {
    }

    public GitHistory(IGitRunner git) => _git = git;

    /// <summary>The history of the files under <paramref name="folders"/> (default <c>input</c>) of the site at <paramref name="siteRoot"/>.</summary>
    /// <param name="siteRoot">The site folder; it may be the repository's top folder or any folder inside it.</param>
    public FileHistoryLookup Read(string siteRoot, IReadOnlyList<string>? folders = null)
    {
        siteRoot = Path.GetFullPath(siteRoot);
        List<string> arguments =
        [
            // -z: paths come out verbatim (no quoting of spaces or non-ASCII); --relative: relative to the site folder
            // even when it is a sub-folder of the repository; --no-renames: a rename counts as a change of both paths.
            "log", "-z", "--relative", "--no-renames", "--name-only", $"--format={RecordMark}%H%x09%cI%x09%s", "--",
        ];
        arguments.AddRange((folders ?? DefaultFolders).Select(f => f.TrimEnd('/') + "/"));

        var output = Directory.Exists(siteRoot) ? _git.Run(siteRoot, arguments) : null;
        if (output is not { ExitCode: 0 })
        {
            return new FileHistoryLookup(siteRoot, new Dictionary<string, FileHistory>(), fromGit: false);
        }
        return new FileHistoryLookup(siteRoot, Parse(output.StandardOutput), fromGit: true);
    }

    /// <summary>
    /// Reads <c>git log -z --name-only</c> output: each commit is a header (mark, hash, tab, date, tab, subject) followed
    /// by the paths it touched, all separated by NUL. Newest commits come first, so the first sighting of a path is its
    /// latest change and every later one is older.
    /// </summary>
    internal static IReadOnlyDictionary<string, FileHistory> Parse(string output)
    {
        var changes = new Dictionary<string, List<FileChange>>(StringComparer.Ordinal);
        FileChange? current = null;
        foreach (var raw in output.Split('\0'))
        {
            var token = raw.TrimStart('\n');
            if (token.Length == 0) continue;
            if (token[0] == RecordMark)
            {
                // The subject is last and may itself contain tabs.
                var fields = token[1..].Split('\t', 3);
                var date = DateTimeOffset.Parse(fields[1].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None);
                current = new FileChange(date, fields[0], fields.Length > 2 ? fields[2].TrimEnd('\n') : "");
                continue;
            }
            if (current is null) continue;
            if (!changes.TryGetValue(token, out var list)) changes[token] = list = [];
            // A merge can list a path again; one entry per commit.
            if (list.Count == 0 || list[^1].Commit != current.Commit) list.Add(current);
        }
        return changes.ToDictionary(
            x => x.Key,
            x => new FileHistory(x.Key, x.Value[0].Date, x.Value[0].Commit) { Changes = x.Value },
            StringComparer.Ordinal);
    }
}
