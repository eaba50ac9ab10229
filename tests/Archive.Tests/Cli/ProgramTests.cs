using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Cli;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Cli;

public sealed partial class ProgramTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The valid fixture with an unknown group id in an offer and a misspelt field in an article.</summary>
    private static TestSite BrokenSite() => TestSite.Valid(f =>
    {
        f.Replace(ValidSite.Truce, "  - northern-brigade", "  - northern-brigad");
        f.Replace(ValidSite.Analysis, "groups:", "grops:");
    });

    [Fact]
    public void Build_ValidSite_ExitsZeroWithOneLineSummary()
    {
        using var site = TestSite.Valid();

        var (exit, stdout, stderr) = Run("build", "--source", site.Root);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", stderr);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(SummaryLine(), line);
        Assert.True(site.Exists("/"));
    }

    [Fact]
    public void Build_OutputOption_WritesThere()
    {
        using var site = TestSite.Valid();
        var elsewhere = Path.Combine(site.Root, "public");

        var (exit, _, _) = Run("build", "-s", site.Root, "--output", elsewhere);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.True(File.Exists(Path.Combine(elsewhere, "index.html")));
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Build_Quiet_PrintsNothingOnSuccess()
    {
        using var site = TestSite.Valid();

        var (exit, stdout, stderr) = Run("build", "--source", site.Root, "--quiet");

        Assert.Equal((ExitCodes.Success, "", ""), (exit, stdout, stderr));
    }

    [Fact]
    public void Build_Verbose_PrintsStageTimings()
    {
        using var site = TestSite.Valid();

        var (_, stdout, _) = Run("build", "--source", site.Root, "--verbose");

        foreach (var stage in new[] { "load", "link", "render", "check", "publish" }) Assert.Contains(stage, stdout);
    }

    [Fact]
    public void Build_Warning_IsPrintedButSucceeds()
    {
        using var site = TestSite.Valid(f => f["input/pages/notes.txt"] = "x");

        var (exit, stdout, stderr) = Run("build", "--source", site.Root);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("input/pages/notes.txt: warning ARC016:", stderr);
        Assert.EndsWith(", 1 warning.", stdout.Trim());
    }

    [Fact]
    public void Build_BrokenSite_ExitsOneAndSaysNothingWasWritten()
    {
        using var site = BrokenSite();

        var (exit, stdout, stderr) = Run("build", "--source", site.Root);

        Assert.Equal(ExitCodes.InputErrors, exit);
        Assert.Equal("", stdout);
        Assert.Contains("Build failed: 2 errors. Nothing was written;", stderr);
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("check", "--format", "xml")]
    [InlineData("build", "--source")]
    public void Run_BadUsage_ExitsTwoWithError(params string[] args)
    {
        var (exit, _, stderr) = Run(args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("error: ", stderr);
        Assert.Contains("archive --help", stderr);
    }

    [Fact]
    public void Check_ValidSite_ExitsZeroAndWritesNothing()
    {
        using var site = TestSite.Valid();

        var (exit, stdout, _) = Run("check", "--source", site.Root);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"^Checked \d+ pages: no errors\.$", stdout.Trim());
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Check_BrokenSite_PrintsCompilerStyleErrorsWithTheSourceLineAndACaret()
    {
        using var site = BrokenSite();

        var (exit, stdout, stderr) = Run("check", "--source", site.Root);

        Assert.Equal(ExitCodes.InputErrors, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Count(l => ErrorLine().IsMatch(l)));
        var truceLine = site.LineOf(ValidSite.Truce, "northern-brigad");
        var at = Array.FindIndex(lines, l => l == $"input/offers/march-truce.md:{truceLine}:5: error ARC010: there is no group `northern-brigad`");
        Assert.True(at >= 0, stderr);
        // The line as written, a caret under the id from its column, and the hint: plain text, as this is no terminal.
        Assert.Equal($"{truceLine} |   - northern-brigad", lines[at + 1]);
        Assert.Equal($"{new string(' ', truceLine.ToString(System.Globalization.CultureInfo.InvariantCulture).Length)} |     ^^^^^^^^^^^^^^^", lines[at + 2]);
        Assert.Equal("  hint: did you mean `northern-brigade`?", lines[at + 3]);
        Assert.DoesNotContain("\u001b[", stderr, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith($"input/articles/weekly-analysis.md:{site.LineOf(ValidSite.Analysis, "grops:")}:1: error ARC003:", StringComparison.Ordinal));
        Assert.Equal("Check failed: 2 errors.", stdout.Trim());
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Check_GithubFormat_PrintsWorkflowAnnotations()
    {
        using var site = BrokenSite();

        var (exit, _, stderr) = Run("check", "--source", site.Root, "--format", "github");

        Assert.Equal(ExitCodes.InputErrors, exit);
        var line = site.LineOf(ValidSite.Truce, "northern-brigad");
        Assert.Contains($"::error file=input/offers/march-truce.md,line={line},col=5,title=ARC010::there is no group `northern-brigad` — did you mean `northern-brigade`?", stderr);
        Assert.All(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("::error file=", l));
    }

    [Fact]
    public void Check_JsonFormat_PrintsDiagnosticsAsJsonOnStdout()
    {
        using var site = BrokenSite();

        var (exit, stdout, _) = Run("check", "--source", site.Root, "--format", "json");

        Assert.Equal(ExitCodes.InputErrors, exit);
        using var json = JsonDocument.Parse(stdout);
        var codes = json.RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["ARC003", "ARC010"], codes);
        Assert.All(json.RootElement.EnumerateArray(), e => Assert.Equal("error", e.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Check_FolderWithoutInput_ExitsOneWithHint()
    {
        using var empty = TestSite.Create(new Dictionary<string, string>());

        var (exit, _, stderr) = Run("check", "--source", empty.Root);

        Assert.Equal(ExitCodes.InputErrors, exit);
        Assert.Contains("input: error ARC016: there is no input/ folder", stderr);
    }

    [GeneratedRegex(@"^Built \d+ pages \(\d+ files\) in \d+\.\d\d s into .+\.$")]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"^input/[a-z]+/[a-z0-9-]+\.md:\d+:\d+: error ARC\d{3}: .+")]
    private static partial Regex ErrorLine();
}
