using Archive.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Archive.Tests.Rendering.Theme;

/// <summary>
/// The seed archive in the default theme, as a reader's browser shows it: Debian's chromium driven by Playwright
/// (never a downloaded browser), at desktop and phone sizes, with screenshots kept for people to look at.
/// </summary>
public sealed class DefaultThemeBrowserTests : IClassFixture<DefaultThemeBrowserTests.Browser>
{
    /// <summary>The seed archive built, served and open in one headless chromium for the whole class.</summary>
    public sealed class Browser() : SiteInChromium(TestSite.CopyOf(RepoRoot.SeedInput));

    private readonly Browser _browser;
    private readonly ITestOutputHelper _output;

    public DefaultThemeBrowserTests(Browser browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    public static IEnumerable<object[]> PagesAndSizes()
    {
        // The three evidence-heaviest records of the seed too: qualified ties, disputes side by side, one passage quoted five times.
        foreach (var page in new[] { "home", "group", "offer", "article", "month", "offer-2020", "group-kh", "article-ap" })
        {
            yield return [page, 1280, 900];
            yield return [page, 390, 844];
        }
    }

    /// <summary>A page of each kind from the seed archive, chosen from what was published.</summary>
    private string UrlFor(string kind)
    {
        var urls = _browser.Site.PageUrls();
        string First(Func<string, bool> match) => urls.Where(match).Order(StringComparer.Ordinal).First();
        return kind switch
        {
            "home" => "/",
            "group" => First(u => u.StartsWith("/groups/", StringComparison.Ordinal) && u.Length > "/groups/".Length),
            "offer" => First(u => u.StartsWith("/offers/", StringComparison.Ordinal) && u.Length > "/offers/".Length),
            "article" => First(u => u.StartsWith("/articles/", StringComparison.Ordinal) && u.Length > "/articles/".Length),
            "month" => First(u => u.StartsWith("/dates/", StringComparison.Ordinal) && u.Count(c => c == '/') == 4),
            "offer-2020" => "/offers/2020-10-iran-backed-factions-conditional-truce/",
            "group-kh" => "/groups/kataib-hezbollah/",
            "article-ap" => "/articles/abc-ap-2020-iran-backed-militias-offer-truce/",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    [Theory]
    [MemberData(nameof(PagesAndSizes))]
    public async Task Page_InViewport_ShowsHeadingWithoutHorizontalOverflow(string kind, int width, int height)
    {
        Assert.True(_browser.StartupProblem is null, _browser.StartupProblem);
        var url = UrlFor(kind);
        await using var context = await _browser.Chromium!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);

        var response = await page.GotoAsync(new Uri(_browser.Address, url).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        Assert.Equal(200, response!.Status);
        Assert.True(await page.Locator("h1").IsVisibleAsync(), $"{url}: the h1 is not visible at {width}×{height}");
        var stylesheetApplied = await page.EvaluateAsync<bool>("() => getComputedStyle(document.body).margin === '0px' || document.styleSheets.length > 0");
        Assert.True(stylesheetApplied, $"{url}: the stylesheet did not load");
        var (scrollWidth, innerWidth) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        _output.WriteLine($"{url} at {width}×{height}: scrollWidth {scrollWidth}, innerWidth {innerWidth}");
        if (width < 500)
        {
            Assert.True(scrollWidth <= innerWidth, $"{url}: the page is {scrollWidth}px wide in a {innerWidth}px viewport");
        }
        Assert.Empty(failed);

        var file = Path.Combine(SiteInChromium.ScreenshotDir, $"{kind}-{width}x{height}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        _output.WriteLine($"screenshot: {file}");
        Assert.True(new FileInfo(file).Length > 1000);
    }
}
