using System.Xml.Linq;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Machine;

/// <summary>sitemap.xml, robots.txt and 404.html, read back as crawlers and hosts read them, at the root and under a sub-path.</summary>
public sealed class MachineFilesTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Theory]
    [InlineData("https://archive.example.org/", "/")]
    [InlineData("https://example.org/ceasefire/", "/ceasefire/")]
    public void Sitemap_ListsEveryPageButThe404ByItsAbsoluteUrl(string baseUrl, string basePath)
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.SiteYml, "https://archive.example.org/", baseUrl));
        site.BuildClean();

        var urls = XDocument.Load(site.OutputPath("/sitemap.xml")).Root!.Elements(Sitemap + "url").ToList();

        var expected = site.PageUrls().Where(u => u != "/404.html").Select(u => baseUrl + u.TrimStart('/')).Order(StringComparer.Ordinal);
        Assert.Equal(expected, urls.Select(u => u.Element(Sitemap + "loc")!.Value).Order(StringComparer.Ordinal));
        Assert.All(urls, u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", u.Element(Sitemap + "lastmod")?.Value ?? "0000-00-00"));

        var robots = File.ReadAllLines(site.OutputPath("/robots.txt"));
        Assert.Contains("User-agent: *", robots);
        Assert.Contains($"Sitemap: {baseUrl}sitemap.xml", robots);

        var notFound = site.Page("/404.html");
        Assert.Equal(basePath + "assets/style.css", notFound.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.All(notFound.QuerySelectorAll("a[href^='/']"), a => Assert.StartsWith(basePath, a.GetAttribute("href")!));
    }

    /// <summary>The sitemap's <c>lastmod</c> of every URL it lists (null where it gives none).</summary>
    private static Dictionary<string, string?> LastModified(TestSite site) =>
        XDocument.Load(site.OutputPath("/sitemap.xml")).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);

    /// <summary>Sets every Markdown file under input/ to one modification time, so a test's own times stand out.</summary>
    private static void SetAllTimes(TestSite site, DateTime utc)
    {
        foreach (var file in Directory.EnumerateFiles(site.PathOf("input"), "*.md", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, utc);
    }

    [Fact]
    public void Sitemap_LastModified_IsWhenTheRecordsFileLastChanged()
    {
        using var site = TestSite.Valid();
        File.SetLastWriteTimeUtc(site.PathOf(ValidSite.Truce), new DateTime(2025, 4, 3, 12, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(site.PathOf(ValidSite.Talks), new DateTime(2025, 6, 9, 12, 0, 0, DateTimeKind.Utc));
        site.BuildClean();

        var lastmod = LastModified(site);

        Assert.Equal("2025-04-03", lastmod["https://archive.example.org/offers/march-truce/"]);
        Assert.Equal("2025-06-09", lastmod["https://archive.example.org/offers/may-talks/"]);
        // An index or a date page changed when the newest of its records did.
        Assert.Equal("2025-06-09", lastmod["https://archive.example.org/offers/"]);
        Assert.Equal("2025-06-09", lastmod["https://archive.example.org/dates/2006/05/02/"]);
        Assert.NotEqual("2025-06-09", lastmod["https://archive.example.org/articles/"]);
    }

    [Fact]
    public void Sitemap_TermPage_ChangedWhenTheNewestOfItsRecordsOrItsOwnFileDid()
    {
        using var site = VocabularySite.Create();
        SetAllTimes(site, new DateTime(2024, 1, 1, 12, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(site.PathOf(ValidSite.Truce), new DateTime(2025, 4, 3, 12, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(site.PathOf(ValidSite.Talks), new DateTime(2025, 6, 9, 12, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(site.PathOf(VocabularySite.HaltAttacks), new DateTime(2025, 5, 1, 12, 0, 0, DateTimeKind.Utc));
        site.BuildClean();

        var lastmod = LastModified(site);

        // The truce is filed under local-truce, below regional-ceasefire, below ceasefire.
        Assert.Equal("2025-04-03", lastmod["https://archive.example.org/terms/ceasefire/"]);
        Assert.Equal("2025-06-09", lastmod["https://archive.example.org/terms/talks/"]);
        // A term whose own file changed after its records (its definition was edited).
        Assert.Equal("2025-05-01", lastmod["https://archive.example.org/terms/halt-attacks/"]);
        // The list of terms changed when the newest term file did.
        Assert.Equal("2025-05-01", lastmod["https://archive.example.org/terms/"]);
    }

    [Fact]
    public void NotFoundPage_HasOneHeadingAndASearchFormThatGetsQ()
    {
        using var site = TestSite.Valid();
        site.BuildClean();

        var page = site.Page("/404.html");

        Assert.Single(page.QuerySelectorAll("h1"));
        var form = page.QuerySelector("main form[role=search]")!;
        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        Assert.NotNull(page.QuerySelector($"label[for='{form.QuerySelector("input[name=q]")!.Id}']"));
        Assert.Contains(page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")), h => h == "/offers/");
    }

    [Fact]
    public void Pages_LoadNothingFromOtherHosts_AndAnArticleWithItsStylesheetStaysUnder100KB()
    {
        using var site = TestSite.CopyOf(RepoRoot.SeedInput);
        site.BuildClean(allowWarnings: true);

        foreach (var url in site.PageUrls())
        {
            var page = site.Page(url);
            var external = page.QuerySelectorAll("link[rel=stylesheet], script[src], img[src], link[rel=preload], link[rel=icon]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(h => h.StartsWith("//", StringComparison.Ordinal) || h.Contains("://", StringComparison.Ordinal));
            Assert.Empty(external);
        }
        var css = File.ReadAllText(site.OutputPath("/assets/style.css"));
        Assert.DoesNotContain("@import", css);
        Assert.DoesNotContain("url(", css);

        var cssBytes = new FileInfo(site.OutputPath("/assets/style.css")).Length;
        var largest = site.PageUrls().Where(u => u.StartsWith("/articles/", StringComparison.Ordinal) && u.Length > "/articles/".Length)
            .Max(u => new FileInfo(site.OutputPath(u)).Length);
        Assert.True(largest + cssBytes < 100 * 1024, $"the largest article page is {largest} bytes and the stylesheet {cssBytes}");
    }
}
