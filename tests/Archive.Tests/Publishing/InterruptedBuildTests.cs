using System.Diagnostics;
using System.Security.Cryptography;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Publishing;

/// <summary>
/// Real processes, real signals: a build killed while it writes, and builds racing into one output folder, must
/// leave a complete site in output/ (the previous one or the new one, never a mixture, never nothing) and no
/// folders beside it. The exact points between the publisher's steps are tested in <see cref="PublisherTests"/>.
/// </summary>
public sealed class InterruptedBuildTests
{
    private const int ExtraArticles = 1500;

    private static TestSite LargeSite() => TestSite.Valid(files =>
    {
        for (var i = 0; i < ExtraArticles; i++)
        {
            files[$"input/articles/filler-{i:D4}.md"] =
                $"---\ntitle: \"Filler {i}\"\nkind: news\nsource: \"Wire\"\npublished: \"2006-0{1 + i % 9}-1{i % 10}\"\nretrieved: \"2024-01-01\"\nsummary: \"Filler.\"\n---\n\nText of filler article {i}.\n";
        }
    });

    [Fact]
    public void Build_KilledWhileWritingItsStagingFolder_LeavesThePreviousSiteAndTheNextBuildCleansUp()
    {
        using var site = LargeSite();
        site.BuildClean();
        var before = Snapshot(site.OutputDir);
        site.Write("input/articles/filler-0000.md", site.Read("input/articles/filler-0000.md").Replace("Filler 0", "Changed 0", StringComparison.Ordinal));
        var parent = Path.GetDirectoryName(site.OutputDir)!;

        using var process = StartBuild(site.Root);
        var stopped = false;
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (Directory.EnumerateDirectories(parent, ".output-new-*").Any())
            {
                // Freeze the build first, then look: if its staging folder is still there it was caught mid-write.
                Signal(process, "STOP");
                stopped = Directory.EnumerateDirectories(parent, ".output-new-*").Any();
                Signal(process, "KILL");
                break;
            }
            Thread.Sleep(1);
        }
        Assert.True(process.WaitForExit(60_000), "the build did not stop");
        Assert.True(stopped, "the build was not caught while writing: it finished (or never started staging) before the kill");

        Assert.Equal(before, Snapshot(site.OutputDir));
        Assert.NotEmpty(Directory.EnumerateDirectories(parent, ".output-new-*"));

        var next = site.Build();
        Assert.True(next.Succeeded);
        Assert.Contains(next.Recovered!, r => r.Contains("removed 1 unfinished folder", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateDirectories(parent, ".output-*"));
        Assert.Contains("Changed 0", File.ReadAllText(site.OutputPath("/articles/filler-0000/")));
    }

    [Fact]
    public void Build_FivePairsStartedAtOnce_EachEndsWithACompleteSiteAndNoLeftovers()
    {
        using var site = TestSite.Valid();
        site.BuildClean();
        var complete = Snapshot(site.OutputDir);
        var parent = Path.GetDirectoryName(site.OutputDir)!;

        for (var pair = 0; pair < 5; pair++)
        {
            using var first = StartBuild(site.Root);
            using var second = StartBuild(site.Root);
            Assert.True(first.WaitForExit(120_000) && second.WaitForExit(120_000), "a build did not finish");
            first.WaitForExit();
            second.WaitForExit();

            Assert.True(first.ExitCode == 0 && second.ExitCode == 0, $"pair {pair}: exit codes {first.ExitCode} and {second.ExitCode}");
            Assert.Equal(complete, Snapshot(site.OutputDir));
            Assert.Empty(Directory.EnumerateDirectories(parent, ".output-*"));
        }
    }

    private static Process StartBuild(string root)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Archive.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Without the search index: these tests are about the publish, and the sites they compare are built in-process without it.
        foreach (var arg in new[] { cli, "build", "--source", root, "--quiet", "--no-search" }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {process.Id}") { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
