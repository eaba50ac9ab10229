using System.CommandLine;

namespace Archive.Cli;

/// <summary>Options shared by the commands that read a site.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo?> Source() => new("--source", "-s")
    {
        Description = "The archive folder, holding input/ and optionally themes/ (default: the current folder).",
    };

    public static Option<bool> Drafts() => new("--drafts") { Description = "Include records marked `draft: true`." };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Print per-stage timings and every warning." };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print errors only." };

    public static string SiteRoot(DirectoryInfo? source) => Path.GetFullPath(source?.FullName ?? Directory.GetCurrentDirectory());
}
