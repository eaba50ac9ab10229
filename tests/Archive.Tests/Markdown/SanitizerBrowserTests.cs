using Archive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Archive.Tests.Markdown;

/// <summary>
/// The tricks that got past the old blocklist, tried in Debian's chromium: the raw markup really runs script there
/// (so the test can tell), and the same markup built into a page does nothing.
/// </summary>
public sealed class SanitizerBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private const string SvgAnimate =
        "<svg width=\"200\" height=\"40\"><a><animate attributeName=\"href\" values=\"javascript:alert('animate')\"/>" +
        "<text x=\"10\" y=\"20\" id=\"animate\">Click animate</text></a></svg>";

    private const string SvgSet =
        "<svg width=\"200\" height=\"40\"><a><set attributeName=\"href\" to=\"javascript:alert('set')\"/>" +
        "<text x=\"10\" y=\"20\" id=\"set\">Click set</text></a></svg>";

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"chromium is not installed at {ChromiumPath}; run `bash tests/run.sh`, which installs it");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
        });
        return (playwright, browser);
    }

    /// <summary>Opens <paramref name="url"/>, clicks the trick texts that are there, and returns every dialog a script opened.</summary>
    private static async Task<List<string>> DialogsAsync(IBrowser browser, string url)
    {
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        foreach (var id in new[] { "animate", "set" })
        {
            if (await page.QuerySelectorAsync($"#{id}") is { } text) await text.ClickAsync(new ElementHandleClickOptions { Timeout = 5000 });
        }
        await page.WaitForTimeoutAsync(200);
        await page.CloseAsync();
        return dialogs;
    }

    [Fact]
    public async Task Chromium_SvgAnimateAndSetTricks_RunRawButNotOnABuiltPage()
    {
        using var raw = TestSite.Folder();
        raw.Write("index.html", $"<!DOCTYPE html><html lang=\"en\"><head><title>raw</title></head><body>{SvgAnimate}{SvgSet}</body></html>");
        using var site = TestSite.Valid(f => f[ValidSite.About] += $"\n{SvgAnimate}\n\n{SvgSet}\n");
        site.BuildClean(allowWarnings: true);
        await using var rawServer = await StaticSiteServer.StartAsync(raw.Root);
        await using var siteServer = await StaticSiteServer.StartAsync(site.OutputDir);
        var (playwright, browser) = await LaunchAsync();
        try
        {
            Assert.Equal(["animate", "set"], await DialogsAsync(browser, new Uri(rawServer.Address, "/").ToString()));
            Assert.Empty(await DialogsAsync(browser, new Uri(siteServer.Address, "/about/").ToString()));
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    [Fact]
    public async Task Chromium_Plaintext_NoLongerSwallowsTheRestOfTheBuiltPage()
    {
        using var site = TestSite.Valid(f => f[ValidSite.About] += "\n<plaintext>\n\nAfter the tag.\n");
        site.BuildClean(allowWarnings: true);
        await using var server = await StaticSiteServer.StartAsync(site.OutputDir);
        var (playwright, browser) = await LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(new Uri(server.Address, "/about/").ToString());

            Assert.Equal(0, await page.EvaluateAsync<int>("document.getElementsByTagName('plaintext').length"));
            Assert.True(await page.EvaluateAsync<bool>("document.querySelector('footer') !== null"), "the page's footer was swallowed");
            var text = await page.EvaluateAsync<string>("document.body.innerText");
            Assert.Contains("After the tag.", text);
            Assert.DoesNotContain("</footer>", text);
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
