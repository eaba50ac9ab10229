using Archive.Publishing;

namespace Archive.Tests.Publishing;

public sealed class PublisherTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "archive-tests", "publish-" + Guid.NewGuid().ToString("N")[..12]);

    private string Output => Path.Combine(_parent, "output");

    public void Dispose()
    {
        if (!Directory.Exists(_parent)) return;
        foreach (var file in Directory.EnumerateFiles(_parent, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(_parent, recursive: true);
    }

    private static OutputFile Text(string path, string text) => OutputFile.Text(path, text);

    private List<string> Listing(string dir) =>
        Directory.EnumerateFileSystemEntries(dir, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(dir, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Publish_NoOutputYet_WritesEveryFile()
    {
        Publisher.Publish(Output, [Text("index.html", "home"), Text("groups/a/index.html", "a")]);

        Assert.Equal("home", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal("a", File.ReadAllText(Path.Combine(Output, "groups", "a", "index.html")));
    }

    [Fact]
    public void Publish_OverOldOutput_ReplacesItWhole()
    {
        Publisher.Publish(Output, [Text("index.html", "old"), Text("gone/index.html", "stale")]);

        Publisher.Publish(Output, [Text("index.html", "new")]);

        Assert.Equal(["index.html"], Listing(Output));
        Assert.Equal("new", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["output", "output/index.html"], Listing(_parent));
    }

    [Fact]
    public void Publish_WriteFails_LeavesOldOutputAndNoStagingFolder()
    {
        Publisher.Publish(Output, [Text("index.html", "old")]);

        // A directory where a file must go makes the write fail half-way through.
        var failing = new[] { Text("a.html", "a"), Text("b/index.html", "b"), Text("b", "a file where a folder is") };
        Assert.ThrowsAny<Exception>(() => Publisher.Publish(Output, failing));

        Assert.Equal(["index.html"], Listing(Output));
        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["output", "output/index.html"], Listing(_parent));
    }

    [Fact]
    public void Recover_SwapInterruptedAfterRetiring_PutsOldSiteBack()
    {
        var retired = Path.Combine(_parent, ".output-old-output-abc123");
        Directory.CreateDirectory(retired);
        File.WriteAllText(Path.Combine(retired, "index.html"), "previous");

        Publisher.Recover(Output);

        Assert.Equal("previous", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.False(Directory.Exists(retired));
    }

    [Fact]
    public void Recover_LeftoverStagingAndRetiredFolders_AreRemovedWhenOutputExists()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "index.html"), "current");
        Directory.CreateDirectory(Path.Combine(_parent, ".output-new-output-1"));
        Directory.CreateDirectory(Path.Combine(_parent, ".output-old-output-2"));

        Publisher.Recover(Output);

        Assert.Equal(["output", "output/index.html"], Listing(_parent));
        Assert.Equal("current", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Recover_OtherOutputsFolders_AreNotTouched()
    {
        var other = Path.Combine(_parent, ".output-old-elsewhere-1");
        Directory.CreateDirectory(other);

        Publisher.Recover(Output);

        Assert.True(Directory.Exists(other));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Publish_AfterInterruptedSwap_RecoversThenPublishes()
    {
        var retired = Path.Combine(_parent, ".output-old-output-abc123");
        Directory.CreateDirectory(retired);
        File.WriteAllText(Path.Combine(retired, "index.html"), "previous");

        Publisher.Publish(Output, [Text("index.html", "next")]);

        Assert.Equal("next", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["output", "output/index.html"], Listing(_parent));
    }
}
