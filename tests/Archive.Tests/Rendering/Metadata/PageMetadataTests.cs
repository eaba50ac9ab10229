using System.Text.Json;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Metadata;

/// <summary>Every page of the seed archive describes itself to machines: JSON-LD, citation and OpenGraph tags.</summary>
public sealed class PageMetadataTests : IClassFixture<PageMetadataTests.SeedSite>
{
    private readonly TestSite _site;

    public PageMetadataTests(SeedSite seed) => _site = seed.Site;

    public sealed class SeedSite : IDisposable
    {
        public SeedSite()
        {
            Site = TestSite.CopyOf(RepoRoot.SeedInput);
            Site.BuildClean(allowWarnings: true);
        }

        internal TestSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    [Fact]
    public void EveryPage_HasValidJsonLdAndCitationTags()
    {
        var urls = _site.PageUrls();
        Assert.True(urls.Count > 50);
        foreach (var url in urls)
        {
            var page = _site.Page(url);
            var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
            var script = Assert.Single(scripts);
            using var json = JsonDocument.Parse(script.TextContent);
            Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
            Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("@type").GetString()), url);
            Assert.NotNull(page.QuerySelector("meta[name='citation_title']"));
            Assert.NotNull(page.QuerySelector("meta[name='DC.title']"));
            Assert.NotNull(page.QuerySelector("meta[property='og:title']"));
            Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        }
    }

    [Theory]
    [InlineData("/articles/abc-ap-2020-iran-backed-militias-offer-truce/", "NewsArticle")]
    [InlineData("/articles/otb-2006-insurgent-groups-offer-cease-fire/", "BlogPosting")]
    [InlineData("/groups/kataib-hezbollah/", "Organization")]
    [InlineData("/offers/2020-10-iran-backed-factions-conditional-truce/", "Event")]
    [InlineData("/", "WebSite")]
    public void RecordPages_UseTheirSchemaType_WithIsoDates(string url, string type)
    {
        using var json = JsonDocument.Parse(_site.Page(url).QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(type, json.RootElement.GetProperty("@type").GetString());
        foreach (var name in new[] { "datePublished", "dateModified", "startDate", "foundingDate" })
        {
            if (json.RootElement.TryGetProperty(name, out var date))
            {
                Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", date.GetString());
            }
        }
    }

    [Fact]
    public void ArticlePage_HasHighwireTagsZoteroReads()
    {
        var page = _site.Page("/articles/antiwar-2006-bushs-wavering-halts-insurgent-peace-talks/");
        Assert.Equal("Bush's Wavering Halts Insurgent Peace Talks", page.QuerySelector("meta[name='citation_title']")!.GetAttribute("content"));
        Assert.Equal("Gareth Porter", page.QuerySelector("meta[name='citation_author']")!.GetAttribute("content"));
        Assert.Equal("2006/05/06", page.QuerySelector("meta[name='citation_publication_date']")!.GetAttribute("content"));
        Assert.Equal("Antiwar.com", page.QuerySelector("meta[name='citation_publisher']")!.GetAttribute("content"));
    }

    [Fact]
    public void RecordPages_OfferCitationDownloads()
    {
        var page = _site.Page("/offers/2020-10-iran-backed-factions-conditional-truce/");
        var links = page.QuerySelectorAll("#cite a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/offers/2020-10-iran-backed-factions-conditional-truce/cite.bib", "/offers/2020-10-iran-backed-factions-conditional-truce/cite.ris",
            "/offers/2020-10-iran-backed-factions-conditional-truce/cite.json"], links);
        using var csl = JsonDocument.Parse(File.ReadAllText(_site.OutputPath("/offers/2020-10-iran-backed-factions-conditional-truce/cite.json")));
        Assert.Equal("webpage", csl.RootElement[0].GetProperty("type").GetString());
        Assert.StartsWith("@online{", File.ReadAllText(_site.OutputPath("/offers/2020-10-iran-backed-factions-conditional-truce/cite.bib")), StringComparison.Ordinal);
    }
}
