using Archive.Content;
using Archive.Diagnostics;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Content;

public sealed class FrontMatterSplitterTests
{
    private static (FrontMatter? Result, IReadOnlyList<Diagnostic> Diagnostics) Split(string text)
    {
        var bag = new DiagnosticBag();
        var result = FrontMatterSplitter.Split(text, "input/pages/x.md", bag);
        return (result, bag.ToSortedList());
    }

    [Fact]
    public void Split_WellFormed_ReturnsYamlBodyAndTheirFileLines()
    {
        var (result, diagnostics) = Split("---\ntitle: A\nsummary: B\n---\n\nBody text.\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(result);
        Assert.Equal("title: A\nsummary: B", result.Yaml);
        Assert.Equal(2, result.YamlFirstLine);
        Assert.Equal("\nBody text.\n", result.Body);
        Assert.Equal(5, result.BodyFirstLine);
    }

    [Fact]
    public void Split_ClosedWithDots_IsAccepted()
    {
        var (result, diagnostics) = Split("---\ntitle: A\n...\nBody\n");

        Assert.Empty(diagnostics);
        Assert.Equal("title: A", result!.Yaml);
        Assert.Equal("Body\n", result.Body);
    }

    [Fact]
    public void Split_NothingAfterClosingLine_HasEmptyBody()
    {
        var (result, _) = Split("---\ntitle: A\n---");

        Assert.Equal("", result!.Body);
    }

    [Fact]
    public void Split_DelimiterWithTrailingSpaces_IsAccepted()
    {
        var (result, diagnostics) = Split("---  \ntitle: A\n---\t\nBody\n");

        Assert.Empty(diagnostics);
        Assert.Equal("title: A", result!.Yaml);
    }

    [Fact]
    public void Split_NoOpeningDelimiter_ReportsFrontMatterMissingOnLine1()
    {
        var (result, diagnostics) = Split("title: A\n---\nBody\n");

        Assert.Null(result);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterMissing, d.Code);
        Assert.Equal(("input/pages/x.md", 1, 1), (d.File, d.Line, d.Column));
        Assert.Contains("does not start with a front-matter block", d.Message);
        Assert.NotNull(d.Hint);
    }

    [Fact]
    public void Split_NeverClosed_ReportsUnclosedBlock()
    {
        var (result, diagnostics) = Split("---\ntitle: A\nsummary: B\n\nBody without a closing line.\n");

        Assert.Null(result);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterMissing, d.Code);
        Assert.Equal(1, d.Line);
        Assert.Contains("never closed", d.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    public void Split_EmptyFile_ReportsEmptyFile(string text)
    {
        var (result, diagnostics) = Split(text);

        Assert.Null(result);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterMissing, d.Code);
        Assert.Contains("empty", d.Message);
    }

    [Fact]
    public void Load_EmptyBlock_ReportsEmptyFrontMatterOnItsLine()
    {
        var loaded = Loaded.File("input/pages/x.md", "---\n---\nBody\n");

        var d = loaded.Single(DiagnosticCodes.FrontMatterMissing);
        Assert.Equal(("input/pages/x.md", 2), (d.File, d.Line));
        Assert.Contains("front matter is empty", d.Message);
        Assert.Empty(loaded.Content.Pages);
    }

    [Fact]
    public void Load_FileWithByteOrderMark_ReadsLikeWithout()
    {
        using var site = TestSite.Create(new Dictionary<string, string> { ["input/site.yml"] = Loaded.MinimalSiteYml });
        site.WriteBytes("input/pages/x.md", [0xEF, 0xBB, 0xBF, .. "---\ntitle: About\n---\nBody\n"u8.ToArray()]);

        var loaded = Loaded.From(site);

        loaded.AssertClean();
        Assert.Equal("About", Assert.Single(loaded.Content.Pages).Title);
    }

    [Fact]
    public void Load_CrlfLineEnds_ReadLikeLfAndKeepLineNumbers()
    {
        var loaded = Loaded.File("input/pages/x.md", "---\r\ntitle: About\r\ntitel: typo\r\n---\r\n\r\nBody\r\n");

        var d = loaded.Single(DiagnosticCodes.UnknownField);
        Assert.Equal(3, d.Line);
        var page = Assert.Single(loaded.Content.Pages);
        Assert.Equal("About", page.Title);
        Assert.DoesNotContain('\r', page.Body.Markdown);
    }

    [Fact]
    public void Load_ClassicMacLineEnds_AreReadAsLineEnds()
    {
        var loaded = Loaded.File("input/pages/x.md", "---\rtitle: About\r---\rBody\r");

        loaded.AssertClean();
        Assert.Equal("About", Assert.Single(loaded.Content.Pages).Title);
    }
}
