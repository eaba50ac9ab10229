using AngleSharp.Html.Parser;
using Archive.Diagnostics;
using Archive.Tests.Infrastructure;
using Archive.Tests.Markdown;

namespace Archive.Tests;

/// <summary>
/// A whole site built from bodies and front matter full of script tricks: no page of it may contain an executable
/// script, an event handler or a javascript:/vbscript:/data:text/html URL, and every trick in a body is reported.
/// </summary>
public sealed class SiteSafetyTests
{
    /// <summary>Every body trick of <see cref="BodySanitizerTests.Tricks"/>, one paragraph each.</summary>
    internal static string BodyTricks() =>
        string.Join("\n\n", BodySanitizerTests.Tricks().Select(row => (string)row[0])) + "\n\n<plaintext>\n\nThe end.\n";

    /// <summary>Text that breaks out of an element, an attribute, a quoted attribute or a script block if printed raw.</summary>
    internal const string Breakout = "x</title></script><script>alert(1)</script>\\\"><img src=https://example.org/x.png onerror=alert(1)>' onmouseover='alert(2)";

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The valid site with tricks in every body and in the front-matter fields printed through layouts.</summary>
    internal static TestSite TrickSite(bool frontMatterThroughPartials) => TestSite.Valid(f =>
    {
        f[ValidSite.About] += "\n" + BodyTricks();
        f[ValidSite.Government] += "\n" + BodyTricks();
        f.Replace(ValidSite.Report, "https://news.example.com/truce", "https://news.example.com/truce?a=1&b='x'");
        f.Replace(ValidSite.Report, "summary: \"The brigade offers a truce to the government.\"", "summary: " + Yaml("Summary " + Breakout));
        f.Replace(ValidSite.Report, "note: \"Tuesday was March 14, 2006.\"", "note: " + Yaml("Note " + Breakout));
        f.Replace(ValidSite.Truce, "  - \"Halt all attacks for three months\"", "  - " + Yaml("Halt all attacks " + Breakout));
        f.Replace(ValidSite.SiteYml, "description: \"A small archive for tests.\"", "description: " + Yaml("Description " + Breakout));
        if (frontMatterThroughPartials)
        {
            // Names and titles reach pages through the partials that list and link records.
            f.Replace(ValidSite.Report, "source: \"The Daily Report\"", "source: " + Yaml("The Daily Report " + Breakout));
            f.Replace(ValidSite.Report, "title: \"Brigade offers truce\"", "title: " + Yaml("Brigade offers truce " + Breakout));
            f.Replace(ValidSite.Government, "name: \"State Government\"", "name: " + Yaml("State Government " + Breakout));
            f.Replace(ValidSite.Truce, "title: \"Three-month truce offer\"", "title: " + Yaml("Three-month truce offer " + Breakout));
            f.Replace(ValidSite.SiteYml, "title: \"Test Archive\"", "title: " + Yaml("Test Archive " + Breakout));
        }
    });

    internal static void AssertNoPageRunsScript(TestSite site)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        var problems = site.PageUrls()
            .SelectMany(url => ScriptScan.Find(parser.ParseDocument(File.ReadAllText(site.OutputPath(url))), allowThemeScripts: true).Select(p => $"{url}: {p}"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Build_BodiesAndFrontMatterFullOfScriptTricks_NoPageRunsScript()
    {
        using var site = TrickSite(frontMatterThroughPartials: false);

        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));

        Assert.True(site.PageUrls().Count > 10, "the site was not built");
        AssertNoPageRunsScript(site);
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnsafeHtmlRemoved).ToList();
        foreach (var file in new[] { ValidSite.About, ValidSite.Government })
        {
            Assert.True(warnings.Count(w => w.File == file) >= BodySanitizerTests.Tricks().Count() + 1, $"not every trick in {file} was reported");
        }
        Assert.Contains("&lt;script&gt;", File.ReadAllText(site.OutputPath("/articles/daily-report/")), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FrontMatterPrintedThroughPartialsFullOfScriptTricks_NoPageRunsScript()
    {
        using var site = TrickSite(frontMatterThroughPartials: true);

        site.BuildClean(allowWarnings: true);

        Assert.True(site.PageUrls().Count > 10, "the site was not built");
        AssertNoPageRunsScript(site);
    }

    [Theory]
    [InlineData("https://news.example.com/truce\\\"><script>alert(1)</script>")]
    [InlineData("https://news.example.com/truce\\\" onmouseover=\\\"alert(1)")]
    [InlineData("https://news.example.com/<svg onload=alert(1)>")]
    [InlineData("javascript:alert(1)//https://news.example.com/")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData(" https://news.example.com/a b")]
    public void Load_UrlThatIsNotAPlainHttpAddress_IsAnErrorOnItsLine(string url)
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Report, "\"https://news.example.com/truce\"", "\"" + url + "\""));

        var error = Assert.Single(site.Check().Diagnostics, d => d.IsError);

        Assert.Equal((DiagnosticCodes.InvalidUrl, ValidSite.Report, site.LineOf(ValidSite.Report, "url:")), (error.Code, error.File, error.Line));
    }
}
