namespace Archive.History;

/// <summary>
/// A cheap token that changes whenever the site's repository gets a commit, a checkout or a reset, read from the files
/// git itself updates (<c>HEAD</c> and its reflog) rather than by running git: the preview asks on every edit and
/// reads the history again only when it changed.
/// </summary>
public static class GitFingerprint
{
    /// <returns>Null when the site is not in a repository.</returns>
    public static string? Of(string siteRoot)
    {
        if (GitDirectory(Path.GetFullPath(siteRoot)) is not { } git) return null;
        try
        {
            var head = File.ReadAllText(Path.Combine(git, "HEAD")).Trim();
            var parts = new List<string> { head };
            foreach (var file in new[] { Path.Combine(git, "logs", "HEAD"), Path.Combine(git, "packed-refs"),
                         head.StartsWith("ref: ", StringComparison.Ordinal) ? Path.Combine(git, head[5..]) : "" })
            {
                var info = file.Length == 0 ? null : new FileInfo(file);
                parts.Add(info is { Exists: true } ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "-");
            }
            return string.Join('|', parts);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable now (git is writing): a token that matches nothing, so the history is read again.
            return Guid.NewGuid().ToString("N");
        }
    }

    /// <summary>The repository's git folder: <c>.git</c> in the site folder or a parent, or where a <c>.git</c> file (a worktree) points.</summary>
    private static string? GitDirectory(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var dotGit = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(dotGit)) return dotGit;
            if (!File.Exists(dotGit)) continue;
            var line = File.ReadAllText(dotGit).Trim();
            if (!line.StartsWith("gitdir:", StringComparison.Ordinal)) return null;
            var target = line["gitdir:".Length..].Trim();
            return Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(dir.FullName, target));
        }
        return null;
    }
}
