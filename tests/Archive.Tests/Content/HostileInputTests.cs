using System.Text;
using Archive.Cli;
using Archive.Diagnostics;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Content;

/// <summary>
/// Broken and hostile files an editor (or a bad merge) may commit: each must come back as a diagnostic with the
/// right file and line, exit code 1, and the previous output untouched. One case per diagnostic code lives in
/// <see cref="Archive.Tests.Diagnostics.InvalidSite"/>; these are the variants that fixture does not already cover.
/// </summary>
public sealed class HostileInputTests
{
    private static void AssertRejected(TestSite site, string code, string file, int line)
    {
        var sentinel = Path.Combine(site.OutputDir, "sentinel.txt");
        var before = File.ReadAllBytes(site.OutputPath("/"));

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(["build", "--source", site.Root], stdout, stderr);

        Assert.Equal(ExitCodes.InputErrors, exit);
        var expected = line > 0 ? $"{file}:{line}:" : $"{file}:";
        Assert.Contains(stderr.ToString().Split('\n'), l => l.StartsWith(expected, StringComparison.Ordinal) && l.Contains($"error {code}", StringComparison.Ordinal));
        Assert.True(File.Exists(sentinel), "the previous output was replaced");
        Assert.Equal(before, File.ReadAllBytes(site.OutputPath("/")));
    }

    /// <summary>A valid site, built once so there is an output/ to protect, then broken by <paramref name="breakIt"/>.</summary>
    private static TestSite Broken(Action<TestSite> breakIt)
    {
        var site = TestSite.Valid();
        site.BuildClean();
        File.WriteAllText(Path.Combine(site.OutputDir, "sentinel.txt"), "previous build");
        breakIt(site);
        return site;
    }

    private static void Replace(TestSite site, string file, string from, string to)
    {
        var text = site.Read(file);
        Assert.Contains(from, text);
        site.Write(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void Yaml_TabIndentation_ReportsLineOfTab()
    {
        using var site = Broken(s => Replace(s, ValidSite.Member, "member_of:\n  - resistance-front", "member_of:\n\t- resistance-front"));
        AssertRejected(site, DiagnosticCodes.YamlSyntax, ValidSite.Member, site.LineOf(ValidSite.Member, "\t- resistance-front"));
    }

    [Fact]
    public void File_Empty_IsRejected()
    {
        using var site = Broken(s => s.Write(ValidSite.Government, ""));
        AssertRejected(site, DiagnosticCodes.FrontMatterMissing, ValidSite.Government, 1);
    }

    [Fact]
    public void File_TooLarge_IsRejectedWithoutParsing()
    {
        using var site = Broken(s =>
        {
            var text = s.Read(ValidSite.Government) + new string('x', 50 * 1024 * 1024);
            s.Write(ValidSite.Government, text);
        });
        AssertRejected(site, DiagnosticCodes.UnreadableFile, ValidSite.Government, 0);
    }

    [Fact]
    public void FileName_NotAnId_SuggestsOne()
    {
        using var site = Broken(s => s.Write("input/groups/Bad Name.md", s.Read(ValidSite.Government)));
        AssertRejected(site, DiagnosticCodes.InvalidId, "input/groups/Bad Name.md", 0);
        var d = Assert.Single(site.Check().Diagnostics, x => x.Code == DiagnosticCodes.InvalidId);
        Assert.Contains("bad-name.md", d.Hint);
    }

    [Fact]
    public void Bom_And_CrLf_BuildWithCorrectLines()
    {
        using var site = TestSite.Valid();
        var text = site.Read(ValidSite.Government).Replace("\n", "\r\n", StringComparison.Ordinal).Replace("kind: government", "kind: goverment", StringComparison.Ordinal);
        site.WriteBytes(ValidSite.Government, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var d = Assert.Single(site.Check().Diagnostics, x => x.IsError);
        Assert.Equal(DiagnosticCodes.InvalidEnumValue, d.Code);
        Assert.Equal(site.LineOf(ValidSite.Government, "kind: goverment"), d.Line);

        site.Write(ValidSite.Government, text.Replace("goverment", "government", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>", "script")]
    [InlineData("<p onclick=\"alert(2)\">Click</p>", "onclick", "onclick")]
    [InlineData("A [link](javascript:alert(3)) here.", "javascript:", "javascript:")]
    [InlineData("<iframe src=\"https://example.org/\"></iframe>", "<iframe>", "<iframe")]
    public void RawHtml_Hostile_IsRemovedWithWarning(string markdown, string inMessage, string notInPage)
    {
        using var site = TestSite.Valid(files => files[ValidSite.About] += "\n\nSafe <sup>1</sup> and <abbr title=\"Resistance Front\">RF</abbr>.\n\n" + markdown + "\n");
        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeHtmlRemoved);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(ValidSite.About, warning.File);
        Assert.Equal(site.LineOf(ValidSite.About, markdown), warning.Line);
        Assert.Contains(inMessage, warning.Message);

        var body = site.Page("/about/").QuerySelector("main")!.InnerHtml;
        Assert.DoesNotContain(notInPage, body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<sup>1</sup>", body);
        Assert.Contains("<abbr title=\"Resistance Front\">", body);
    }
}
