using Archive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Archive.Tests.Rendering.Theme;

/// <summary>
/// The offers explorer when the list is split into pages (the seed at two offers a page: three pages): opened on any
/// page, it gathers the rows of every page and filters all the offers, in Debian's chromium.
/// </summary>
public sealed class PagedExplorerBrowserTests : IClassFixture<PagedExplorerBrowserTests.Browser>
{
    public sealed class Browser() : SiteInChromium(Paged());

    private static TestSite Paged()
    {
        var site = TestSite.CopyOf(RepoRoot.SeedInput);
        site.Write("input/site.yml", site.Read("input/site.yml") + "\npage_size: 2\n");
        return site;
    }

    private readonly Browser _browser;

    public PagedExplorerBrowserTests(Browser browser) => _browser = browser;

    private async Task<IPage> Open(string url)
    {
        Assert.True(_browser.StartupProblem is null, _browser.StartupProblem);
        var page = await (await _browser.Chromium!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } })).NewPageAsync();
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        var response = await page.GotoAsync(new Uri(_browser.Address, url).ToString());
        Assert.Equal(200, response!.Status);
        return page;
    }

    [Theory]
    [InlineData("/offers/")]
    [InlineData("/offers/page/2/")]
    [InlineData("/offers/page/3/")]
    public async Task Explorer_OnAnyPageOfOffers_GathersEveryPageAndFiltersAllOffers(string url)
    {
        var page = await Open(url);
        var onThisPage = _browser.Site.Page(url).QuerySelectorAll("table.offers tbody tr").Length;
        await page.Locator("[data-explorer] form").WaitForAsync();

        var all = await page.Locator("table.offers tbody tr:visible").CountAsync();
        await page.SelectOptionAsync("select[name=group]", "kataib-hezbollah");
        var shown = await page.Locator("table.offers tbody tr:visible th a").AllInnerTextsAsync();

        Assert.InRange(onThisPage, 1, 2);
        Assert.Equal(5, all);
        Assert.Equal(["Iran-backed factions' conditional truce on attacks against U.S. forces"], shown);
        Assert.StartsWith("1 of 5 offers", await page.Locator("[data-explorer-status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-pages]").IsHiddenAsync());
    }

    [Fact]
    public async Task Explorer_WhileOtherPagesAreStillComing_KeepsItsControlsHidden()
    {
        Assert.True(_browser.StartupProblem is null, _browser.StartupProblem);
        var context = await _browser.Chromium!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        var held = new TaskCompletionSource();
        var asked = new TaskCompletionSource();
        await page.RouteAsync("**/offers/page/**", async route =>
        {
            asked.TrySetResult();
            await held.Task;
            await route.ContinueAsync();
        });

        await page.GotoAsync(new Uri(_browser.Address, "/offers/").ToString());
        await asked.Task.WaitAsync(TimeSpan.FromSeconds(90));
        var controlsWhileHeld = await page.Locator("[data-explorer-controls]").IsVisibleAsync();
        var downloadWhileHeld = await page.Locator("[data-explorer-download]").IsVisibleAsync();
        held.SetResult();
        await page.Locator("[data-explorer-controls]").WaitForAsync();

        Assert.False(controlsWhileHeld);
        Assert.False(downloadWhileHeld);
        Assert.Equal(5, await page.Locator("table.offers tbody tr:visible").CountAsync());
    }
}
