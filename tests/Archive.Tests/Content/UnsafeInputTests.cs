using System.Diagnostics;
using System.Net.Sockets;
using Archive.Cli;
using Archive.Diagnostics;
using Archive.Tests.Cli;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Content;

/// <summary>
/// Files an attacker or a slip of the shell can put under input/ that are not ordinary Markdown: pipes, sockets,
/// links out of the archive, text nested past the parser's limit. Each must end the build with a diagnostic that
/// names the file, quickly, with no exception and nothing outside the archive read.
/// </summary>
public sealed class UnsafeInputTests
{
    /// <summary>A bound on each build, so a build that blocks on a file fails the test instead of hanging the suite.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static BuildResult CheckWithin(TestSite site)
    {
        var build = Task.Run(() => site.Check());
        Assert.True(build.Wait(Bound), "the build did not finish: it is blocked on a file");
        return build.Result;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public void Load_FifoNamedLikeAnArticle_IsSkippedWithAWarningAndNeverOpened()
    {
        using var site = TestSite.Valid();
        MakeFifo(site.PathOf("input/articles/pipe.md"));

        var result = CheckWithin(site);

        var warning = Assert.Single(result.Diagnostics, d => d.File == "input/articles/pipe.md");
        Assert.Equal((DiagnosticCodes.UnreadableFile, Severity.Warning), (warning.Code, warning.Severity));
        Assert.Contains("named pipe", warning.Message);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void Load_FifoNamedLikeAThemeOverride_IsSkippedWithAWarningAndNeverOpened()
    {
        using var site = TestSite.Valid();
        Directory.CreateDirectory(site.PathOf("input/theme"));
        MakeFifo(site.PathOf("input/theme/offer.sbn-html"));

        var result = CheckWithin(site);

        var warning = Assert.Single(result.Diagnostics, d => d.File == "input/theme/offer.sbn-html");
        Assert.Equal((DiagnosticCodes.UnreadableFile, Severity.Warning), (warning.Code, warning.Severity));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void Load_ThemeOverrideLinkedOutsideInput_IsAnErrorAndNotRead()
    {
        using var outside = TestSite.Folder();
        var template = outside.Write("offer.sbn-html", "<h1>{{ content.title }}</h1><p>OUTSIDE-TEMPLATE</p>\n");
        using var site = TestSite.Valid();
        Directory.CreateDirectory(site.PathOf("input/theme"));
        File.CreateSymbolicLink(site.PathOf("input/theme/offer.sbn-html"), template);

        var result = CheckWithin(site);

        var error = Assert.Single(result.Diagnostics, d => d.File == "input/theme/offer.sbn-html");
        Assert.Equal((DiagnosticCodes.LinkLeavesInput, Severity.Error), (error.Code, error.Severity));
    }

    [Fact]
    public void Load_FifoAsSiteYml_IsReportedNotWaitedOn()
    {
        using var site = TestSite.Valid();
        File.Delete(site.PathOf(ValidSite.SiteYml));
        MakeFifo(site.PathOf(ValidSite.SiteYml));

        var result = CheckWithin(site);

        Assert.Contains(result.Diagnostics, d => d.File == ValidSite.SiteYml && d.Message.Contains("named pipe", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SocketNamedLikeAGroup_IsSkippedWithAWarning()
    {
        using var site = TestSite.Valid();
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(site.PathOf("input/groups/socket.md")));

        var result = CheckWithin(site);

        var warning = Assert.Single(result.Diagnostics, d => d.File == "input/groups/socket.md");
        Assert.Contains("a socket", warning.Message);
    }

    [Fact]
    public void Load_LinkToAFileOutsideInput_IsAnErrorAndItsTextIsNotPublished()
    {
        using var outside = TestSite.Folder();
        var secret = outside.Write("secret.md", "---\ntitle: \"Secret\"\n---\n\nPRIVATE-TEXT\n");
        using var site = TestSite.Valid();
        site.BuildClean();
        File.CreateSymbolicLink(site.PathOf("input/pages/secret.md"), secret);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LinkLeavesInput);
        Assert.Equal("input/pages/secret.md", error.File);
        Assert.Contains(secret, error.Message);
        Assert.False(result.Published);
        Assert.False(site.Exists("/secret/"));
    }

    [Fact]
    public void Load_FolderLinkedOutsideInput_IsAnError()
    {
        using var outside = TestSite.Folder();
        outside.Write("notes.md", "---\ntitle: \"Notes\"\n---\n\nPRIVATE-TEXT\n");
        using var site = TestSite.Valid();
        Directory.Delete(site.PathOf("input/pages"), recursive: true);
        Directory.CreateSymbolicLink(site.PathOf("input/pages"), outside.Root);

        var result = site.Check();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LinkLeavesInput);
        Assert.Equal("input/pages", error.File);
    }

    [Fact]
    public void Load_LinkToAnotherFileInsideInput_IsFollowed()
    {
        using var site = TestSite.Valid();
        site.Write("input/shared/about.md", site.Read(ValidSite.About).Replace("About", "About (shared)", StringComparison.Ordinal));
        File.Delete(site.PathOf(ValidSite.About));
        File.CreateSymbolicLink(site.PathOf(ValidSite.About), site.PathOf("input/shared/about.md"));

        site.BuildClean();

        Assert.Contains("About (shared)", site.Page("/about/").Title);
    }

    [Theory]
    [InlineData("quotes", "> ", 128)]
    [InlineData("list markers", "- ", 200)]
    [InlineData("brackets", "[", 200)]
    [InlineData("emphasis", "*", 1000)]
    public void Load_TextNestedPastTheParserLimit_IsAnErrorOnItsLine(string what, string unit, int times)
    {
        var deep = string.Concat(Enumerable.Repeat(unit, times)) + "x" + (unit == "*" ? new string('*', times) : "");
        using var site = TestSite.Valid(f => f[ValidSite.About] += "\nA first paragraph.\n\n" + deep + "\n");

        var result = CheckWithin(site);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.True(error.Code == DiagnosticCodes.NestedTooDeeply, $"{what}: {error}");
        Assert.Equal((ValidSite.About, site.LineOf(ValidSite.About, deep)), (error.File, error.Line));
    }

    [Fact]
    public void Load_ListNestedOverManyLines_NamesTheLineWhereTheNestingStarts()
    {
        var lines = Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + $"- level {i}");
        using var site = TestSite.Valid(f => f[ValidSite.About] += "\nA first paragraph.\n\n" + string.Join('\n', lines) + "\n");

        var error = Assert.Single(CheckWithin(site).Diagnostics, d => d.IsError);

        Assert.Equal(DiagnosticCodes.NestedTooDeeply, error.Code);
        Assert.Equal(site.LineOf(ValidSite.About, "- level 0"), error.Line);
        Assert.Contains("goes too deep on line", error.Message);
    }

    [Fact]
    public void Build_NestedTooDeeply_ExitsWithTheFileAndLineNotAnInternalError()
    {
        using var site = TestSite.Valid(f => f[ValidSite.About] += "\n" + string.Concat(Enumerable.Repeat("> ", 128)) + "x\n");

        var run = CliRun.Of("build", "--source", site.Root);

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Contains($"{ValidSite.About}:{site.LineOf(ValidSite.About, "> > >")}:1: error {DiagnosticCodes.NestedTooDeeply}", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
    }

    [Fact]
    public void SiteConfig_DescriptionOfSevenMegabytes_IsRefusedBeforeItReachesAnyPage()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.SiteYml, "description: \"A small archive for tests.\"",
            "description: \"" + new string('x', 7 * 1024 * 1024) + "\""));

        var result = CheckWithin(site);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.ValueTooLong, ValidSite.SiteYml, site.LineOf(ValidSite.SiteYml, "description:")), (error.Code, error.File, error.Line));
        Assert.Contains("7,340,032 characters", error.Message);
    }

    [Fact]
    public void SiteConfig_UnknownTheme_IsAnErrorListingTheThemesThatExist()
    {
        using var site = TestSite.Valid(f => f[ValidSite.SiteYml] += "theme: nosuch\n");
        site.Write("themes/plain/layouts/readme.txt", "a theme folder");

        var result = site.Check();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.InvalidSiteConfig, ValidSite.SiteYml, site.LineOf(ValidSite.SiteYml, "theme:")), (error.Code, error.File, error.Line));
        Assert.Contains("there is no theme `nosuch`: the themes are `default`, `plain`", error.Message);
    }

    [Fact]
    public void Field_ClosedRightToLeftOverride_IsAccepted()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Government, "name: \"State Government\"", "name: \"State \u202EGovernment\u202C\""));

        Assert.DoesNotContain(site.Check().Diagnostics, d => d.Code == DiagnosticCodes.UnbalancedDirection);
    }
}
