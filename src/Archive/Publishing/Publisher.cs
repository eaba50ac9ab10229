namespace Archive.Publishing;

/// <summary>
/// Stage 4, the only code that writes the site to disk. Everything goes into a fresh folder beside the
/// output folder, which then replaces it, so readers (and a failed or interrupted build) never see a half-written site.
/// </summary>
public static class Publisher
{
    private const string StagingPrefix = ".output-new-";
    private const string RetiredPrefix = ".output-old-";

    /// <summary>Writes <paramref name="files"/> as the new content of <paramref name="outputDir"/>.</summary>
    /// <param name="staged">
    /// Called with the staging folder once every file is in it, before the swap (the search index is built there); what
    /// it adds is published with the site, and an exception from it abandons the publish.
    /// </param>
    public static void Publish(string outputDir, IEnumerable<OutputFile> files, Action<string>? staged = null)
    {
        outputDir = Path.GetFullPath(outputDir);
        var parent = Path.GetDirectoryName(outputDir)!;
        Directory.CreateDirectory(parent);
        Recover(outputDir);

        var stamp = Guid.NewGuid().ToString("N")[..12];
        var staging = Path.Combine(parent, StagingPrefix + Path.GetFileName(outputDir) + "-" + stamp);
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var target = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Content);
            }
            staged?.Invoke(staging);
            Swap(staging, outputDir, Path.Combine(parent, RetiredPrefix + Path.GetFileName(outputDir) + "-" + stamp));
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static void Swap(string staging, string outputDir, string retired)
    {
        if (Directory.Exists(outputDir))
        {
            Directory.Move(outputDir, retired);
            Directory.Move(staging, outputDir);
            Directory.Delete(retired, recursive: true);
        }
        else
        {
            Directory.Move(staging, outputDir);
        }
    }

    /// <summary>
    /// Repairs what an interrupted earlier build left: if it was stopped between the two renames of a swap,
    /// the previous site is put back; unfinished staging folders are removed.
    /// </summary>
    public static void Recover(string outputDir)
    {
        outputDir = Path.GetFullPath(outputDir);
        var parent = Path.GetDirectoryName(outputDir)!;
        if (!Directory.Exists(parent)) return;
        var name = Path.GetFileName(outputDir);
        var retired = Directory.GetDirectories(parent, RetiredPrefix + name + "-*");
        if (!Directory.Exists(outputDir) && retired.Length > 0)
        {
            Directory.Move(retired.OrderByDescending(Directory.GetLastWriteTimeUtc).First(), outputDir);
        }
        foreach (var leftover in Directory.GetDirectories(parent, RetiredPrefix + name + "-*")
                     .Concat(Directory.GetDirectories(parent, StagingPrefix + name + "-*")))
        {
            Directory.Delete(leftover, recursive: true);
        }
    }
}
