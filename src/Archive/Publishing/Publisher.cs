using System.Text.RegularExpressions;
using Archive.Platform;

namespace Archive.Publishing;

/// <summary>
/// Stage 5, the only code that writes the site to disk. Under a lock that admits one build per output folder,
/// everything goes into a fresh staging folder beside the output, which then takes the output's place in one step
/// (an atomic exchange on Linux, two renames elsewhere). Readers, a failed build and a killed build therefore never
/// see a half-written site, and what an interrupted build left is repaired at the start of the next. A file whose bytes
/// equal the published one is not written again: the published file is hard-linked into the staging folder, so it keeps
/// its inode and modification time, and only changed files are new after the swap.
/// </summary>
public sealed partial class Publisher
{
    private const string StagingPrefix = ".output-new-";
    private const string RetiredPrefix = ".output-old-";
    private const string TrashPrefix = ".output-trash-";

    private const string MarkerText =
        "This folder was written by `archive build`. The next build replaces it whole: do not keep other files here.\n";

    private readonly PublishOptions _options;

    public Publisher(PublishOptions? options = null) => _options = options ?? new PublishOptions();

    /// <summary>
    /// Writes <paramref name="files"/> as the new content of <paramref name="outputDir"/>, replacing what was there.
    /// Throws <see cref="PublishException"/> when it refuses or cannot; the previous output is then unchanged.
    /// </summary>
    /// <param name="staged">
    /// Called with the staging folder once every file is in it, before the swap (the search index is built there); what
    /// it adds is published with the site, and an exception from it abandons the publish.
    /// </param>
    /// <returns>What was repaired first (see <see cref="Recover"/>), in words.</returns>
    public IReadOnlyList<string> Publish(string outputDir, IEnumerable<OutputFile> files, Action<string>? staged = null)
    {
        using var output = Begin(outputDir);
        foreach (var file in files) output.Write(file.Path, file.Content);
        return output.Commit(staged);
    }

    /// <summary>
    /// Takes the output's lock, repairs what an interrupted build left, and opens a fresh staging folder beside the
    /// output for files to be streamed into (<see cref="StagedOutput.Write"/>), then published in one step
    /// (<see cref="StagedOutput.Commit"/>) or thrown away (<see cref="StagedOutput.Abandon"/>). The lock is held until
    /// the staged output is disposed. Throws <see cref="PublishException"/> when it refuses or cannot.
    /// </summary>
    public StagedOutput Begin(string outputDir)
    {
        outputDir = Path.GetFullPath(outputDir);
        var parent = Path.GetDirectoryName(outputDir)
                     ?? throw new PublishException(new PublishProblem(outputDir, $"{outputDir} is the root of the file system", "pass --output a folder of its own", true));
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PublishException(Explain(ex, outputDir, parent), ex);
        }

        var held = TakeLock(outputDir);
        try
        {
            var recovered = RecoverLocked(outputDir, parent);
            if (OutputGuard.CheckExisting(outputDir, _options.Force) is { } refusal) throw new PublishException(refusal);
            // Only an output of ours is a source of unchanged files; a folder replaced with --force is not.
            var previous = File.Exists(Path.Combine(outputDir, OutputGuard.Marker)) ? outputDir : null;
            var staging = Path.Combine(parent, StagingPrefix + Tag(outputDir));
            try
            {
                Step(PublishStep.Locked);
                Directory.CreateDirectory(staging);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Delete(staging);
                throw new PublishException(Explain(ex, outputDir, parent), ex);
            }
            return new StagedOutput(this, held, outputDir, staging, previous, recovered);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    // Only the caller's own step is abandoned on any exception: anything else that escapes stands for a killed build,
    // whose staging folder the next build's recovery removes (and the tests simulate exactly that).
    private static void Finish(string staging, Action<string>? staged)
    {
        if (staged is null) return;
        try
        {
            staged(staging);
        }
        catch (Exception ex) when (ex is not (IOException or UnauthorizedAccessException))
        {
            Delete(staging);
            throw;
        }
    }

    /// <summary>
    /// Repairs what an interrupted build left beside <paramref name="outputDir"/>: puts the previous site back if the
    /// build was stopped between the two renames of a swap, and removes unfinished staging and retired folders. Does
    /// nothing while another build holds the lock, since those folders may be that build's. Returns what it did, in words.
    /// </summary>
    public IReadOnlyList<string> Recover(string outputDir)
    {
        outputDir = Path.GetFullPath(outputDir);
        var parent = Path.GetDirectoryName(outputDir);
        if (parent is null || !Directory.Exists(parent)) return [];
        OutputLock? held;
        try
        {
            held = OutputLock.TryTake(outputDir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder this build cannot write in: publishing will say so with the right advice.
            return [];
        }
        using (held)
        {
            return held is null ? [] : RecoverLocked(outputDir, parent);
        }
    }

    private OutputLock TakeLock(string outputDir)
    {
        try
        {
            if (OutputLock.Take(outputDir, _options.LockTimeoutOrDefault) is { } taken) return taken;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PublishException(Explain(ex, outputDir, Path.GetDirectoryName(outputDir)!), ex);
        }
        var holder = OutputLock.Holder(outputDir) is { } who ? $" (process {who})" : "";
        var seconds = _options.LockTimeoutOrDefault.TotalSeconds;
        throw new PublishException(new PublishProblem(outputDir,
            $"another build{holder} is publishing into {outputDir}; waited {seconds:0} s for it to finish",
            $"let that build finish and run this one again; if no build is running, another program holds {OutputLock.LockPath(outputDir)} open",
            Refused: false));
    }

    private static IReadOnlyList<string> RecoverLocked(string outputDir, string parent)
    {
        var done = new List<string>();
        var retired = Leftovers(outputDir, RetiredPrefix);
        if (!Directory.Exists(outputDir) && retired.Count > 0)
        {
            var previous = retired.OrderByDescending(Directory.GetLastWriteTimeUtc).First();
            try
            {
                Directory.Move(previous, outputDir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new PublishException(new PublishProblem(outputDir,
                    $"an earlier build was stopped while replacing {outputDir}, and the previous site cannot be moved back from {previous}: {ex.Message}",
                    $"move {previous} to {outputDir} by hand, then build again", false), ex);
            }
            done.Add($"put the previous site back into {outputDir}: an earlier build was stopped while replacing it");
        }
        var unfinished = Leftovers(outputDir, StagingPrefix).Concat(Leftovers(outputDir, RetiredPrefix)).Concat(Leftovers(outputDir, TrashPrefix)).ToList();
        foreach (var folder in unfinished) Delete(folder);
        if (unfinished.Count > 0)
        {
            done.Add($"removed {unfinished.Count} unfinished folder{(unfinished.Count == 1 ? "" : "s")} that an interrupted build left in {parent}");
        }
        return done;
    }

    /// <summary>What the marker file says; written into every published output.</summary>
    internal static byte[] MarkerBytes { get; } = System.Text.Encoding.UTF8.GetBytes(MarkerText);

    internal void Swap(string staging, string outputDir)
    {
        if (!Directory.Exists(outputDir))
        {
            Directory.Move(staging, outputDir);
            Step(PublishStep.Swapped);
            return;
        }
        if (_options.AtomicExchange && Posix.TryExchange(staging, outputDir))
        {
            // The staging path now holds the previous site.
            Step(PublishStep.Swapped);
            Discard(staging, outputDir);
            return;
        }
        var retired = Path.Combine(Path.GetDirectoryName(outputDir)!, RetiredPrefix + Tag(outputDir));
        Directory.Move(outputDir, retired);
        Step(PublishStep.Retired);
        try
        {
            Directory.Move(staging, outputDir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Directory.Move(retired, outputDir);
            throw;
        }
        Step(PublishStep.Swapped);
        Discard(retired, outputDir);
    }

    /// <summary>Deletes the previous site; renamed first so that recovery never mistakes half of it for a site to restore.</summary>
    private static void Discard(string folder, string outputDir)
    {
        var trash = Path.Combine(Path.GetDirectoryName(outputDir)!, TrashPrefix + Tag(outputDir));
        try
        {
            Directory.Move(folder, trash);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            trash = folder;
        }
        Delete(trash);
    }

    internal static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The new site is in place; what is left is removed by the next build's recovery.
        }
    }

    internal void Step(PublishStep step) => _options.BetweenSteps?.Invoke(step);

    /// <summary>A name unique to this process and call, which recovery can tell apart from another output's folders.</summary>
    private static string Tag(string outputDir) =>
        $"{Path.GetFileName(outputDir)}.{Environment.ProcessId}.{Guid.NewGuid().ToString("N")[..12]}";

    private static List<string> Leftovers(string outputDir, string prefix)
    {
        var parent = Path.GetDirectoryName(outputDir)!;
        var start = prefix + Path.GetFileName(outputDir) + ".";
        return Directory.EnumerateDirectories(parent, start + "*")
            .Where(d => TagEnd().IsMatch(Path.GetFileName(d)[start.Length..]))
            .ToList();
    }

    internal static PublishProblem Explain(Exception ex, string outputDir, string where)
    {
        var unchanged = Directory.Exists(outputDir) ? $"{outputDir} is unchanged" : "nothing was written";
        var errno = ex.HResult & 0xFFFF;
        if (ex is IOException && (errno is 28 or 112 || ex.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)))
        {
            return new PublishProblem(outputDir, $"the disk holding {where} is full; the site could not be written ({unchanged})",
                "free some space on that disk, or pass --output a folder on another disk, and build again", false);
        }
        if (ex is UnauthorizedAccessException || errno is 13 or 30 || ex.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase))
        {
            return new PublishProblem(outputDir, $"cannot write in {where}: permission denied or read-only ({unchanged})",
                "pass --output a folder you can write to, or fix the permissions of that folder", false);
        }
        return new PublishProblem(outputDir, $"cannot write the site into {outputDir}: {ex.Message} ({unchanged})",
            "check that the folder and its parent can be written, then build again", false);
    }

    [GeneratedRegex(@"^\d+\.[0-9a-f]{12}$")]
    private static partial Regex TagEnd();
}
