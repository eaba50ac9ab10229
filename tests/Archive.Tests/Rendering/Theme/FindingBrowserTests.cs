using Archive.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Archive.Tests.Rendering.Theme;

/// <summary>
/// How readers find things in the seed archive, in Debian's chromium: search (Pagefind index built by the build) for an
/// alias and an Arabic name, facets that narrow, a term page, a timeline mark, the offers explorer and its CSV,
/// the keyboard alone, axe-core on the finding pages, and screenshots at desktop and phone sizes.
/// </summary>
public sealed class FindingBrowserTests : IClassFixture<FindingBrowserTests.Browser>
{
    /// <summary>The seed archive built with its search index, served and open in one headless chromium.</summary>
    public sealed class Browser() : SiteInChromium(TestSite.CopyOf(RepoRoot.SeedInput), search: true);

    private readonly Browser _browser;
    private readonly ITestOutputHelper _output;

    public FindingBrowserTests(Browser browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    private async Task<IPage> Open(string url, int width = 1280, int height = 900, bool downloads = false, Func<IPage, Task>? before = null)
    {
        Assert.True(_browser.StartupProblem is null, _browser.StartupProblem);
        var context = await _browser.Chromium!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = downloads,
        });
        var page = await context.NewPageAsync();
        // What is tested is where the reader gets, not how fast: on a shared 2-core machine under load, Playwright's
        // 30 s default has run out while a click waited for the page to settle.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        page.Console += (_, m) => _output.WriteLine($"console {m.Type}: {m.Text}");
        if (before is not null) await before(page);
        var response = await page.GotoAsync(new Uri(_browser.Address, url).ToString(),
            new PageGotoOptions { WaitUntil = before is null ? WaitUntilState.Load : WaitUntilState.DOMContentLoaded });
        Assert.Equal(200, response!.Status);
        return page;
    }

    /// <summary>Waits for the search page's status line to report results, and returns the result titles.</summary>
    private static async Task<IReadOnlyList<string>> Results(IPage page)
    {
        // The status line is written before the results arrive; wait for both (or for a search that found nothing, or
        // for the prompt of a search box left empty).
        await page.WaitForFunctionAsync("() => /^0 results|^Type a name/.test(document.querySelector('#search-status').textContent) || document.querySelector('[data-search-results] .result')");
        return await page.Locator("[data-search-results] .result h3 a").AllInnerTextsAsync();
    }

    [Theory]
    [InlineData("Hezbollah Brigades")]
    [InlineData("Kata'ib Hizballah")]
    [InlineData("كتائب حزب الله")]
    [InlineData("كتائب")]
    [InlineData("حزب الله")]
    public async Task Search_AliasOrArabicName_FindsTheGroup(string query)
    {
        var page = await Open("/search/?q=" + Uri.EscapeDataString(query));

        var titles = await Results(page);

        Assert.Contains(titles, t => t.StartsWith("Kataib Hezbollah", StringComparison.Ordinal));
        Assert.Equal(query, await page.InputValueAsync("#search-q"));
    }

    [Theory]
    [InlineData("كتائب حزب الله")]
    [InlineData("Kata'ib Hizballah")]
    public async Task Search_FullNameTypedWhileTheIndexLoads_IsSearchedWhole(string name)
    {
        // The reader is quicker than the index: Pagefind is held back until the whole name is in the box.
        var release = new TaskCompletionSource();
        var page = await Open("/search/", before: p => p.RouteAsync("**/pagefind/pagefind.js", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        }));
        await page.FocusAsync("#search-q");
        await page.Keyboard.TypeAsync(name);
        release.SetResult();

        var titles = await Results(page);

        Assert.Contains(titles, t => t.StartsWith("Kataib Hezbollah", StringComparison.Ordinal));
        Assert.Equal(name, await page.InputValueAsync("#search-q"));
        Assert.Equal(name, System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["q"]);
    }

    [Fact]
    public async Task Search_YearFacet_NarrowsResultsAndPutsItInTheAddress()
    {
        var page = await Open("/search/?q=" + Uri.EscapeDataString("Kataib Hezbollah"));
        var before = await Results(page);

        await page.Locator("[data-search-facets] input[name=year][value='2020']").CheckAsync();
        await page.WaitForFunctionAsync("() => /narrowed to Year: 2020/.test(document.querySelector('#search-status').textContent)");
        var after = await page.Locator("[data-search-results] .result h3 a").AllInnerTextsAsync();

        _output.WriteLine($"{before.Count} results, {after.Count} in 2020");
        Assert.True(after.Count > 0 && after.Count < before.Count, $"{before.Count} before, {after.Count} after the facet");
        Assert.Contains("year=2020", page.Url, StringComparison.Ordinal);
        Assert.Contains(before, t => t.StartsWith("Kataib Hezbollah", StringComparison.Ordinal));
        Assert.DoesNotContain(after, t => t.StartsWith("Kataib Hezbollah", StringComparison.Ordinal));
        Assert.Contains(after, t => t.StartsWith("Iran-backed factions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_OneSearchOneFacet_FindsEverythingAboutKataibHezbollahIn2020()
    {
        var page = await Open("/search/?q=" + Uri.EscapeDataString("Kataib Hezbollah") + "&year=2020");

        var titles = await Results(page);

        Assert.Equal(3, titles.Count);
        Assert.Contains("Iran-backed factions' conditional truce on attacks against U.S. forces", titles);
        Assert.Contains("Iran-Backed Militias Offer Truce For U.S. Pullout From Iraq", titles);
        Assert.All(await page.Locator("[data-search-results] .excerpt").AllInnerTextsAsync(), e => Assert.False(string.IsNullOrWhiteSpace(e)));
    }

    [Fact]
    public async Task Keyboard_TabFromTop_ReachesSearchBoxThenTheResults()
    {
        var page = await Open("/");
        string? focused = null;
        for (var i = 0; i < 30 && focused != "site-search-q"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string?>("() => document.activeElement?.id");
        }
        Assert.Equal("site-search-q", focused);

        await page.Keyboard.TypeAsync("Khalilzad");
        await page.Keyboard.PressAsync("Enter");
        // Arriving is what is tested, not how fast every image and script of the next page loads on a busy machine.
        await page.WaitForURLAsync("**/search/?q=Khalilzad", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Results(page);
        string? href = null;
        for (var i = 0; i < 40 && href is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            href = await page.EvaluateAsync<string?>("() => document.activeElement?.closest('.result') ? document.activeElement.getAttribute('href') : null");
        }
        Assert.NotNull(href);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**" + href, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
    }

    [Fact]
    public async Task TermPage_WithdrawalTimetable_ListsItsOffersTwoClicksFromHome()
    {
        var page = await Open("/");

        await page.Locator(".home-terms").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Withdrawal timetable") }).ClickAsync();
        await page.WaitForURLAsync("**/terms/withdrawal-timetable/");
        var offers = await page.Locator("#offers ul.links li > a:first-child").AllInnerTextsAsync();

        Assert.Equal(
            ["Eleven Sunni insurgent groups offer to halt attacks for a two-year withdrawal timetable", "Iran-backed factions' conditional truce on attacks against U.S. forces"],
            offers);
    }

    [Fact]
    public async Task Timeline_Mark_NavigatesToItsOffer()
    {
        var page = await Open("/dates/");
        var mark = page.Locator("#timeline svg a[href='/offers/2006-06-eleven-sunni-groups-withdrawal-timetable-offer/']");
        Assert.Contains("June 28, 2006", await mark.Locator("title").TextContentAsync());

        await mark.ClickAsync();

        await page.WaitForURLAsync("**/offers/2006-06-eleven-sunni-groups-withdrawal-timetable-offer/", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Contains("two-year withdrawal timetable", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Explorer_FilterByGroup_ShowsItsOffersAndDownloadsThemAsCsv()
    {
        var page = await Open("/offers/", downloads: true);
        var all = await page.Locator("table.offers tbody tr:visible").CountAsync();

        await page.SelectOptionAsync("select[name=group]", "kataib-hezbollah");
        var shown = await page.Locator("table.offers tbody tr:visible th a").AllInnerTextsAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("CSV") }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);

        Assert.Equal(5, all);
        Assert.Equal(["Iran-backed factions' conditional truce on attacks against U.S. forces"], shown);
        Assert.Contains("group=kataib-hezbollah", page.Url, StringComparison.Ordinal);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,title,url,by,to,via,form,status,terms", lines[0]);
        Assert.Equal(2, lines.Length);
        // The title holds an apostrophe only; the by list holds no comma; the terms are joined by semicolons.
        Assert.StartsWith("2020-10-10,Iran-backed factions' conditional truce on attacks against U.S. forces,https://", lines[1], StringComparison.Ordinal);
        Assert.Contains("Kataib Hezbollah", lines[1], StringComparison.Ordinal);
        Assert.Contains("Halt to attacks on foreign forces; Withdrawal timetable; Mediated talks", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explorer_TermInAddress_FiltersOnArrival()
    {
        var page = await Open("/offers/?term=withdrawal");

        var shown = await page.Locator("table.offers tbody tr:visible").CountAsync();

        Assert.Equal(3, shown);
        Assert.StartsWith("3 of 5 offers", await page.Locator("[data-explorer-status]").InnerTextAsync(), StringComparison.Ordinal);
    }

    public static TheoryData<string> AxePages() => new() { "/", "/search/?q=Kataib", "/offers/", "/terms/withdrawal-timetable/", "/terms/", "/dates/", "/groups/", "/groups/kataib-hezbollah/" };

    [Theory]
    [MemberData(nameof(AxePages))]
    public async Task Axe_FindingPage_HasNoSeriousOrCriticalViolation(string url)
    {
        var page = await Open(url);
        if (url.StartsWith("/search/", StringComparison.Ordinal)) await Results(page);

        AxeResult result = await page.RunAxe();

        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(bad.Count == 0, $"{url}:\n" + string.Join('\n', bad));
    }

    public static TheoryData<string, string, int> ScreenshotPages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (name, url) in new[] { ("search", "/search/?q=Kataib%20Hezbollah"), ("offers", "/offers/"), ("timeline", "/dates/"), ("groups", "/groups/"), ("term", "/terms/withdrawal-timetable/"), ("home-finding", "/") })
        {
            data.Add(name, url, 1280);
            data.Add(name, url, 390);
        }
        return data;
    }

    [Theory]
    [InlineData(1280, "network-wide")]
    [InlineData(390, "network-narrow")]
    public async Task Network_OneDrawingShows_TheOneMadeForTheScreenWidth(int width, string shown)
    {
        var page = await Open("/groups/", width);

        var visible = new List<string>();
        foreach (var svg in await page.Locator("svg.network-figure").AllAsync())
        {
            if (await svg.IsVisibleAsync()) visible.Add(await svg.GetAttributeAsync("class") ?? "");
        }

        var only = Assert.Single(visible);
        Assert.Contains(shown, only, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ScreenshotPages))]
    public async Task Screenshot_FindingPage_FitsTheViewport(string name, string url, int width)
    {
        var page = await Open(url, width, width < 500 ? 844 : 900);
        if (name == "search") await Results(page);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var file = Path.Combine(SiteInChromium.ScreenshotDir, $"finding-{name}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        _output.WriteLine($"screenshot: {file}");

        Assert.True(scrollWidth <= width, $"{url} is {scrollWidth}px wide in a {width}px viewport");
    }
}
