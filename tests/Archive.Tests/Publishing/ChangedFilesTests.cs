using Archive.Publishing;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Publishing;

/// <summary>
/// Publishing into an existing output writes only the files whose bytes changed: an unchanged file is the same file
/// as before (same modification time), a file the build no longer makes is gone, and a build that fails leaves every
/// published file as it was.
/// </summary>
public sealed class ChangedFilesTests : IDisposable
{
    /// <summary>Long before any test runs: a file still carrying it was not written again.</summary>
    private static readonly DateTime Old = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private readonly TestSite _parent = TestSite.Folder();

    private string Output => _parent.PathOf("output");

    public void Dispose() => _parent.Dispose();

    private static void Age(string dir)
    {
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, Old);
    }

    private static Dictionary<string, (DateTime Time, string Text)> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f).Replace('\\', '/'),
            f => (File.GetLastWriteTimeUtc(f), File.ReadAllText(f)),
            StringComparer.Ordinal);

    private static bool Kept(string file) => File.GetLastWriteTimeUtc(file) == Old;

    [Fact]
    public void Publish_OverOwnOutput_WritesChangedAndNewFilesKeepsTheRestAndRemovesTheGone()
    {
        new Publisher().Publish(Output, [OutputFile.Text("index.html", "home"), OutputFile.Text("a/index.html", "a"), OutputFile.Text("gone/index.html", "gone")]);
        Age(Output);

        using (var output = new Publisher().Begin(Output))
        {
            output.Write("index.html", "home"u8);
            output.Write("a/index.html", "a, changed"u8);
            output.Write("b/index.html", "new"u8);
            output.Commit();
            Assert.Equal(2, output.Written);
            Assert.Equal(2, output.Kept); // index.html and the marker
        }

        Assert.Equal([OutputGuard.Marker, "a/index.html", "b/index.html", "index.html"], Snapshot(Output).Keys.Order(StringComparer.Ordinal));
        Assert.True(Kept(Path.Combine(Output, "index.html")));
        Assert.True(Kept(Path.Combine(Output, OutputGuard.Marker)));
        Assert.False(Kept(Path.Combine(Output, "a", "index.html")));
        Assert.Equal("a, changed", File.ReadAllText(Path.Combine(Output, "a", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "gone")));
    }

    [Fact]
    public void Commit_StagedStepWritesItsFolderAgain_KeepsItsUnchangedFilesAndWritesTheChanged()
    {
        // What a search indexer does on every build: writes its whole folder anew into the staging folder.
        static void Index(string staging, string changing)
        {
            Directory.CreateDirectory(Path.Combine(staging, "index", "part"));
            File.WriteAllText(Path.Combine(staging, "index", "same.js"), "unchanged");
            File.WriteAllText(Path.Combine(staging, "index", "part", "same.bin"), "unchanged too");
            File.WriteAllText(Path.Combine(staging, "index", "meta"), changing);
        }
        using (var first = new Publisher().Begin(Output))
        {
            first.Write("index.html", "home"u8);
            first.Commit(staging => Index(staging, "first"), "index");
        }
        Age(Output);

        using (var second = new Publisher().Begin(Output))
        {
            second.Write("index.html", "home"u8);
            second.Commit(staging => Index(staging, "second"), "index");
        }

        Assert.True(Kept(Path.Combine(Output, "index", "same.js")));
        Assert.True(Kept(Path.Combine(Output, "index", "part", "same.bin")));
        Assert.False(Kept(Path.Combine(Output, "index", "meta")));
        Assert.Equal("second", File.ReadAllText(Path.Combine(Output, "index", "meta")));
        Assert.Equal("unchanged too", File.ReadAllText(Path.Combine(Output, "index", "part", "same.bin")));
    }

    [Fact]
    public void Write_SamePathTwice_NeverChangesThePublishedFileThroughTheStagingFolder()
    {
        new Publisher().Publish(Output, [OutputFile.Text("index.html", "home")]);

        using (var output = new Publisher().Begin(Output))
        {
            // The first write carries the published file over (a link to it); the second must replace that link, not write through it.
            output.Write("index.html", "home"u8);
            output.Write("index.html", "other"u8);
            Assert.Equal("home", File.ReadAllText(Path.Combine(Output, "index.html")));
            output.Abandon();
        }

        Assert.Equal("home", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Build_Again_WritesOnlyThePagesAnEditChangedAndRemovesADeletedRecordsPages()
    {
        using var site = TestSite.Valid();
        site.BuildClean();
        Age(site.OutputDir);

        var same = site.BuildClean();
        Assert.Equal(0, same.FilesWritten);
        Assert.All(Directory.EnumerateFiles(site.OutputDir, "*", SearchOption.AllDirectories), f => Assert.True(Kept(f), $"{f} was written again"));

        site.Write(ValidSite.Report, site.Read(ValidSite.Report).Replace("\ntitle: \"", "\ntitle: \"Edited: ", StringComparison.Ordinal));
        File.Delete(site.PathOf(ValidSite.About));
        var edited = site.BuildClean();

        Assert.False(Kept(site.OutputPath("/articles/daily-report/")));
        Assert.Contains("Edited: ", File.ReadAllText(site.OutputPath("/articles/daily-report/")));
        Assert.True(Kept(site.OutputPath("/assets/style.css")));
        Assert.False(site.Exists("/about/"));
        Assert.False(Directory.Exists(Path.GetDirectoryName(site.OutputPath("/about/"))));
        Assert.True(edited.FilesWritten > 0);
        Assert.True(edited.FilesKept > 0);
        Assert.Equal(Directory.EnumerateFiles(site.OutputDir, "*", SearchOption.AllDirectories).Count(), edited.FilesWritten + edited.FilesKept);
    }

    [Fact]
    public void Build_WithAnError_LeavesEveryPublishedFileAsItWas()
    {
        using var site = TestSite.Valid();
        site.BuildClean();
        Age(site.OutputDir);
        var before = Snapshot(site.OutputDir);

        site.Write(ValidSite.Report, site.Read(ValidSite.Report).Replace("\ntitle: \"", "\ntitle: [\"", StringComparison.Ordinal));
        var failed = site.Build();

        Assert.False(failed.Succeeded);
        Assert.False(failed.Published);
        Assert.Equal(before, Snapshot(site.OutputDir));
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(site.OutputDir)!, ".output-*"));
    }
}
