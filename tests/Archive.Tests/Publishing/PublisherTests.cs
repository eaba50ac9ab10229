using Archive.Publishing;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Publishing;

public sealed class PublisherTests : IDisposable
{
    private readonly TestSite _parent = TestSite.Folder();

    private string Output => _parent.PathOf("output");

    public void Dispose() => _parent.Dispose();

    private static OutputFile Text(string path, string text) => OutputFile.Text(path, text);

    /// <summary>What a test throws from the fault hook: the publisher stops there as a killed process would.</summary>
    private sealed class SimulatedKill : Exception;

    private static List<string> Listing(string dir) =>
        Directory.EnumerateFileSystemEntries(dir, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(dir, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    /// <summary>The parent folder without the lock file, which stays beside the output on purpose.</summary>
    private List<string> ParentListing() =>
        Listing(_parent.Root).Where(p => !p.StartsWith(".output.lock", StringComparison.Ordinal)).ToList();

    private static Publisher WithHook(Action<PublishStep> hook, bool atomic = true) =>
        new(new PublishOptions(AtomicExchange: atomic, BetweenSteps: hook, LockTimeout: TimeSpan.Zero));

    private void PublishOld() => new Publisher().Publish(Output, [Text("index.html", "old"), Text("a/index.html", "old a")]);

    [Fact]
    public void Publish_NoOutputYet_WritesEveryFileAndTheMarker()
    {
        new Publisher().Publish(Output, [Text("index.html", "home"), Text("groups/a/index.html", "a")]);

        Assert.Equal([OutputGuard.Marker, "groups", "groups/a", "groups/a/index.html", "index.html"], Listing(Output));
        Assert.Equal("a", File.ReadAllText(Path.Combine(Output, "groups", "a", "index.html")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Publish_OverOldOutput_ReplacesItWholeAndLeavesNoFolderBeside(bool atomic)
    {
        PublishOld();

        new Publisher(new PublishOptions(AtomicExchange: atomic)).Publish(Output, [Text("index.html", "new")]);

        Assert.Equal([OutputGuard.Marker, "index.html"], Listing(Output));
        Assert.Equal("new", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["output", "output/" + OutputGuard.Marker, "output/index.html"], ParentListing());
    }

    [Fact]
    public void Publish_WriteFails_ThrowsProblemAndLeavesOldOutputAndNoStagingFolder()
    {
        PublishOld();
        var before = Listing(_parent.Root);

        // A folder where a file must go makes the write fail half-way through.
        var failing = new[] { Text("x.html", "x"), Text("b/index.html", "b"), Text("b", "a file where a folder is") };
        var problem = Assert.Throws<PublishException>(() => new Publisher().Publish(Output, failing)).Problem;

        Assert.False(problem.Refused);
        Assert.Contains(Output, problem.Message);
        Assert.Equal(before, Listing(_parent.Root));
        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Publish_DiskFullWhileWriting_SaysSoAndLeavesOldOutput()
    {
        PublishOld();
        var before = Listing(_parent.Root);

        var publisher = WithHook(step =>
        {
            if (step == PublishStep.Locked) throw new IOException("No space left on device", 28);
        });
        var problem = Assert.Throws<PublishException>(() => publisher.Publish(Output, [Text("index.html", "new")])).Problem;

        Assert.Contains("is full", problem.Message);
        Assert.Contains($"{Output} is unchanged", problem.Message);
        Assert.Contains("free some space", problem.Hint);
        Assert.Equal(before, Listing(_parent.Root));
    }

    [Fact]
    public void Publish_PermissionDenied_SaysSoAndLeavesOldOutput()
    {
        PublishOld();
        var before = Listing(_parent.Root);

        var publisher = WithHook(step =>
        {
            if (step == PublishStep.Staged) throw new UnauthorizedAccessException("Access to the path is denied.");
        });
        var problem = Assert.Throws<PublishException>(() => publisher.Publish(Output, [Text("index.html", "new")])).Problem;

        Assert.Contains("permission denied", problem.Message);
        Assert.Equal(before, Listing(_parent.Root));
    }

    [Fact]
    public void Publish_ExistingFolderWithoutMarker_IsRefusedAndKept()
    {
        _parent.Write("output/notes.txt", "someone's notes");

        var problem = Assert.Throws<PublishException>(() => new Publisher().Publish(Output, [Text("index.html", "new")])).Problem;

        Assert.True(problem.Refused);
        Assert.Contains("--force", problem.Hint);
        Assert.Equal(["notes.txt"], Listing(Output));
    }

    [Fact]
    public void Publish_ExistingFolderWithoutMarkerAndForce_IsReplaced()
    {
        _parent.Write("output/notes.txt", "someone's notes");

        new Publisher(new PublishOptions(Force: true)).Publish(Output, [Text("index.html", "new")]);

        Assert.Equal([OutputGuard.Marker, "index.html"], Listing(Output));
    }

    [Fact]
    public void Publish_EmptyFolderWithoutMarker_IsUsed()
    {
        Directory.CreateDirectory(Output);

        new Publisher().Publish(Output, [Text("index.html", "new")]);

        Assert.Equal("new", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Publish_AtomicExchange_OutputIsACompleteSiteAtEveryStep()
    {
        PublishOld();
        var seen = new List<(PublishStep, string)>();

        WithHook(step => seen.Add((step, File.ReadAllText(Path.Combine(Output, "index.html"))))).Publish(Output, [Text("index.html", "new")]);

        Assert.Equal([(PublishStep.Locked, "old"), (PublishStep.Staged, "old"), (PublishStep.Swapped, "new")], seen);
    }

    [Fact]
    public void Publish_StagedStepAddsFiles_TheyArePublishedWithTheSite()
    {
        PublishOld();

        new Publisher().Publish(Output, [Text("index.html", "new")], staging => File.WriteAllText(Path.Combine(staging, "index.json"), "{}"));

        Assert.Equal([OutputGuard.Marker, "index.html", "index.json"], Listing(Output));
    }

    [Fact]
    public void Publish_StagedStepThrows_AbandonsThePublishAndLeavesNoStagingFolder()
    {
        PublishOld();
        var before = ParentListing();

        Assert.Throws<InvalidOperationException>(() => new Publisher().Publish(Output, [Text("index.html", "new")], _ => throw new InvalidOperationException("index failed")));

        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(before, ParentListing());
    }

    [Fact]
    public void Publish_TwoRenameSwap_HasTheMomentWithoutOutputThatRecoveryRepairs()
    {
        PublishOld();

        var publisher = WithHook(step =>
        {
            if (step == PublishStep.Retired) throw new SimulatedKill();
        }, atomic: false);
        Assert.Throws<SimulatedKill>(() => publisher.Publish(Output, [Text("index.html", "new")]));
        Assert.False(Directory.Exists(Output));

        var repaired = new Publisher().Recover(Output);

        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Collection(repaired,
            r => Assert.Contains("put the previous site back", r),
            r => Assert.Contains("removed 1 unfinished folder", r));
        Assert.Equal(["output", "output/" + OutputGuard.Marker, "output/a", "output/a/index.html", "output/index.html"], ParentListing());
    }

    [Theory]
    [InlineData(PublishStep.Locked, "old")]
    [InlineData(PublishStep.Staged, "old")]
    [InlineData(PublishStep.Swapped, "new")]
    public void Publish_KilledAtStep_LeavesACompleteSiteAndRecoveryCleansUp(PublishStep at, string expected)
    {
        PublishOld();

        var publisher = WithHook(step =>
        {
            if (step == at) throw new SimulatedKill();
        });
        Assert.Throws<SimulatedKill>(() => publisher.Publish(Output, [Text("index.html", "new")]));
        Assert.Equal(expected, File.ReadAllText(Path.Combine(Output, "index.html")));

        var repaired = new Publisher().Recover(Output);

        Assert.Equal(expected, File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.DoesNotContain(repaired, r => r.Contains("put the previous site back", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateDirectories(_parent.Root, ".output-*"));
    }

    [Fact]
    public async Task Publish_WhileAnotherHoldsTheLock_WaitsThenNamesTheHolderAndLeavesItsFoldersAlone()
    {
        PublishOld();
        using var paused = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = Task.Run(() => WithHook(step =>
        {
            if (step != PublishStep.Staged) return;
            paused.Set();
            release.Wait();
        }).Publish(Output, [Text("index.html", "first")]));
        Assert.True(paused.Wait(TimeSpan.FromSeconds(30)), "the first publish never reached its staged step");
        var staging = Assert.Single(Directory.EnumerateDirectories(_parent.Root, ".output-new-*"));

        var second = Assert.Throws<PublishException>(() =>
            new Publisher(new PublishOptions(LockTimeout: TimeSpan.Zero)).Publish(Output, [Text("index.html", "second")])).Problem;
        Assert.Empty(new Publisher().Recover(Output));

        Assert.Contains($"process {Environment.ProcessId} ", second.Message);
        Assert.True(Directory.Exists(staging), "the second build touched the first one's staging folder");
        release.Set();
        await first.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("first", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(_parent.Root, ".output-*"));
    }

    [Fact]
    public void Recover_OtherOutputsFolders_AreNotTouched()
    {
        var other = Directory.CreateDirectory(_parent.PathOf(".output-old-output-x.123.0123456789ab")).FullName;
        var similar = Directory.CreateDirectory(_parent.PathOf(".output-new-output.notes")).FullName;

        new Publisher().Recover(Output);

        Assert.True(Directory.Exists(other));
        Assert.True(Directory.Exists(similar));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Recover_NothingLeft_ReportsNothing()
    {
        PublishOld();

        Assert.Empty(new Publisher().Recover(Output));
    }
}
