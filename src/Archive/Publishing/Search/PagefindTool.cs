using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Archive.Publishing.Search;

/// <summary>
/// Finds the Pagefind the archive pins, restoring it with <c>npm ci</c> when it is missing. The rule: the first
/// <c>package.json</c> that names <c>pagefind</c>, looking in the site folder and each folder above it, then beside the
/// program and each folder above that (a checkout's own <c>package.json</c> and <c>package-lock.json</c>). It never
/// installs anything else and never touches a <c>node_modules</c> that already holds Pagefind.
/// </summary>
public sealed class PagefindTool
{
    private const string Package = "pagefind";

    private PagefindTool(string packageDir, string runner)
    {
        PackageDir = packageDir;
        Runner = runner;
    }

    /// <summary>The folder holding the <c>package.json</c> that pins Pagefind.</summary>
    public string PackageDir { get; }

    /// <summary>Pagefind's command-line entry point (<c>node_modules/pagefind/lib/runner/bin.cjs</c>), run with node.</summary>
    public string Runner { get; }

    /// <summary>The tool, restored if need be; or why it cannot be had, with what to do.</summary>
    public static (PagefindTool? Tool, string? Problem, string? Hint) Locate(string siteRoot, TimeSpan restoreTimeout)
    {
        var packageDir = FindPackageDir(siteRoot) ?? FindPackageDir(AppContext.BaseDirectory);
        if (packageDir is null)
        {
            return (null, "no package.json that names pagefind was found above the site folder or the program",
                "run the build from a checkout of the archive (its package.json pins pagefind), or build with --no-search");
        }
        var runner = Path.Combine(packageDir, "node_modules", Package, "lib", "runner", "bin.cjs");
        if (Which("node") is null)
        {
            return (null, "Node.js is not installed, and Pagefind runs on it",
                "install Node.js 18 or newer (Debian: apt-get install nodejs npm) and build again, or build with --no-search");
        }
        if (!File.Exists(runner))
        {
            if (!File.Exists(Path.Combine(packageDir, "package-lock.json")))
            {
                return (null, $"Pagefind is not installed in {packageDir} and there is no package-lock.json to restore it from",
                    $"run `npm install` in {packageDir}, or build with --no-search");
            }
            var restore = Restore(packageDir, restoreTimeout);
            if (restore is not null || !File.Exists(runner))
            {
                return (null, $"Pagefind could not be restored with `npm ci` in {packageDir}: {restore ?? "it did not install pagefind"}",
                    $"run `npm ci` in {packageDir} and read its errors, or build with --no-search");
            }
        }
        return (new PagefindTool(packageDir, runner), null, null);
    }

    private static string? FindPackageDir(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "package.json");
            if (File.Exists(file) && NamesPagefind(file)) return dir.FullName;
        }
        return null;
    }

    private static bool NamesPagefind(string packageJson)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(packageJson));
            return new[] { "dependencies", "devDependencies" }.Any(section =>
                doc.RootElement.TryGetProperty(section, out var deps) && deps.ValueKind == JsonValueKind.Object && deps.TryGetProperty(Package, out _));
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Runs <c>npm ci</c> once at a time per folder (builds may run side by side); null when it succeeded.</summary>
    private static string? Restore(string packageDir, TimeSpan timeout)
    {
        if (Which("npm") is not { } npm) return "npm is not installed (Debian: apt-get install npm)";
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(packageDir)))[..16];
        using var held = TakeLock(Path.Combine(Path.GetTempPath(), $"archive-npm-ci-{key}.lock"), timeout);
        // Another build may have restored it while this one waited.
        if (File.Exists(Path.Combine(packageDir, "node_modules", Package, "lib", "runner", "bin.cjs"))) return null;
        var run = ProcessRun.Start(npm, ["ci", "--no-audit", "--no-fund"], packageDir, timeout, CancellationToken.None);
        return run.ExitCode == 0 ? null : run.Describe("npm ci");
    }

    private static FileStream? TakeLock(string path, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < timeout)
            {
                Thread.Sleep(200);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Without the lock a restore may race another; npm then fails and says so.
                return null;
            }
        }
    }

    /// <summary>The full path of a program on PATH, or null.</summary>
    internal static string? Which(string program)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in OperatingSystem.IsWindows() ? new[] { program + ".exe", program + ".cmd" } : [program])
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
