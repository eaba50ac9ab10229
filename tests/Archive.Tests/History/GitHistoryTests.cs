using Archive.History;

namespace Archive.Tests.History;

public sealed class GitHistoryTests
{
    [Fact]
    public void Read_Repository_GivesEachFileItsLatestCommitWithOneGitProcess()
    {
        using var repo = TempGitRepo.Init();
        repo.Write("input/offers/a.md", "one");
        repo.Write("input/groups/b.md", "two");
        var first = repo.Commit("2006-05-06T10:00:00+02:00", "input/offers/a.md");
        var second = repo.Commit("2020-10-11T08:30:00Z", "input/groups/b.md");
        repo.Write("input/offers/a.md", "one, revised");
        var third = repo.Commit("2021-01-02T00:15:00-05:00", "input/offers/a.md");
        var git = new CountingGitRunner(new GitProcessRunner());

        var history = new GitHistory(git).Read(repo.Root);
        var a = history.Find("input/offers/a.md");
        var b = history.Find("input/groups/b.md");

        Assert.Equal(1, git.Calls);
        Assert.Equal("log", git.Arguments[0][0]);
        Assert.True(history.FromGit);
        Assert.Equal(("input/offers/a.md", new DateTimeOffset(2021, 1, 2, 0, 15, 0, TimeSpan.FromHours(-5)), third), (a!.Path, a.LastUpdated, a.Commit));
        Assert.Equal(new DateOnly(2021, 1, 2), a!.Date);
        Assert.Equal(("input/groups/b.md", new DateTimeOffset(2020, 10, 11, 8, 30, 0, TimeSpan.Zero), second), (b!.Path, b.LastUpdated, b.Commit));
        Assert.NotEqual(first, a.Commit);
        Assert.Equal(2, history.Committed.Count);
    }

    [Fact]
    public void Read_FileChangedThreeTimes_ListsEveryCommitNewestFirstWithSubjects()
    {
        using var repo = TempGitRepo.Init();
        repo.Write("input/offers/a.md", "one");
        repo.Write("input/groups/b.md", "two");
        var first = repo.CommitWithMessage("2006-05-06T10:00:00+02:00", "Add the offer and its group", "input/offers/a.md", "input/groups/b.md");
        repo.Write("input/offers/a.md", "one, revised");
        var second = repo.CommitWithMessage("2006-06-01T09:00:00Z", "Offer: correct the date\tand the status (é)\n\nA longer body that is not the subject.", "input/offers/a.md");
        repo.Write("input/groups/b.md", "two, revised");
        repo.CommitWithMessage("2007-01-01T00:00:00Z", "Group only", "input/groups/b.md");
        repo.Write("input/offers/a.md", "one, revised again");
        var fourth = repo.CommitWithMessage("2020-10-11T08:30:00-04:00", "Offer: quote the second source", "input/offers/a.md");
        var git = new CountingGitRunner(new GitProcessRunner());

        var history = new GitHistory(git).Read(repo.Root);
        var a = history.Find("input/offers/a.md")!;
        var b = history.Find("input/groups/b.md")!;

        Assert.Equal(1, git.Calls);
        Assert.Equal(
            [
                new FileChange(new DateTimeOffset(2020, 10, 11, 8, 30, 0, TimeSpan.FromHours(-4)), fourth, "Offer: quote the second source"),
                new FileChange(new DateTimeOffset(2006, 6, 1, 9, 0, 0, TimeSpan.Zero), second, "Offer: correct the date\tand the status (é)"),
                new FileChange(new DateTimeOffset(2006, 5, 6, 10, 0, 0, TimeSpan.FromHours(2)), first, "Add the offer and its group"),
            ],
            a.Changes);
        Assert.Equal((fourth, a.Changes[0].Date), (a.Commit, a.LastUpdated));
        Assert.Equal(["Group only", "Add the offer and its group"], b.Changes.Select(c => c.Subject));
        Assert.Equal(new DateOnly(2006, 5, 6), b.Changes[^1].Day);
    }

    [Fact]
    public void Find_UncommittedFile_HasNoChanges()
    {
        using var repo = TempGitRepo.Init();
        repo.Write("input/a.md", "committed");
        repo.Commit("2006-03-01T12:00:00Z", "input/a.md");
        repo.Write("input/new.md", "not yet committed");

        Assert.Empty(new GitHistory().Read(repo.Root).Find("input/new.md")!.Changes);
    }

    [Fact]
    public void Read_SiteInSubfolder_PathsAreRelativeToSiteAndOnlyInputIsRead()
    {
        using var repo = TempGitRepo.Init();
        repo.Write("site/input/articles/x y é.md", "text");
        repo.Write("site/themes/default/layouts/base.sbn-html", "theme");
        repo.Write("README.md", "readme");
        var commit = repo.Commit("2006-03-01T12:00:00Z", "site", "README.md");

        var history = new GitHistory().Read(Path.Combine(repo.Root, "site"));

        var entry = Assert.Single(history.Committed);
        Assert.Equal("input/articles/x y é.md", entry.Path);
        Assert.Equal(commit, entry.Commit);
        Assert.Equal(new DateTimeOffset(2006, 3, 1, 12, 0, 0, TimeSpan.Zero), entry.LastUpdated);
        Assert.Equal(entry, history.Find("input\\articles\\x y é.md"));
        Assert.Equal(entry, history.Find("./input/articles/x y é.md"));
    }

    [Fact]
    public void Read_ExtraFolders_AreReadInTheSameProcess()
    {
        using var repo = TempGitRepo.Init();
        repo.Write("input/site.yml", "title: x");
        repo.Write("themes/default/layouts/base.sbn-html", "theme");
        repo.Commit("2006-03-01T12:00:00Z", "input", "themes");
        var git = new CountingGitRunner(new GitProcessRunner());

        var history = new GitHistory(git).Read(repo.Root, ["input", "themes/"]);

        Assert.Equal(1, git.Calls);
        Assert.NotNull(history.Find("themes/default/layouts/base.sbn-html")?.Commit);
        Assert.NotNull(history.Find("input/site.yml")?.Commit);
    }

    [Fact]
    public void Find_UncommittedFileInRepository_FallsBackToLastWriteTime()
    {
        using var repo = TempGitRepo.Init();
        repo.Write("input/a.md", "committed");
        repo.Commit("2006-03-01T12:00:00Z", "input/a.md");
        repo.Write("input/new.md", "not yet committed");
        var written = new DateTime(2024, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(repo.Root, "input/new.md"), written);

        var entry = new GitHistory().Read(repo.Root).Find("input/new.md");

        Assert.Equal(new FileHistory("input/new.md", new DateTimeOffset(written), null), entry);
    }

    [Fact]
    public void Read_OutsideRepository_FallsBackToLastWriteTimeInUtc()
    {
        var root = Directory.CreateTempSubdirectory("archive-nogit-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "input"));
            var file = Path.Combine(root, "input", "a.md");
            File.WriteAllText(file, "text");
            var written = new DateTime(2006, 5, 6, 7, 8, 9, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(file, written);
            var git = new CountingGitRunner(new GitProcessRunner());

            var history = new GitHistory(git).Read(root);
            var entry = history.Find("input/a.md");

            Assert.False(history.FromGit);
            Assert.Equal(1, git.Calls);
            Assert.Equal(new FileHistory("input/a.md", new DateTimeOffset(written, TimeSpan.Zero), null), entry);
            Assert.Equal(TimeSpan.Zero, entry!.LastUpdated.Offset);
            Assert.Null(history.Find("input/missing.md"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Read_GitMissing_FallsBackToLastWriteTime()
    {
        using var repo = TempGitRepo.Init();
        repo.Write("input/a.md", "text");
        repo.Commit("2006-03-01T12:00:00Z", "input/a.md");

        var history = new GitHistory(new MissingGit()).Read(repo.Root);

        Assert.False(history.FromGit);
        Assert.Null(history.Find("input/a.md")!.Commit);
    }

    [Fact]
    public void Parse_HeadersAndPaths_FirstSightingWins()
    {
        var output = "\u001eaaa\t2021-01-02T00:00:00+00:00\tNewer\0\ninput/a.md\0input/b c.md\0"
                     + "\u001ebbb\t2006-05-06T10:00:00+02:00\tOlder\twith a tab\0\ninput/a.md\0input/d.md\0";

        var parsed = GitHistory.Parse(output);

        Assert.Equal(["input/a.md", "input/b c.md", "input/d.md"], parsed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("aaa", parsed["input/a.md"].Commit);
        Assert.Equal("bbb", parsed["input/d.md"].Commit);
        Assert.Equal(TimeSpan.FromHours(2), parsed["input/d.md"].LastUpdated.Offset);
        Assert.Equal([("aaa", "Newer"), ("bbb", "Older\twith a tab")], parsed["input/a.md"].Changes.Select(c => (c.Commit, c.Subject)));
    }

    private sealed class MissingGit : IGitRunner
    {
        public GitOutput? Run(string workingDirectory, IReadOnlyList<string> arguments) => null;
    }
}
