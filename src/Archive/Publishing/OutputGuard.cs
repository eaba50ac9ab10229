using Archive.Platform;

namespace Archive.Publishing;

/// <summary>
/// Decides whether a folder may become the output of a build, before anything is built or written. The output is
/// replaced whole, so it must not be (or hold, or sit inside) the editors' sources, and it must be a folder this
/// program wrote, recognised by <see cref="Marker"/>, unless the caller forces it.
/// </summary>
public static class OutputGuard
{
    /// <summary>The file every published site holds, so a later build knows the folder is its own to replace.</summary>
    public const string Marker = ".archive-output";

    /// <summary>The problem with publishing <paramref name="siteRoot"/> into <paramref name="outputDir"/>, or null when there is none.</summary>
    public static PublishProblem? Check(string siteRoot, string outputDir, bool force)
    {
        var output = Posix.RealPath(outputDir);
        var site = Posix.RealPath(siteRoot);
        var shown = Path.GetFullPath(outputDir);

        if (Path.GetPathRoot(output) == output)
        {
            return Refuse(shown, $"{shown} is the root of the file system; the build replaces its output folder whole",
                "pass --output a folder of its own, e.g. --output output");
        }
        if (Same(output, site) || Inside(site, output))
        {
            return Refuse(shown, $"the output folder {shown} {(Same(output, site) ? "is" : "contains")} the archive folder {site}; " +
                                 "publishing would replace input/ and themes/ with the built site",
                "leave out --output to build into output/, or name a new folder such as --output output");
        }
        foreach (var source in new[] { "input", "themes" })
        {
            var folder = Posix.RealPath(Path.Combine(siteRoot, source));
            var relation = Same(output, folder) ? "is" : Inside(output, folder) ? "lies inside" : Inside(folder, output) ? "contains" : null;
            if (relation is null) continue;
            return Refuse(shown, $"the output folder {shown} {relation} {source}/, which holds the archive's sources; publishing would delete them",
                "leave out --output to build into output/, or name a folder outside input/ and themes/");
        }
        return CheckExisting(shown, force);
    }

    /// <summary>The part of <see cref="Check"/> that looks only at the folder itself (the publisher repeats it under its lock).</summary>
    public static PublishProblem? CheckExisting(string outputDir, bool force)
    {
        if (File.Exists(outputDir))
        {
            return Refuse(outputDir, $"{outputDir} is a file, not a folder; the build writes a folder of pages there",
                "pass --output a folder name, or move the file away");
        }
        if (!Directory.Exists(outputDir) || force || File.Exists(Path.Combine(outputDir, Marker))) return null;
        if (!Directory.EnumerateFileSystemEntries(outputDir).Any()) return null;
        return Refuse(outputDir, $"{outputDir} already holds files that no build of this archive wrote (it has no {Marker} file); " +
                                 "the build replaces its output folder whole, so they would be deleted",
            "choose an empty or new folder for --output, or pass --force to replace this folder and everything in it " +
            "(an output written by an older version of this program needs --force once)");
    }

    private static PublishProblem Refuse(string path, string message, string hint) => new(path, message, hint, Refused: true);

    private static bool Same(string a, string b) => string.Equals(Trim(a), Trim(b), PathComparison);

    /// <summary>Whether <paramref name="inner"/> lies strictly inside <paramref name="outer"/>.</summary>
    private static bool Inside(string inner, string outer)
    {
        var prefix = Trim(outer) + Path.DirectorySeparatorChar;
        return Trim(inner).StartsWith(prefix, PathComparison) || Path.GetPathRoot(outer) == outer && !Same(inner, outer);
    }

    private static string Trim(string path) =>
        Path.GetPathRoot(path) == path ? path : path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
