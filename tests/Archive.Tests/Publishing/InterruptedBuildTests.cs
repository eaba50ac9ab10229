using System.Diagnostics;
using System.Security.Cryptography;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Publishing;

/// <summary>
/// A build that is killed or interrupted while it writes must leave a complete site in output/: the previous
/// one, or (if it got as far as the swap) the new one — never a mixture, never nothing.
/// </summary>
public sealed class InterruptedBuildTests
{
    private const int ExtraArticles = 1500;

    [Theory]
    [InlineData("KILL")]
    [InlineData("INT")]
    public void Build_StoppedWhileWriting_LeavesACompleteSite(string signal)
    {
        using var site = TestSite.Valid(files =>
        {
            for (var i = 0; i < ExtraArticles; i++)
            {
                files[$"input/articles/filler-{i:D4}.md"] =
                    $"---\ntitle: \"Filler {i}\"\nkind: news\nsource: \"Wire\"\npublished: \"2006-0{1 + i % 9}-1{i % 10}\"\nretrieved: \"2024-01-01\"\nsummary: \"Filler.\"\n---\n\nText of filler article {i}.\n";
            }
        });
        site.BuildClean();
        var before = Snapshot(site.OutputDir);

        // Change the input so a finished build would be distinguishable from the old one.
        site.Write("input/articles/filler-0000.md", site.Read("input/articles/filler-0000.md").Replace("Filler 0", "Changed 0", StringComparison.Ordinal));

        using var process = StartBuild(site.Root);
        var parent = Path.GetDirectoryName(site.OutputDir)!;
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60)
               && !Directory.EnumerateDirectories(parent, ".output-new-*").Any())
        {
            Thread.Sleep(1);
        }
        if (!process.HasExited)
        {
            Thread.Sleep(20); // let it write some files into the staging folder
            Signal(process, signal);
        }
        Assert.True(process.WaitForExit(60_000), "the build did not stop");

        var after = Snapshot(site.OutputDir);
        var finished = after.Count == before.Count && after.GetValueOrDefault("articles/filler-0000/index.html") != before["articles/filler-0000/index.html"];
        if (!finished) Assert.Equal(before, after);

        // The next build cleans up what the interrupted one left and publishes normally.
        Assert.True(site.Build().Succeeded);
        Assert.Empty(Directory.EnumerateDirectories(parent, ".output-*"));
        Assert.Contains("Changed 0", File.ReadAllText(site.OutputPath("/articles/filler-0000/")));
    }

    private static Process StartBuild(string root)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Archive.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "build", "--source", root, "--quiet" }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Signal(Process process, string signal)
    {
        if (signal == "KILL")
        {
            process.Kill(entireProcessTree: true);
            return;
        }
        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {process.Id}") { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
