using System.Globalization;
using AngleSharp.Dom;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Pages;

/// <summary>
/// Long lists split into pages: a generated archive far larger than its page size, built once. Every page is reached
/// from the home page, rel="prev"/"next" agree in the page and in the head and both ways, each list has the pages its
/// length needs and lists every item once, and no page holds more than a bound set by the page size.
/// </summary>
public sealed class PaginationTests : IClassFixture<PaginationTests.LongArchive>
{
    public const int PageSize = 3;
    public const int ArticleCount = 80;
    public const int OfferCount = 10;

    /// <summary>Militias besides Alpha Brigade, each a member of it, spread over <see cref="OrientationCount"/> orientations.</summary>
    public const int MemberCount = 45;
    public const int OrientationCount = 7;

    /// <summary>One group every article is about and mentions, one term and one offer they are all filed under or report.</summary>
    public sealed class LongArchive : IDisposable
    {
        internal TestSite Site { get; }

        public LongArchive()
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["input/site.yml"] = MinimalSite.SiteYml + $"\npage_size: {PageSize}\n",
                ["input/groups/alpha.md"] = MinimalSite.GroupAlpha,
                ["input/terms/ceasefire.md"] = "---\nlabel: \"Ceasefire\"\ndefinition: \"A halt to fighting.\"\n---\n",
            };
            for (var i = 1; i <= ArticleCount; i++)
            {
                // Most on one day, so the day, month and year pages are long too; the rest spread over years.
                var published = i % 4 == 0 ? $"{2003 + i % 9}-0{1 + i % 9}-1{i % 9}" : "2006-05-06";
                files[$"input/articles/report-{i:D3}.md"] = $"""
                    ---
                    title: "Report number {i}"
                    kind: news
                    source: "Test Wire"
                    published: "{published}"
                    summary: "Report {i} on Alpha Brigade."
                    groups:
                      - alpha
                    offers:
                      - truce-01
                    terms:
                      - ceasefire
                    ---

                    Alpha Brigade said it would halt attacks, statement R{i:D3}X.
                    """;
            }
            for (var i = 1; i <= OfferCount; i++)
            {
                files[$"input/offers/truce-{i:D2}.md"] = $"""
                    ---
                    title: "Truce offer {i}"
                    date: "{2004 + i % 5}-0{1 + i % 8}"
                    form: conditional-offer
                    by:
                      - alpha
                    offered:
                      - "halt attacks"
                    terms:
                      - ceasefire
                    status: proposed
                    sources:
                      - article: report-{i:D3}
                        quote: "statement R{i:D3}X"
                    ---

                    An offer of the tests.
                    """;
            }
            for (var i = 1; i <= MemberCount; i++)
            {
                files[$"input/groups/member-{i:D2}.md"] = $"""
                    ---
                    name: "Member militia {i}"
                    kind: militia
                    orientation: "Orientation {i % OrientationCount}"
                    summary: "A member of Alpha Brigade."
                    member_of:
                      - alpha
                    ---
                    """;
            }
            Site = TestSite.Create(files);
            Site.BuildClean(allowWarnings: true);
        }

        public void Dispose() => Site.Dispose();
    }

    private readonly TestSite _site;

    public PaginationTests(LongArchive archive) => _site = archive.Site;

    [Fact]
    public void EveryPage_IsReachableFromHome()
    {
        var reachable = SiteLinks.ReachableFromHome(_site);
        var pages = _site.PageUrls().Where(u => u != "/404.html").ToList();

        Assert.Contains(pages, u => u.Contains("/page/", StringComparison.Ordinal));
        Assert.DoesNotContain(pages, p => !reachable.Contains(p));
    }

    [Fact]
    public void RelPrevNext_AgreeInThePageAndTheHead_BothWays()
    {
        var problems = new List<string>();
        foreach (var url in _site.PageUrls().Where(u => u.EndsWith('/')))
        {
            var page = _site.Page(url);
            foreach (var rel in new[] { "prev", "next" })
            {
                var head = page.QuerySelectorAll($"head link[rel={rel}]").Select(l => l.GetAttribute("href")).ToList();
                var body = page.QuerySelectorAll($"main a[rel={rel}]").Select(l => l.GetAttribute("href")).Distinct().ToList();
                if (head.Count > 1) problems.Add($"{url}: {head.Count} <link rel={rel}>");
                // Record pages name their neighbouring records with rel in the page only; split lists do both.
                if (head.Count == 1 && !body.SequenceEqual(head)) problems.Add($"{url}: <link rel={rel}> {head[0]} but <a rel={rel}> {string.Join(", ", body)}");
                if (head.Count == 1)
                {
                    var other = _site.Page(head[0]!).QuerySelector($"head link[rel={(rel == "prev" ? "next" : "prev")}]")?.GetAttribute("href");
                    if (other != url) problems.Add($"{url}: rel={rel} is {head[0]}, whose way back is {other ?? "missing"}");
                }
            }
        }
        Assert.Empty(problems);
    }

    public static TheoryData<string, int, string> Lists() => new()
    {
        { "/articles/", ArticleCount, "/articles/report-" },
        { "/offers/", OfferCount, "/offers/truce-" },
        { "/groups/alpha/articles/", ArticleCount, "/articles/report-" },
        { "/groups/alpha/offers-made/", OfferCount, "/offers/truce-" },
        { "/terms/ceasefire/offers/", OfferCount, "/offers/truce-" },
        { "/terms/ceasefire/articles/", ArticleCount, "/articles/report-" },
        { "/offers/truce-01/articles/", ArticleCount, "/articles/report-" },
        { "/groups/by/kind/militia/", MemberCount, "/groups/member-" },
        { "/groups/by/orientation/orientation-1/", Enumerable.Range(1, MemberCount).Count(i => i % OrientationCount == 1), "/groups/member-" },
        { "/groups/network/ties/", MemberCount, "/groups/member-" },
        { "/groups/alpha/members/", MemberCount, "/groups/member-" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void List_HasThePagesItsLengthNeeds_AndEveryItemOnce(string first, int items, string itemPrefix)
    {
        var chain = Chain(first);
        var listed = chain.SelectMany(u => ItemsOn(_site.Page(u), itemPrefix)).ToList();

        Assert.Equal((items + PageSize - 1) / PageSize, chain.Count);
        Assert.Equal(first + "page/2/", chain[1]);
        Assert.Equal(items, listed.Count);
        Assert.Equal(items, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.All(chain.Take(chain.Count - 1), u => Assert.Equal(PageSize, ItemsOn(_site.Page(u), itemPrefix).Count));
    }

    [Fact]
    public void DatePages_SplitLikeLists_AndKeepEveryEntry()
    {
        var day = Chain("/dates/2006/05/06/");
        var articles = day.SelectMany(u => ItemsOn(_site.Page(u), "/articles/report-")).ToList();
        var expected = Enumerable.Range(1, ArticleCount).Count(i => i % 4 != 0);

        Assert.Equal(expected, articles.Distinct(StringComparer.Ordinal).Count());
        Assert.True(day.Count >= expected / PageSize, $"the day page has {day.Count} pages");
        Assert.Contains("page 2 of", _site.Page(day[1]).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordPage_ShowsOnePageOfALongList_AndLinksToAllOfIt()
    {
        var group = _site.Page("/groups/alpha/");
        var section = group.GetElementById("articles")!;

        Assert.Equal(PageSize, section.QuerySelectorAll("ul.links > li").Length);
        var more = section.QuerySelector("p.more a")!;
        Assert.Equal("/groups/alpha/articles/", more.GetAttribute("href"));
        Assert.Contains(ArticleCount.ToString(CultureInfo.InvariantCulture), more.TextContent, StringComparison.Ordinal);
        var list = _site.Page("/groups/alpha/articles/page/2/");
        Assert.Contains(list.QuerySelectorAll("main p.up a, nav.breadcrumbs a"), a => a.GetAttribute("href") == "/groups/alpha/");
    }

    /// <summary>
    /// However many records the archive holds, a page lists at most a few page sizes of links: six lists on a group
    /// page, plus the fixed navigation (months of a year, days of a month, page numbers). The fixture's lists are many
    /// times longer, so a list left whole breaks the bound.
    /// </summary>
    [Fact]
    public void NoPage_ListsMoreThanABoundSetByThePageSize()
    {
        const int bound = 6 * PageSize + 45;
        Assert.True(ArticleCount > bound, "the fixture must be long enough for the bound to mean something");

        var over = _site.PageUrls().Where(u => u.EndsWith('/'))
            .Select(u => (Url: u, Items: _site.Page(u).QuerySelectorAll("main li").Length))
            .Where(x => x.Items > bound)
            .Select(x => $"{x.Url}: {x.Items} list items")
            .ToList();
        Assert.Empty(over);
    }

    [Fact]
    public void GroupsIndex_ShowsAPageOfEachList_AndLinksToAllOfIt()
    {
        var index = _site.Page("/groups/");
        var militias = index.GetElementById("militia")!;
        var orientations = index.QuerySelectorAll("main section h2").Where(h => h.TextContent.StartsWith("Orientation: ", StringComparison.Ordinal)).ToList();
        var more = index.QuerySelectorAll("main p.more a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent, StringComparer.Ordinal);

        Assert.Equal(PageSize, militias.QuerySelectorAll("ul.links > li").Length);
        Assert.Equal(PageSize, orientations.Count);
        Assert.Equal(PageSize, index.QuerySelectorAll("main ul.ties > li").Length);
        Assert.Contains($"All {MemberCount} groups", more["/groups/by/kind/militia/"], StringComparison.Ordinal);
        Assert.Contains($"All {OrientationCount} orientations", more["/groups/by/orientation/"], StringComparison.Ordinal);
        Assert.Contains($"All {MemberCount} ties", more["/groups/network/ties/"], StringComparison.Ordinal);
        // Alpha Brigade is the only armed group: its section is whole and links nowhere else.
        Assert.Null(index.GetElementById("armed-group")!.QuerySelector("p.more"));
    }

    /// <summary>Alpha Brigade has more members than its drawing has boxes: the ties in words are the ties drawn, not every member.</summary>
    [Fact]
    public void GroupPage_TiesInWords_AreTheTiesItsDrawingShows()
    {
        Assert.True(MemberCount + 1 > Archive.Rendering.Figures.NetworkFigure.MaxNodes, "the fixture must have more groups than a drawing shows");
        var alpha = _site.Page("/groups/alpha/");
        var drawn = alpha.QuerySelectorAll("svg.network-wide g.tie > title").Select(t => t.TextContent.Trim()).ToList();
        var words = alpha.QuerySelectorAll("details.figure-list ul.ties > li").Select(li => li.TextContent.Trim()).ToList();

        Assert.Equal(Archive.Rendering.Figures.NetworkFigure.MaxNodes - 1, drawn.Count);
        Assert.Equal(drawn.Order(StringComparer.Ordinal), words.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Orientations_SplitIntoPagesOfOrientations_AndKeepEveryOne()
    {
        var chain = Chain("/groups/by/orientation/");
        var titles = chain.SelectMany(u => _site.Page(u).QuerySelectorAll("main section h2").Select(h => h.TextContent.Trim())).ToList();
        var expected = Enumerable.Range(0, OrientationCount).Select(n => $"Orientation: Orientation {n}").ToList();

        Assert.Equal((OrientationCount + PageSize - 1) / PageSize, chain.Count);
        Assert.Equal(expected, titles);
    }

    [Fact]
    public void Home_ShowsAPageOfEachKind_AndLinksToAllOfIt()
    {
        var militias = _site.Page("/").QuerySelectorAll("main .kind").Single(k => k.QuerySelector("h3")!.TextContent == "Militias");

        Assert.Equal(PageSize, militias.QuerySelectorAll("p:not(.more) a").Length);
        Assert.Equal("/groups/by/kind/militia/", militias.QuerySelector("p.more a")!.GetAttribute("href"));
    }

    [Fact]
    public void Sitemap_ListsTheLaterPages()
    {
        var sitemap = File.ReadAllText(_site.OutputPath("/sitemap.xml"));

        Assert.Contains("<loc>https://example.org/articles/page/2/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/groups/alpha/articles/page/2/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void ListPages_AreNotSearchEntries()
    {
        Assert.Null(_site.Page("/articles/page/2/").QuerySelector("[data-pagefind-body]"));
        Assert.Null(_site.Page("/groups/alpha/articles/").QuerySelector("[data-pagefind-body]"));
    }

    /// <summary>A list's pages, by following rel="next" in the head from its first page.</summary>
    private List<string> Chain(string first)
    {
        var chain = new List<string> { first };
        while (_site.Page(chain[^1]).QuerySelector("head link[rel=next]")?.GetAttribute("href") is { } next)
        {
            Assert.DoesNotContain(next, chain);
            chain.Add(next);
        }
        return chain;
    }

    /// <summary>The records a page lists in its main lists (not the pager or the breadcrumbs).</summary>
    private static List<string> ItemsOn(IDocument page, string prefix) =>
        page.QuerySelectorAll("main ul.links > li > a:first-child, main table.offers th a")
            .Select(a => a.GetAttribute("href")!)
            .Where(h => h.StartsWith(prefix, StringComparison.Ordinal) && !h.Contains('#', StringComparison.Ordinal))
            .ToList();
}

/// <summary>A list no longer than a page is one page, with no pager: small archives look exactly as before.</summary>
public sealed class SinglePageListTests
{
    [Fact]
    public void ShortLists_HaveNoLaterPages_AndNoRelLinksInTheHead()
    {
        using var site = TestSite.Valid();
        site.BuildClean(allowWarnings: true);

        Assert.DoesNotContain(site.PageUrls(), u => u.Contains("/page/", StringComparison.Ordinal));
        Assert.All(site.PageUrls().Where(u => u.EndsWith('/')), u =>
        {
            var page = site.Page(u);
            Assert.Null(page.QuerySelector("head link[rel=prev], head link[rel=next], nav.pages, p.more"));
        });
    }
}
