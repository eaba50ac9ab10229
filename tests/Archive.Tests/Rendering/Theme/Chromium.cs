using Microsoft.Playwright;

namespace Archive.Tests.Rendering.Theme;

/// <summary>Debian's chromium, driven by Playwright (never a downloaded browser build), headless and offline.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static string? Missing => File.Exists(Path) ? null : $"chromium is not installed at {Path}; run `bash tests/run.sh`, which installs it from Debian's packages";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Path,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
    });
}
