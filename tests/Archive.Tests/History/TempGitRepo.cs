using System.Diagnostics;

namespace Archive.Tests.History;

/// <summary>A throw-away git repository whose commits get the dates the test chooses.</summary>
internal sealed class TempGitRepo : IDisposable
{
    private TempGitRepo(string root) => Root = root;

    public string Root { get; }

    public static TempGitRepo Init()
    {
        var repo = new TempGitRepo(Directory.CreateTempSubdirectory("archive-git-").FullName);
        repo.Git(null, "init", "-q");
        return repo;
    }

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Commits <paramref name="paths"/> with author and committer date <paramref name="date"/>; returns the hash.</summary>
    public string Commit(string date, params string[] paths) => CommitWithMessage(date, "change " + string.Join(", ", paths), paths);

    /// <summary>Commits <paramref name="paths"/> at <paramref name="date"/> with the commit message <paramref name="message"/>; returns the hash.</summary>
    public string CommitWithMessage(string date, string message, params string[] paths)
    {
        Git(null, ["add", "--", .. paths]);
        Git(date, "-c", "user.name=Test Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgsign=false",
            "commit", "-q", "--no-verify", "-m", message);
        return Git(null, "rev-parse", "HEAD").Trim();
    }

    public string Git(string? date, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_PREFIX" }) start.Environment.Remove(name);
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date;
            start.Environment["GIT_COMMITTER_DATE"] = date;
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {stderr.Result}");
        return stdout;
    }

    public void Dispose()
    {
        // git makes its object files read-only, which Directory.Delete refuses on some systems.
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(Root, recursive: true);
    }
}
