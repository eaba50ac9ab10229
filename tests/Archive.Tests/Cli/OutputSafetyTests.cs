using System.Diagnostics;
using System.Security.Cryptography;
using Archive.Cli;
using Archive.Publishing;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Cli;

/// <summary>
/// <c>archive build --output</c> replaces the folder it is given, so a folder holding the sources, the archive
/// itself, the root of the disk or somebody else's files must be refused (exit 2) before anything is written.
/// </summary>
public sealed class OutputSafetyTests
{
    /// <summary>Every file and folder under <paramref name="dir"/> with a hash of each file's bytes.</summary>
    private static SortedDictionary<string, string> Snapshot(string dir) =>
        new(Directory.EnumerateFileSystemEntries(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(dir, p),
                p => File.Exists(p) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))) : "folder"), StringComparer.Ordinal);

    private static TestSite SiteWithThemesAndStranger()
    {
        var site = TestSite.Valid();
        site.Write("themes/other/layouts/readme.txt", "a theme someone is writing");
        site.Write("unrelated/notes.txt", "someone's notes");
        return site;
    }

    private static void AssertRefused(TestSite site, string output, string inMessage)
    {
        var before = Snapshot(site.Root);

        var run = CliRun.Of("build", "--source", site.Root, "--output", output);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(inMessage, run.Error);
        Assert.Contains("Nothing was built or written.", run.Error);
        Assert.Equal(before, Snapshot(site.Root));
    }

    [Theory]
    [InlineData("input", "is input/")]
    [InlineData("input/articles", "lies inside input/")]
    [InlineData("themes", "is themes/")]
    [InlineData("themes/other/layouts", "lies inside themes/")]
    [InlineData("", "is the archive folder")]
    public void Build_OutputIsOrInsideTheSources_IsRefusedAndDeletesNothing(string relative, string inMessage)
    {
        using var site = SiteWithThemesAndStranger();

        AssertRefused(site, Path.Combine(site.Root, relative), inMessage);
    }

    [Fact]
    public void Build_OutputContainsTheArchive_IsRefused()
    {
        using var site = SiteWithThemesAndStranger();

        AssertRefused(site, Path.GetDirectoryName(site.Root)!, "contains the archive folder");
    }

    [Fact]
    public void Build_OutputIsTheRootOfTheDisk_IsRefused()
    {
        using var site = SiteWithThemesAndStranger();

        AssertRefused(site, Path.GetPathRoot(site.Root)!, "is the root of the file system");
    }

    [Fact]
    public void Build_OutputIsALinkToInput_IsRefused()
    {
        using var site = SiteWithThemesAndStranger();
        var link = Path.Combine(site.Root, "published");
        Directory.CreateSymbolicLink(link, Path.Combine(site.Root, "input"));

        AssertRefused(site, link, "is input/");
    }

    [Fact]
    public void Build_OutputIsARegularFile_IsRefused()
    {
        using var site = SiteWithThemesAndStranger();

        AssertRefused(site, site.PathOf("unrelated/notes.txt"), "is a file, not a folder");
    }

    [Fact]
    public void Build_OutputHoldsOtherFiles_IsRefusedUntilForced()
    {
        using var site = SiteWithThemesAndStranger();
        var output = site.PathOf("unrelated");

        AssertRefused(site, output, $"no {OutputGuard.Marker} file");

        var forced = CliRun.Of("build", "--source", site.Root, "--output", output, "--force");
        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.False(File.Exists(site.PathOf("unrelated/notes.txt")));
        Assert.True(File.Exists(site.PathOf("unrelated/index.html")));

        // Now the folder is the build's own: the next build replaces it without --force.
        Assert.Equal(ExitCodes.Success, CliRun.Of("build", "--source", site.Root, "--output", output).ExitCode);
    }

    [Fact]
    public void Build_OutputParentIsAFile_SaysWhatCannotBeWrittenAndExits3()
    {
        using var site = SiteWithThemesAndStranger();
        var before = Snapshot(site.Root);

        var run = CliRun.Of("build", "--source", site.Root, "--output", site.PathOf("unrelated/notes.txt/site"));

        Assert.Equal(ExitCodes.CannotWrite, run.ExitCode);
        Assert.Contains("cannot write", run.Error);
        Assert.Contains("notes.txt", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal(before, Snapshot(site.Root));
    }

    [Fact]
    public void Build_ElsewhereWithABrokenLink_NamesTheOutputFolderItWasAskedFor()
    {
        using var site = TestSite.Valid(f => f[ValidSite.About] += "\nSee [the list](/groups/nowhere/).\n");

        var run = CliRun.Of("build", "--source", site.Root, "--output", site.PathOf("public"));

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Contains("public/about/index.html: error ARC030", run.Error);
        Assert.DoesNotContain("output/about", run.Error);
    }

    [Theory]
    [InlineData("input")]
    [InlineData(".")]
    public void Build_RelativeOutputFromTheArchiveFolder_IsRefused(string output)
    {
        using var site = SiteWithThemesAndStranger();
        var before = Snapshot(site.Root);

        var (exit, stderr) = RunCli(site.Root, "build", "-o", output);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("error: the output folder", stderr);
        Assert.Equal(before, Snapshot(site.Root));
    }

    /// <summary>Runs the real command in its own process, started in <paramref name="workingDirectory"/>.</summary>
    internal static (int Exit, string Error) RunCli(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Archive.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the command did not finish");
        stdout.Wait();
        return (process.ExitCode, stderr.Result);
    }
}
