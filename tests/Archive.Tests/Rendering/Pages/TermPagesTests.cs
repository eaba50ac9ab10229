using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Pages;

/// <summary>
/// The terms as readers see them, in the built <see cref="VocabularySite"/>: <c>/terms/</c> as a hierarchy with
/// counts, each term's page with its offers and articles (those of its narrower terms too, saying which), and the
/// records' "filed under" lists.
/// </summary>
public sealed class TermPagesTests : IClassFixture<TermPagesTests.Built>
{
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Site = VocabularySite.Create();
            Site.BuildClean();
        }

        internal TestSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    private readonly TestSite _site;

    public TermPagesTests(Built built) => _site = built.Site;

    private IReadOnlyList<string> Texts(string url, string selector) =>
        _site.Page(url).QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    private IReadOnlyList<string> Hrefs(string url, string selector) =>
        _site.Page(url).QuerySelectorAll(selector).Select(e => e.GetAttribute("href")!).ToList();

    [Fact]
    public void TermIndex_ListsEveryTermUnderItsBroaderOneWithCounts()
    {
        var rows = _site.Page("/terms/").QuerySelectorAll("table.term-table tbody tr")
            .Select(r => (Term: r.QuerySelector("th a")!.TextContent, Depth: r.ClassName, Offers: r.QuerySelectorAll("td.num")[0].TextContent,
                Articles: r.QuerySelectorAll("td.num")[1].TextContent))
            .ToList();

        Assert.Equal(
        [
            ("Ceasefire", "depth-0", "1", "1"),
            ("Ceasefire in a region", "depth-1", "1", "1"),
            ("Local truce", "depth-2", "1", "0"),
            ("Halt to attacks", "depth-1", "1", "0"),
            ("Talks", "depth-0", "1", "0"),
        ], rows);
        Assert.Equal(["/terms/ceasefire/", "/terms/regional-ceasefire/", "/terms/local-truce/", "/terms/halt-attacks/", "/terms/talks/"],
            Hrefs("/terms/", "table.term-table tbody th a"));
    }

    [Fact]
    public void TermPage_BroaderTerm_ListsOffersAndArticlesOfItsNarrowerTermsSayingWhich()
    {
        var page = _site.Page("/terms/ceasefire/");

        Assert.Equal("Ceasefire", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("What Ceasefire means.", page.QuerySelector(".lede")!.TextContent);
        Assert.Equal("fighting", page.QuerySelector(".scope-note em")!.TextContent);
        Assert.Equal(["/offers/march-truce/"], Hrefs("/terms/ceasefire/", "#offers ul.links li > a:first-child"));
        Assert.Contains("filed under Local truce", page.QuerySelector("#offers ul.links li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/articles/daily-report/"], Hrefs("/terms/ceasefire/", "#articles ul.links li > a:first-child"));
        Assert.Contains("filed under Ceasefire in a region", page.QuerySelector("#articles ul.links li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/terms/regional-ceasefire/", "/terms/halt-attacks/"], Hrefs("/terms/ceasefire/", "#narrower ul.links li > a:first-child"));
        Assert.Contains("/offers/?term=ceasefire", Hrefs("/terms/ceasefire/", "#offers p a"));
    }

    [Fact]
    public void TermPage_TermCarriedDirectly_SaysNoFiledUnder()
    {
        var item = _site.Page("/terms/talks/").QuerySelector("#offers ul.links li")!.TextContent;

        Assert.Contains("May talks proposal", item, StringComparison.Ordinal);
        Assert.DoesNotContain("filed under", item, StringComparison.Ordinal);
    }

    [Fact]
    public void TermPage_TermWithoutOffers_SaysSo()
    {
        using var site = VocabularySite.Create(f => f.Replace(ValidSite.Talks, "terms:\n  - talks", "terms:\n  - halt-attacks"));
        site.BuildClean();

        var offers = site.Page("/terms/talks/").QuerySelector("#offers")!;

        Assert.Equal("0 offers", offers.QuerySelector("h2")!.TextContent);
        Assert.Empty(offers.QuerySelectorAll("ul.links li"));
        Assert.Contains("No offer is filed under this term yet.", offers.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Page("/").QuerySelectorAll(".home-terms a"), a => a.GetAttribute("href") == "/terms/talks/");
        Assert.Contains(site.Page("/").QuerySelectorAll(".home-terms a"), a => a.GetAttribute("href") == "/terms/halt-attacks/");
    }

    [Fact]
    public void TermPage_DeepTerm_BreadcrumbsAndKickerNameEveryBroaderTermTopFirst()
    {
        Assert.Equal(["/terms/ceasefire/", "/terms/regional-ceasefire/"], Hrefs("/terms/local-truce/", ".term .kicker a"));
        var crumbs = Hrefs("/terms/local-truce/", "nav.breadcrumbs a");
        Assert.Equal(["/terms/", "/terms/ceasefire/", "/terms/regional-ceasefire/"], crumbs.SkipWhile(h => h != "/terms/"));
    }

    [Fact]
    public void OfferAndArticlePages_ShowWhatTheyAreFiledUnder()
    {
        Assert.Equal(["/terms/local-truce/", "/terms/halt-attacks/"], Hrefs("/offers/march-truce/", "#filed-under a"));
        Assert.Equal(["/terms/regional-ceasefire/"], Hrefs("/articles/daily-report/", "#filed-under a"));
        Assert.Empty(_site.Page("/articles/weekly-analysis/").QuerySelectorAll("#filed-under"));
    }

    [Fact]
    public void HomePage_ListsTheTermsThatHoldOffersWithTheirCount()
    {
        var terms = Texts("/", ".home-terms .term-list li");

        Assert.Equal(["Ceasefire 1 offer", "Ceasefire in a region 1 offer", "Halt to attacks 1 offer", "Local truce 1 offer", "Talks 1 offer"],
            terms.Select(t => string.Join(' ', t.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
    }

    [Fact]
    public void Build_NoVocabulary_TermsPageSaysWhereToAddThemAndNoTermPages()
    {
        using var site = TestSite.Valid();
        site.BuildClean();

        Assert.Contains("input/terms/", site.Page("/terms/").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(site.PageUrls(), u => u.StartsWith("/terms/", StringComparison.Ordinal) && u != "/terms/");
        Assert.Empty(site.Page("/").QuerySelectorAll(".home-terms"));
    }
}
