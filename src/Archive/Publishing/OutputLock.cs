using System.Diagnostics;
using System.Globalization;

namespace Archive.Publishing;

/// <summary>
/// One build at a time per output folder: an exclusive OS lock on a file beside the folder (<c>.output.lock</c> for
/// <c>output/</c>). The kernel releases it when the holder exits, however it exits, so a killed build never leaves
/// the folder locked. Who holds it is written to a second file, because the lock file itself cannot be read while held.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _stream;
    private readonly string _ownerFile;

    private OutputLock(FileStream stream, string ownerFile)
    {
        _stream = stream;
        _ownerFile = ownerFile;
    }

    public static string LockPath(string outputDir) =>
        Path.Combine(Path.GetDirectoryName(outputDir)!, "." + Path.GetFileName(outputDir) + ".lock");

    /// <summary>Takes the lock at once, or returns null when another build holds it.</summary>
    public static OutputLock? TryTake(string outputDir)
    {
        var path = LockPath(outputDir);
        FileStream stream;
        try
        {
            // FileShare.None is an flock(LOCK_EX) on Unix and a sharing lock on Windows: either way exclusive, per open file.
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
        var owner = path + ".owner";
        using var process = Process.GetCurrentProcess();
        File.WriteAllText(owner, string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessId} {process.ProcessName} since {DateTime.Now:yyyy-MM-dd HH:mm:ss}\n"));
        return new OutputLock(stream, owner);
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the lock; null when it is still held then.</summary>
    public static OutputLock? Take(string outputDir, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (TryTake(outputDir) is { } taken) return taken;
            if (clock.Elapsed >= timeout) return null;
            Thread.Sleep(Poll);
        }
    }

    /// <summary>Who holds the lock, as its holder wrote it ("pid name since time"), or null when unknown.</summary>
    public static string? Holder(string outputDir)
    {
        try
        {
            return File.ReadAllText(LockPath(outputDir) + ".owner").Trim() is { Length: > 0 } text ? text : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_ownerFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a stale description of a lock that is free anyway.
        }
        // The lock file itself stays: deleting it while another build waits on it would let two builds hold "the" lock.
        _stream.Dispose();
    }
}
