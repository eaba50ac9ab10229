using Archive.Content;
using Archive.Diagnostics;
using Archive.Markdown;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Content;

public sealed class ContentLoaderTests
{
    private const string Page = "---\ntitle: \"A page\"\n---\n\nBody.\n";

    private static TestSite SiteWith(params (string Path, string Content)[] files)
    {
        var all = new Dictionary<string, string> { ["input/site.yml"] = Loaded.MinimalSiteYml };
        foreach (var (path, content) in files) all[path] = content;
        return TestSite.Create(all);
    }

    [Fact]
    public void Load_ValidFixture_ReadsEveryRecordWithoutDiagnostics()
    {
        using var site = TestSite.Valid();

        var loaded = Loaded.From(site);

        loaded.AssertClean();
        Assert.Equal(2, loaded.Content.Articles.Count);
        Assert.Equal(3, loaded.Content.Groups.Count);
        Assert.Equal(2, loaded.Content.Offers.Count);
        Assert.Single(loaded.Content.Pages);
        Assert.Equal("Test Archive", loaded.Content.Config.Title);
    }

    [Fact]
    public void Load_NoInputFolder_ReportsUnreadable()
    {
        using var site = TestSite.Create(new Dictionary<string, string>());

        var loaded = Loaded.From(site);

        var d = loaded.Single(DiagnosticCodes.UnreadableFile);
        Assert.Equal(("input", Severity.Error), (d.File, d.Severity));
        Assert.Contains("--source", d.Hint);
    }

    [Fact]
    public void Load_NoSiteYml_ReportsSiteConfigAndStillReadsRecords()
    {
        using var site = TestSite.Create(new Dictionary<string, string> { ["input/pages/about.md"] = Page });

        var loaded = Loaded.From(site);

        var d = loaded.Single(DiagnosticCodes.InvalidSiteConfig);
        Assert.Equal(("input/site.yml", 0), (d.File, d.Line));
        Assert.Single(loaded.Content.Pages);
    }

    [Theory]
    [InlineData("About", "about")]
    [InlineData("my_page", "my-page")]
    [InlineData("two--hyphens", "two-hyphens")]
    public void Load_InvalidFileName_ReportsInvalidIdAndSuggestsName(string name, string suggested)
    {
        using var site = SiteWith(($"input/pages/{name}.md", Page));

        var loaded = Loaded.From(site);

        var d = loaded.Single(DiagnosticCodes.InvalidId);
        Assert.Equal(($"input/pages/{name}.md", 0, Severity.Error), (d.File, d.Line, d.Severity));
        Assert.Equal($"rename the file to {suggested}.md", d.Hint);
        Assert.Empty(loaded.Content.Pages);
    }

    [Fact]
    public void Load_FileNameOverHundredCharacters_ReportsLength()
    {
        var name = new string('a', 101);
        using var site = SiteWith(($"input/pages/{name}.md", Page));

        var d = Loaded.From(site).Single(DiagnosticCodes.InvalidId);

        Assert.Contains("101 characters", d.Message);
    }

    [Theory]
    [InlineData("notes.txt", "only .md files are read here")]
    [InlineData("about.markdown", "rename it to about.md")]
    public void Load_NotMarkdownFile_WarnsAndSkips(string name, string hint)
    {
        using var site = SiteWith(($"input/pages/{name}", Page));

        var loaded = Loaded.From(site);

        var d = loaded.Single(DiagnosticCodes.UnreadableFile);
        Assert.Equal(($"input/pages/{name}", Severity.Warning, hint), (d.File, d.Severity, d.Hint));
        Assert.Empty(loaded.Content.Pages);
    }

    [Fact]
    public void Load_SubFolder_WarnsThatItIsNotRead()
    {
        using var site = SiteWith(("input/pages/old/about.md", Page));

        var d = Loaded.From(site).Single(DiagnosticCodes.UnreadableFile);

        Assert.Equal(("input/pages/old", Severity.Warning), (d.File, d.Severity));
    }

    [Fact]
    public void Load_HiddenFile_IsIgnoredSilently()
    {
        using var site = SiteWith(("input/pages/.about.md.swp", "junk"));

        Loaded.From(site).AssertClean();
    }

    [Fact]
    public void Load_InvalidUtf8_ReportsLineOfTheBadByte()
    {
        using var site = SiteWith();
        site.WriteBytes("input/pages/about.md", [.. "---\ntitle: \"Caf"u8.ToArray(), 0xE9, .. "\"\n---\n"u8.ToArray()]);

        var d = Loaded.From(site).Single(DiagnosticCodes.UnreadableFile);

        Assert.Equal(("input/pages/about.md", 2, Severity.Error), (d.File, d.Line, d.Severity));
        Assert.Contains("UTF-8", d.Message);
    }

    [Fact]
    public void Load_OneBrokenFile_StillLoadsTheOthers()
    {
        using var site = SiteWith(("input/pages/a.md", Page), ("input/pages/b.md", "no front matter"), ("input/pages/c.md", Page));

        var loaded = Loaded.From(site);

        Assert.Equal(["a", "c"], loaded.Content.Pages.Select(p => p.Id));
        Assert.Single(loaded.Diagnostics);
    }

    [Fact]
    public void Load_Body_KnowsTheFileLineItStartsOn()
    {
        using var site = SiteWith(("input/pages/a.md", Page));

        var page = Assert.Single(Loaded.From(site).Content.Pages);

        Assert.Equal(4, page.Body.FirstLine);
        Assert.Equal("Body.", page.Body.PlainText.Trim());
    }

    [Fact]
    public void Load_ValuesRecordsRepeat_AreOneStringForTheWholeLoad()
    {
        // A group's id in every article that names it, a source in every article from it: one copy each, not one per record.
        const string Article = "---\ntitle: \"{0}\"\nkind: news\nsource: \"The Daily Report\"\npublished: \"2006\"\nretrieved: \"2006\"\ngroups:\n  - northern-brigade\nsummary: \"S.\"\n---\n\nText.\n";
        const string Group = "---\nname: \"Northern Brigade\"\nkind: armed-group\nsummary: \"A brigade.\"\n---\n";
        using var site = SiteWith(("input/articles/a.md", string.Format(Article, "A")), ("input/articles/b.md", string.Format(Article, "B")),
            ("input/groups/northern-brigade.md", Group));

        var articles = new ContentLoader(new ArchiveMarkdown()).Load(site.Root, new DiagnosticBag()).Articles;

        Assert.Equal(2, articles.Count);
        Assert.Same(articles[0].Groups[0].Id, articles[1].Groups[0].Id);
        Assert.Same(articles[0].Source, articles[1].Source);
    }

    [Fact]
    public void Load_ForABuild_KeepsBodiesPacked_ForAPreview_KeepsTheirStrings()
    {
        // A build reads each text a few times and keeps it packed between reads; the preview's link cache knows an
        // unchanged text by its string instance, so a load with a cache must hand out the same string every time.
        using var site = SiteWith(("input/pages/a.md", Page));

        var built = Assert.Single(new ContentLoader(new ArchiveMarkdown()).Load(site.Root, new DiagnosticBag()).Pages).Body;
        var previewed = Assert.Single(new ContentLoader(new ArchiveMarkdown()).Load(site.Root, new DiagnosticBag(), new LoadCache()).Pages).Body;

        Assert.Equal(previewed.PlainText, built.PlainText);
        Assert.Equal(previewed.Markdown, built.Markdown);
        Assert.NotSame(built.PlainText, built.PlainText);
        Assert.Same(previewed.PlainText, previewed.PlainText);
        Assert.Same(previewed.Markdown, previewed.Markdown);
    }

    [Fact]
    public void Load_ManyFiles_ComeInFileNameOrder()
    {
        var names = Enumerable.Range(0, 30).Select(i => $"p{i:00}").ToList();
        using var site = SiteWith([.. names.AsEnumerable().Reverse().Select(n => ($"input/pages/{n}.md", Page))]);

        var loaded = Loaded.From(site);

        Assert.Equal(names, loaded.Content.Pages.Select(p => p.Id));
    }
}
