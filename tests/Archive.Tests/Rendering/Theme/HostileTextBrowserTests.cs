using Archive.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Archive.Tests.Rendering.Theme;

/// <summary>The hostile site of <see cref="HostileTextTests"/> in a real browser: no script of an editor's runs on any page.</summary>
public sealed class HostileTextBrowserTests : IClassFixture<HostileTextBrowserTests.Browser>
{
    public sealed class Browser() : SiteInChromium(TestSite.Valid(HostileTextTests.Change));

    private readonly Browser _browser;
    private readonly ITestOutputHelper _output;

    public HostileTextBrowserTests(Browser browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    [Fact]
    public async Task EveryPage_InChromium_RunsNoEditorScriptAndShowsNoInjectedElement()
    {
        Assert.True(_browser.StartupProblem is null, _browser.StartupProblem);
        var page = await _browser.Chromium!.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"{page.Url}: {dialog.Message}");
            await dialog.DismissAsync();
        };

        var injected = new List<string>();
        foreach (var url in _browser.Site.PageUrls())
        {
            await page.GotoAsync(new Uri(_browser.Address, url).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var count = await page.EvaluateAsync<int>("() => document.querySelectorAll('x-hostile, [data-hostile]').length");
            if (count > 0) injected.Add($"{url}: {count} injected elements");
        }

        Assert.Empty(dialogs);
        Assert.Empty(injected);
        var file = Path.Combine(SiteInChromium.ScreenshotDir, "hostile-group-1280.png");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(new Uri(_browser.Address, "/groups/northern-brigade/").ToString());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        _output.WriteLine($"screenshot: {file}");
    }
}
