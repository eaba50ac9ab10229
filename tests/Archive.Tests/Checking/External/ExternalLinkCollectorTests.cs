using Archive.Checking.External;

using Archive.Tests.Infrastructure;

namespace Archive.Tests.Checking.External;

public sealed class ExternalLinkCollectorTests : IDisposable
{
    private readonly TestSite _site = TestSite.Folder();

    public ExternalLinkCollectorTests()
    {
        _site.Write("input/site.yml", """
            title: "Test"
            base_url: "https://archive.example/"
            repository: "https://git.example/archive"
            """);
        _site.Write("input/groups/g.md", """
            ---
            name: "G"
            kind: government
            summary: "A group."
            ---

            Home page: <https://g.example/> and [our own page](https://archive.example/groups/g/).
            """);
    }

    public void Dispose() => _site.Dispose();

    private void WriteArticle(string id, string frontMatterExtra, string body) => _site.Write($"input/articles/{id}.md",
        "---\ntitle: \"A\"\nkind: news\nsource: \"S\"\npublished: \"2020-01-01\"\n" + frontMatterExtra +
        "summary: \"Sum.\"\n---\n\n" + body + "\n");

    [Fact]
    public void Collect_ArticleSourceFields_FindsTheirLines()
    {
        WriteArticle("a", "url: \"https://news.example/story\"\narchived_url: \"https://web.archive.example/https://news.example/story\"\n", "Text.");

        var links = ExternalLinkCollector.Collect(_site.Root, includeDrafts: false).Where(l => l.File == "input/articles/a.md").ToList();

        Assert.Equal(
            [
                new ExternalLink("https://news.example/story", "input/articles/a.md", 6, 7, "url"),
                new ExternalLink("https://web.archive.example/https://news.example/story", "input/articles/a.md", 7, 16, "archived_url"),
            ],
            links);
    }

    [Fact]
    public void Collect_BodyLinks_ReportsFileLineAndColumn()
    {
        WriteArticle("a", "", "First [link](https://one.example/a).\n\n- ![map](http://img.example/map.png)\n- bare https://bare.example/x here");

        var links = ExternalLinkCollector.Collect(_site.Root, includeDrafts: false).Where(l => l.File == "input/articles/a.md").ToList();

        Assert.Equal(
            [
                new ExternalLink("https://one.example/a", "input/articles/a.md", 9, 7),
                new ExternalLink("http://img.example/map.png", "input/articles/a.md", 11, 3),
                new ExternalLink("https://bare.example/x", "input/articles/a.md", 12, 8),
            ],
            links);
    }

    [Fact]
    public void Collect_SiteConfigAndGroups_IncludesRepositoryAndAutolinksButNotOwnSite()
    {
        var links = ExternalLinkCollector.Collect(_site.Root, includeDrafts: false);

        Assert.Equal(
            [
                new ExternalLink("https://g.example/", "input/groups/g.md", 7, 12),
                new ExternalLink("https://git.example/archive", "input/site.yml", 3, 14, "repository"),
            ],
            links);
    }

    [Fact]
    public void Collect_RelativeMailAndOtherSchemes_AreIgnored()
    {
        WriteArticle("a", "", "[rel](/about/) [mail](mailto:x@y.example) <x@y.example> [ftp](ftp://f.example/) [anchor](#top)");

        var links = ExternalLinkCollector.Collect(_site.Root, includeDrafts: false);

        Assert.DoesNotContain(links, l => l.File == "input/articles/a.md");
    }

    [Fact]
    public void Collect_DraftArticle_SkippedUnlessDraftsIncluded()
    {
        WriteArticle("d", "draft: true\nurl: \"https://draft.example/\"\n", "Text.");

        Assert.DoesNotContain(ExternalLinkCollector.Collect(_site.Root, includeDrafts: false), l => l.Url == "https://draft.example/");
        Assert.Contains(ExternalLinkCollector.Collect(_site.Root, includeDrafts: true), l => l.Url == "https://draft.example/");
    }
}
