using Archive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Archive.Tests.Rendering.Theme;

/// <summary>
/// A fixture site built, served on 127.0.0.1 and open in one headless chromium for a whole test class:
/// Debian's chromium driven by Playwright, never a downloaded browser build.
/// </summary>
public abstract class SiteInChromium : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private StaticSiteServer? _server;

    private readonly bool _search;

    /// <param name="search">Build the search index too; the fixture fails when it could not be built.</param>
    internal SiteInChromium(TestSite site, bool search = false)
    {
        Site = site;
        _search = search;
    }

    internal TestSite Site { get; }

    public IBrowser? Chromium { get; private set; }

    public Uri Address => _server!.Address;

    /// <summary>Why the browser could not start (chromium missing), for the tests to fail with.</summary>
    public string? StartupProblem { get; private set; }

    public static string ScreenshotDir { get; } = Path.Combine(RepoRoot.Path, "tests", "Archive.Tests", "bin", "screenshots");

    public async Task InitializeAsync()
    {
        var built = Site.BuildClean(allowWarnings: true, search: _search);
        if (_search && built.Search is not { Built: true })
        {
            StartupProblem = $"the search index was not built: {built.Search?.Problem} ({built.Search?.Hint})";
        }
        _server = await StaticSiteServer.StartAsync(Site.OutputDir);
        if (!File.Exists(ChromiumPath))
        {
            StartupProblem = $"chromium is not installed at {ChromiumPath}; run `bash tests/run.sh`, which installs it from Debian's packages";
            return;
        }
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null) await Chromium.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        Site.Dispose();
    }
}
