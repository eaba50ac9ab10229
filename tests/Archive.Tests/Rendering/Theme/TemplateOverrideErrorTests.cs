using System.Diagnostics;
using System.Security.Cryptography;
using Archive.Cli;
using Archive.Diagnostics;
using Archive.Tests.Cli;
using Archive.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Archive.Tests.Rendering.Theme;

/// <summary>
/// An editor's broken override under <c>input/theme/</c>, built through the command line: the diagnostic names the
/// override with its line and column, the build exits 1 and the previous output stays exactly as it was.
/// </summary>
public sealed class TemplateOverrideErrorTests
{
    private const string Override = "input/theme/group.sbn-html";

    private readonly ITestOutputHelper _output;

    public TemplateOverrideErrorTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Build_OverrideWithSyntaxError_ReportsWhereParsingStopped()
    {
        // The `for` has no `end`: Scriban reports it after the last tag it read, `{{ offer.text }}` on line 4.
        var run = BuildWithOverride("<article>\n  <h1>{{ content.name }}</h1>\n  {{ for offer in content.offers_made }}\n  <p>{{ offer.text }}</p>\n</article>");

        Assert.Contains($"{Override}:4:22: error {DiagnosticCodes.TemplateSyntax}: the template does not parse", run.Error);
    }

    [Fact]
    public void Build_OverrideWithUnknownVariable_ReportsTheNameOnce()
    {
        var run = BuildWithOverride("<article>\n  <h1>{{ content.name }}</h1>\n  <p>{{ group.summary }}</p>\n</article>\n");

        var line = Assert.Single(run.Error.Split('\n'), l => l.Contains($"error {DiagnosticCodes.TemplateUnknownName}", StringComparison.Ordinal));
        Assert.StartsWith($"{Override}:3:9: error {DiagnosticCodes.TemplateUnknownName}: `group` is not defined (on 3 pages, such as /groups/northern-brigade/)", line);
    }

    [Fact]
    public void Build_OverrideWithEndlessLoop_StopsAtTheLoopLimit()
    {
        var run = BuildWithOverride("<article>\n  <h1>{{ content.name }}</h1>\n  {{ while true }}{{ end }}\n</article>\n");

        Assert.Contains($"{Override}:3:6: error {DiagnosticCodes.TemplateLimit}: the page's loops ran more than 1,000,000 times", run.Error);
    }

    /// <summary>Builds the valid fixture once, then again with the override, and checks the second build changed nothing.</summary>
    private CliRun BuildWithOverride(string template)
    {
        using var site = TestSite.Valid();
        site.BuildClean();
        var before = Snapshot(site.OutputDir);
        site.Write(Override, template);

        var clock = Stopwatch.StartNew();
        var run = CliRun.Of("build", "--source", site.Root);
        _output.WriteLine($"exit {run.ExitCode} after {clock.Elapsed.TotalSeconds:0.00} s\n{run.Error}");

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Contains("Nothing was written", run.Error);
        Assert.Equal(before, Snapshot(site.OutputDir));
        return run;
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(dir, p), p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))), StringComparer.Ordinal);
}
