using Archive.Content;
using Archive.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Archive.Tests.Content;

public sealed class YamlLoaderTests
{
    // The YAML block of a front matter starts on file line 2, after the opening `---`.
    private const int FirstLine = 2;

    private static (YamlMappingNode? Map, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml, bool allowEmpty = false)
    {
        var bag = new DiagnosticBag();
        var map = YamlLoader.LoadMapping(yaml, "input/articles/a.md", FirstLine, bag, allowEmpty);
        return (map, bag.ToSortedList());
    }

    [Fact]
    public void LoadMapping_ValidFields_ReturnsMapping()
    {
        var (map, diagnostics) = Load("title: A\nauthors:\n  - x\n  - y\n");

        Assert.Empty(diagnostics);
        Assert.Equal(2, map!.Children.Count);
    }

    [Fact]
    public void LoadMapping_UnclosedQuote_ReportsFileLineAndColumnOfTheQuote()
    {
        var (map, diagnostics) = Load("summary: ok\ntitle: \"Unclosed\nkind: news\n");

        Assert.Null(map);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.Equal(("input/articles/a.md", 3, 8), (d.File, d.Line, d.Column));
        Assert.Contains("quoted value is not closed", d.Message);
    }

    [Fact]
    public void LoadMapping_BadIndentation_ReportsTheIndentedLine()
    {
        var (_, diagnostics) = Load("title: x\nkind: news\n  source: y\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.Equal(4, d.Line);
    }

    [Fact]
    public void LoadMapping_UnquotedColonInValue_HintsAtQuoting()
    {
        var (_, diagnostics) = Load("kind: news\ntitle: Talks: a new hope: maybe\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.YamlSyntax, 3), (d.Code, d.Line));
        Assert.Contains("quotes", d.Hint);
    }

    [Fact]
    public void LoadMapping_DuplicateKey_ReportsDuplicateKeyOnTheSecondOccurrence()
    {
        var (map, diagnostics) = Load("title: x\nkind: news\ntitle: y\n");

        Assert.Null(map);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateKey, d.Code);
        Assert.Equal((4, 1), (d.Line, d.Column));
        Assert.Contains("title", d.Message);
    }

    [Fact]
    public void LoadMapping_TabBeforeKey_ReportsTabsOnTheTabLine()
    {
        var (_, diagnostics) = Load("title: x\n\tkind: news\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.Contains("tab", d.Message);
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void LoadMapping_TabIndentedListItem_ReportsTabsOnTheTabLine()
    {
        var (_, diagnostics) = Load("title: x\nauthors:\n\t- a\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.Contains("tab", d.Message);
        Assert.Equal(4, d.Line);
    }

    [Fact]
    public void LoadMapping_UnclosedFlowList_ReportsSyntaxErrorInsteadOfThrowing()
    {
        var (map, diagnostics) = Load("title: x\ngroups: [a, b\nkind: news\n");

        Assert.Null(map);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.Equal("input/articles/a.md", d.File);
        Assert.InRange(d.Line, FirstLine, FirstLine + 2);
    }

    [Fact]
    public void LoadMapping_ListAtTopLevel_ReportsKeyValueNeeded()
    {
        var (map, diagnostics) = Load("- a\n- b\n");

        Assert.Null(map);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.YamlSyntax, 2, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("key: value", d.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void LoadMapping_EmptyBlock_ReportsEmptyUnlessAllowed(string yaml)
    {
        var (map, diagnostics) = Load(yaml);
        Assert.Null(map);
        Assert.Equal(DiagnosticCodes.FrontMatterMissing, Assert.Single(diagnostics).Code);

        var (allowed, none) = Load(yaml, allowEmpty: true);
        Assert.NotNull(allowed);
        Assert.Empty(allowed.Children);
        Assert.Empty(none);
    }
}
