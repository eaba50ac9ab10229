using AngleSharp.Dom;
using Archive.Tests.Infrastructure;

namespace Archive.Tests;

/// <summary>End to end: the valid fixture built into a folder and read back as a reader would.</summary>
public sealed class SiteBuilderTests : IClassFixture<SiteBuilderTests.BuiltFixture>
{
    /// <summary>The valid fixture, built once for the whole class.</summary>
    public sealed class BuiltFixture : IDisposable
    {
        public BuiltFixture()
        {
            Site = TestSite.Valid();
            Site.BuildClean();
        }

        internal TestSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    private static readonly string[] Routes =
    [
        "/", "/404.html", "/about/",
        "/articles/", "/articles/daily-report/", "/articles/weekly-analysis/",
        "/data/", "/dates/", "/dates/2005/", "/dates/2006/", "/dates/2006/03/", "/dates/2006/03/15/", "/dates/2006/04/",
        "/dates/2006/05/", "/dates/2006/05/02/", "/dates/2006/05/10/",
        "/groups/", "/groups/northern-brigade/", "/groups/resistance-front/", "/groups/state-government/",
        "/offers/", "/offers/march-truce/", "/offers/may-talks/",
        "/search/", "/terms/",
    ];

    /// <summary>The 404 page is what a host serves for a missing address; nothing links to it.</summary>
    private static readonly string[] Reachable = Routes.Where(r => r != "/404.html").ToArray();

    private readonly TestSite _site;

    public SiteBuilderTests(BuiltFixture fixture) => _site = fixture.Site;

    private HashSet<string> LinksOn(string url) => SiteLinks.Targets(url, _site.Page(url));

    private IEnumerable<string> LinksIn(string url, string selector) =>
        _site.Page(url).QuerySelectorAll(selector + " a[href]").Select(a => a.GetAttribute("href")!);

    [Fact]
    public void Build_ValidFixture_PublishesEveryRouteAndNothingElse()
    {
        Assert.Equal(Routes.Order(StringComparer.Ordinal), _site.PageUrls());
        Assert.True(File.Exists(Path.Combine(_site.OutputDir, "assets", "style.css")));
        Assert.Equal(Routes.Length, _site.Result!.PageCount);
    }

    [Fact]
    public void Build_ValidFixture_EveryInternalLinkAndFragmentResolves()
    {
        Assert.Empty(SiteLinks.Broken(_site));
    }

    [Fact]
    public void Build_ValidFixture_EveryPageIsReachableFromHome()
    {
        Assert.Equal(Reachable.Order(StringComparer.Ordinal), SiteLinks.ReachableFromHome(_site).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_EveryPage_HasOneH1TitleAndLanguage()
    {
        Assert.All(_site.PageUrls(), url =>
        {
            var page = _site.Page(url);
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.False(string.IsNullOrWhiteSpace(page.Title), url);
            Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        });
    }

    [Fact]
    public void ArticleAndGroup_LinkBothWays()
    {
        Assert.Contains("/groups/northern-brigade/", LinksOn("/articles/daily-report/"));
        Assert.Contains("/groups/state-government/", LinksOn("/articles/daily-report/"));
        Assert.Contains("/articles/daily-report/", LinksIn("/groups/northern-brigade/", "#articles"));
        Assert.Contains("/articles/daily-report/", LinksIn("/groups/state-government/", "#articles"));
        Assert.Contains("/groups/resistance-front/", LinksOn("/articles/weekly-analysis/"));
        Assert.Contains("/articles/weekly-analysis/", LinksIn("/groups/resistance-front/", "#articles"));
    }

    [Fact]
    public void OfferAndArticle_LinkBothWays()
    {
        Assert.Contains("/articles/daily-report/", LinksOn("/offers/march-truce/"));
        Assert.Contains("/offers/march-truce/", LinksOn("/articles/daily-report/"));
        // weekly-analysis names no offer itself; the offer cites it, and the article page still lists the offer.
        Assert.Contains("/articles/weekly-analysis/", LinksOn("/offers/may-talks/"));
        Assert.Contains("/offers/may-talks/", LinksOn("/articles/weekly-analysis/"));
    }

    [Fact]
    public void OfferAndGroup_LinkBothWaysByRole()
    {
        Assert.Equal(["/groups/northern-brigade/"], LinksIn("/offers/march-truce/", ".terms dt:nth-of-type(1) + dd"));
        var terms = LinksOn("/offers/march-truce/");
        Assert.Contains("/groups/state-government/", terms);
        Assert.Contains("/groups/resistance-front/", terms);

        Assert.Equal(["/offers/march-truce/"], LinksIn("/groups/northern-brigade/", "#offers-made").Where(h => h.StartsWith("/offers/", StringComparison.Ordinal)));
        Assert.Equal(["/offers/march-truce/", "/offers/may-talks/"], LinksIn("/groups/state-government/", "#offers-addressed").Where(h => h.StartsWith("/offers/", StringComparison.Ordinal)));
        Assert.Equal(["/offers/march-truce/"], LinksIn("/groups/resistance-front/", "#offers-mediated").Where(h => h.StartsWith("/offers/", StringComparison.Ordinal)));
        Assert.Contains("/offers/may-talks/", LinksIn("/groups/resistance-front/", "#offers-made"));
        Assert.Contains("/offers/may-talks/", LinksIn("/groups/state-government/", "#responses"));
    }

    [Fact]
    public void CoalitionAndMember_LinkBothWays()
    {
        Assert.Contains("/groups/northern-brigade/", LinksOn("/groups/resistance-front/"));
        Assert.Contains("/groups/resistance-front/", LinksOn("/groups/northern-brigade/"));
    }

    [Theory]
    [InlineData("/articles/daily-report/", "/dates/2006/03/15/")]
    [InlineData("/articles/weekly-analysis/", "/dates/2006/04/")]
    [InlineData("/offers/march-truce/", "/dates/2006/03/")]
    [InlineData("/offers/may-talks/", "/dates/2006/05/02/")]
    public void RecordDate_LinksToDatePageThatListsTheRecordBack(string record, string datePage)
    {
        var date = _site.Page(record).QuerySelector(".byline a.date")!;
        Assert.Equal(datePage, date.GetAttribute("href"));
        Assert.NotNull(date.QuerySelector("time[datetime]"));

        Assert.Contains(record, LinksIn(datePage, "main"));
    }

    [Fact]
    public void EveryDateShown_LinksToAnExistingDatePage()
    {
        foreach (var url in _site.PageUrls())
        {
            foreach (var date in _site.Page(url).QuerySelectorAll("a.date"))
            {
                var href = date.GetAttribute("href")!;
                Assert.StartsWith("/dates/", href);
                Assert.True(_site.Exists(href), $"{url}: date link {href} leads nowhere");
            }
        }
    }

    [Fact]
    public void MonthPrecisionOffer_IsOnYearAndMonthPagesButNoDayPage()
    {
        Assert.Contains("/offers/march-truce/", LinksIn("/dates/2006/", "main"));
        Assert.Contains("/offers/march-truce/", LinksIn("/dates/2006/03/", "#dated-1"));
        Assert.Contains("/articles/daily-report/", LinksIn("/dates/2006/03/", "#within"));
        foreach (var day in _site.PageUrls().Where(u => u.StartsWith("/dates/", StringComparison.Ordinal) && u.Count(c => c == '/') == 5))
        {
            Assert.DoesNotContain("/offers/march-truce/", LinksIn(day, "main"));
        }
    }

    [Fact]
    public void OfferSources_LinkToMarkedPassagesThatLinkBack()
    {
        var sources = LinksIn("/offers/march-truce/", "#sources blockquote").ToList();
        Assert.Equal(["/articles/daily-report/#q-march-truce", "/articles/daily-report/#q-march-truce-2"], sources);

        var article = _site.Page("/articles/daily-report/");
        foreach (var anchor in new[] { "q-march-truce", "q-march-truce-2" })
        {
            Assert.Equal("mark", article.GetElementById(anchor)!.LocalName);
        }
        Assert.Equal(
            "offered a three-month truce to the State Government",
            string.Concat(article.QuerySelectorAll("mark[data-quote='q-march-truce']").Select(m => m.TextContent)));
        Assert.Equal(["/offers/march-truce/#source-1"], MarkedPassages.Citations(article, "q-march-truce").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/offers/march-truce/#source-2"], MarkedPassages.Citations(article, "q-march-truce-2").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void OfferSources_LinkIntoTheOriginalWithTextFragment()
    {
        var original = _site.Page("/offers/march-truce/").QuerySelectorAll("#sources a.original").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("https://news.example.com/truce#:~:text=offered%20a%20three%2Dmonth%20truce%20to%20the%20State%20Government", original);
    }

    [Fact]
    public void LinkLists_ShowEachRecordsDateLinkedToItsDatePage()
    {
        // Views give every listed article and offer its date (LinkView.Date); the links partial shows it when set.
        var items = _site.Page("/articles/").QuerySelectorAll("ul.links li");

        Assert.Equal(2, items.Length);
        Assert.All(items, li => Assert.NotNull(li.QuerySelector(".meta a.date time")));
        Assert.Contains("/dates/2006/03/15/", LinksIn("/groups/northern-brigade/", "#articles"));
    }

    [Fact]
    public void ArticleNote_IsMarkedWithSidenote()
    {
        var article = _site.Page("/articles/daily-report/");

        var note = article.QuerySelector("mark.quote-note")!;
        Assert.Equal("officials said on Tuesday", note.TextContent);
        Assert.Contains("Tuesday was March 14, 2006.", article.QuerySelector(".sidenote")!.TextContent);
    }

    [Fact]
    public void OfferPage_ShowsEventsResponsesAndDisputesWithAnchors()
    {
        var offer = _site.Page("/offers/may-talks/");

        Assert.Contains("Leaders meet government envoys.", offer.GetElementById("event-1")!.TextContent);
        var response = offer.GetElementById("response-1")!;
        Assert.Contains("Rejected", response.TextContent);
        Assert.Contains("/groups/state-government/", response.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("the date of the first meeting", offer.GetElementById("disputes")!.TextContent);
        Assert.Contains("/dates/2006/05/02/", LinksIn("/offers/may-talks/", "#event-1"));
    }

    [Fact]
    public void OfferResponse_ShowsItsDateLinkedToTheDatePage()
    {
        Assert.Contains("/dates/2006/05/10/", LinksIn("/offers/may-talks/", "#response-1"));
    }

    [Fact]
    public void ArticleBodyHeading_IsDemotedBelowThePageH1WithAnchor()
    {
        var heading = _site.Page("/articles/daily-report/").GetElementById("reactions")!;

        Assert.Equal("h2", heading.LocalName);
        Assert.Equal("#reactions", heading.QuerySelector("a.heading-anchor")!.GetAttribute("href"));
    }

    [Fact]
    public void Pages_HaveCanonicalUrlsOnTheBaseUrl()
    {
        Assert.Equal("https://archive.example.org/groups/northern-brigade/",
            _site.Page("/groups/northern-brigade/").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Build_SiteUnderSubfolder_PrefixesEveryInternalLinkAndAllResolve()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.SiteYml, "https://archive.example.org/", "https://example.org/ceasefire/"));
        site.BuildClean();

        Assert.Empty(SiteLinks.Broken(site, "/ceasefire/"));
        var hrefs = site.PageUrls().SelectMany(u => site.Page(u).QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!)).ToList();
        Assert.DoesNotContain(hrefs, h => h.StartsWith('/') && !h.StartsWith("/ceasefire/", StringComparison.Ordinal));
        Assert.Equal(Reachable.Length, SiteLinks.ReachableFromHome(site, "/ceasefire/").Count);
    }

    [Fact]
    public void Build_WithDrafts_PublishesDraftRecords()
    {
        using var site = TestSite.Valid(f => f.AddFields(ValidSite.About, "draft: true"));

        site.BuildClean();
        Assert.False(site.Exists("/about/"));

        site.Build(includeDrafts: true);
        Assert.True(site.Result!.Succeeded);
        Assert.True(site.Exists("/about/"));
    }

    [Fact]
    public void Build_WithoutOutputFolder_WritesNothing()
    {
        using var site = TestSite.Valid();

        var result = site.Check();

        Assert.True(result.Succeeded);
        Assert.False(result.Published);
        Assert.Equal(["input"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_ReportsTimingForEveryStage()
    {
        Assert.Equal(["load", "link", "render", "files", "check", "publish"], _site.Result!.Timings.Select(t => t.Stage));
    }

    [Fact]
    public void Build_MetadataOnlyArticleCitedByOffer_BuildsWithoutReproducingTheText()
    {
        // `rights: metadata-only` is valid input: the body is kept for checking quotes but not published,
        // so no page may link to a marked passage that is not there.
        using var site = TestSite.Valid(f => f.AddFields(ValidSite.Analysis, "rights: metadata-only"));

        site.BuildClean();

        Assert.DoesNotContain("met envoys on May 2", site.Page("/articles/weekly-analysis/").QuerySelector("main")!.TextContent);
        Assert.Contains("/articles/weekly-analysis/", LinksOn(site, "/offers/may-talks/"));
        Assert.Empty(SiteLinks.Broken(site));
    }

    [Fact]
    public void Build_ArticleWithFootnote_FootnoteLinksResolve()
    {
        using var site = TestSite.Valid(f => f[ValidSite.Analysis] += "\nA claim.[^1]\n\n[^1]: The footnote.\n");

        site.BuildClean();

        var article = site.Page("/articles/weekly-analysis/");
        var reference = article.QuerySelector("a.footnote-ref")!;
        Assert.NotNull(article.GetElementById(reference.GetAttribute("href")![1..]));
        Assert.Empty(SiteLinks.Broken(site));
    }

    private static HashSet<string> LinksOn(TestSite site, string url) => SiteLinks.Targets(url, site.Page(url));
}
