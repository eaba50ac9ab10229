using System.Buffers;
using System.Collections.Concurrent;
using Archive.Platform;
using Archive.Rendering;
using Microsoft.Win32.SafeHandles;

namespace Archive.Publishing;

/// <summary>
/// A staging folder being filled under the output's lock (<see cref="Publisher.Begin"/>). Files are streamed in from
/// many threads as they are rendered; each is compared with the file of the same path in the published output, and
/// an identical one is hard-linked instead of written, so publishing into an existing output changes only the files
/// whose bytes changed, and drops the files that are gone. Nothing outside the staging folder is touched until
/// <see cref="Commit"/> swaps it in; a file is only ever created, never rewritten, so a linked file of the live site
/// can never be changed through the staging folder.
/// </summary>
public sealed class StagedOutput : IPageSink, IDisposable
{
    private readonly Publisher _publisher;
    private readonly OutputLock _lock;
    private readonly string _root;
    private readonly string? _previous;
    private readonly IReadOnlyList<string> _recovered;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private Exception? _failure;
    private int _written, _kept;
    private bool _done;

    internal StagedOutput(Publisher publisher, OutputLock held, string outputDir, string staging, string? previous, IReadOnlyList<string> recovered)
    {
        _publisher = publisher;
        _lock = held;
        OutputDir = outputDir;
        StagingDir = staging;
        _root = staging + Path.DirectorySeparatorChar;
        _previous = previous;
        _recovered = recovered;
        _folders[staging] = 0;
    }

    public string OutputDir { get; }

    /// <summary>The folder files are written into, beside the output, until it takes the output's place.</summary>
    public string StagingDir { get; }

    /// <summary>Files written anew so far.</summary>
    public int Written => Volatile.Read(ref _written);

    /// <summary>Files whose bytes equalled the published ones and were carried over as they were.</summary>
    public int Kept => Volatile.Read(ref _kept);

    /// <summary>The first write that failed (a full disk, say); later writes are skipped and <see cref="Commit"/> reports it.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    /// <summary>Writes (or carries over) one file. Safe to call from many threads, once per path.</summary>
    /// <param name="path">Relative to the output folder, with forward slashes.</param>
    public void Write(string path, ReadOnlySpan<byte> content)
    {
        if (Failure is not null) return;
        var target = Target(path);
        try
        {
            EnsureFolder(Path.GetDirectoryName(target)!);
            var published = _previous is null ? null : Path.Combine(_previous, path);
            if (published is not null && SameBytes(published, content) && CarryOver(published, target))
            {
                Interlocked.Increment(ref _kept);
                return;
            }
            Create(target, content);
            Interlocked.Increment(ref _written);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, ex, null);
        }
    }

    /// <summary>
    /// A stream for a large file (a data download) written in pieces. When it is closed and its bytes equal the published
    /// file's, the published file is carried over in its place, as <see cref="Write"/> does.
    /// </summary>
    public Stream OpenWrite(string path)
    {
        var target = Target(path);
        EnsureFolder(Path.GetDirectoryName(target)!);
        return new StagedStream(this, path, target);
    }

    /// <summary>
    /// Writes the marker, runs <paramref name="staged"/> over the finished folder, and swaps it into the output's place.
    /// Throws <see cref="PublishException"/> when a write failed or the swap cannot be made; the output is then unchanged.
    /// </summary>
    /// <param name="staged">Run over the staging folder once every file is in it, before the swap (a search index, say).
    /// It may add files and replace them, never change one in place: an unchanged file is a link to the published one.</param>
    /// <param name="stagedFolder">Where, relative to the output, <paramref name="staged"/> writes: its files whose bytes
    /// equal the published ones are carried over as <see cref="Write"/> carries over pages, so a search index that did
    /// not change keeps its files and their times.</param>
    /// <returns>What was repaired before building (see <see cref="Publisher.Recover"/>), in words.</returns>
    public IReadOnlyList<string> Commit(Action<string>? staged = null, string? stagedFolder = null)
    {
        if (_done) throw new InvalidOperationException("the staged output was already published or abandoned");
        try
        {
            if (Failure is { } failure) throw failure;
            Write(OutputGuard.Marker, Publisher.MarkerBytes);
            if (Failure is { } markerFailure) throw markerFailure;
            _publisher.Step(PublishStep.Staged);
            try
            {
                staged?.Invoke(StagingDir);
            }
            catch (Exception ex) when (ex is not (IOException or UnauthorizedAccessException))
            {
                // Only the caller's own step is abandoned on any exception: anything else that escapes stands for a
                // killed build, whose staging folder the next build's recovery removes (and the tests simulate that).
                Abandon();
                throw;
            }
            if (stagedFolder is not null) KeepUnchanged(stagedFolder);
            _publisher.Swap(StagingDir, OutputDir);
            _done = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Abandon();
            throw new PublishException(Publisher.Explain(ex, OutputDir, Path.GetDirectoryName(OutputDir)!), ex);
        }
        return _recovered;
    }

    /// <summary>Replaces each file under <paramref name="folder"/> that equals its published file by the published file.</summary>
    private void KeepUnchanged(string folder)
    {
        var staged = Target(folder);
        if (_previous is null || !Directory.Exists(staged)) return;
        foreach (var file in Directory.EnumerateFiles(staged, "*", SearchOption.AllDirectories))
        {
            var published = Path.Combine(_previous, Path.GetRelativePath(StagingDir, file));
            if (!File.Exists(published) || new FileInfo(published).Length != new FileInfo(file).Length || !StagedStream.SameFiles(published, file)) continue;
            CarryOver(published, file);
            Interlocked.Increment(ref _kept);
        }
    }

    /// <summary>Throws the staging folder away (a build with errors publishes nothing); the output is untouched.</summary>
    public void Abandon()
    {
        _done = true;
        Publisher.Delete(StagingDir);
    }

    /// <summary>
    /// Releases the lock. A staged output neither committed nor abandoned (the build crashed) is left as a killed build
    /// leaves it, and the next build's recovery removes it.
    /// </summary>
    public void Dispose() => _lock.Dispose();

    private string Target(string path)
    {
        var target = Path.GetFullPath(Path.Combine(StagingDir, path));
        // Paths come from routes and theme assets; one that leaves the folder is a bug, never something to write.
        if (!target.StartsWith(_root, StringComparison.Ordinal)) throw new InvalidOperationException($"output path {path} leaves the output folder");
        return target;
    }

    private void EnsureFolder(string folder)
    {
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _folders.TryAdd(folder, 0);
    }

    private static void Create(string target, ReadOnlySpan<byte> content)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, content.Length);
        }
        catch (IOException) when (File.Exists(target))
        {
            // The same path twice: the later file wins, as it always has. The earlier one may be a link into the live
            // site, so it is unlinked, never overwritten.
            File.Delete(target);
            handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, content.Length);
        }
        using (handle)
        {
            RandomAccess.Write(handle, content, 0);
        }
    }

    /// <summary>Puts the published file into the staging folder unchanged: a hard link, or a copy with its modification time.</summary>
    private static bool CarryOver(string published, string target)
    {
        if (File.Exists(target)) File.Delete(target);
        if (Posix.TryHardLink(published, target)) return true;
        File.Copy(published, target);
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(published));
        return true;
    }

    /// <summary>Whether the published file holds exactly <paramref name="content"/>; false when it is missing or unreadable.</summary>
    private static bool SameBytes(string published, ReadOnlySpan<byte> content)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(published, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        using (handle)
        {
            if (RandomAccess.GetLength(handle) != content.Length) return false;
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(content.Length, 1 << 20) + 1);
            try
            {
                long offset = 0;
                while (offset < content.Length)
                {
                    var want = (int)Math.Min(buffer.Length, content.Length - offset);
                    var read = RandomAccess.Read(handle, buffer.AsSpan(0, want), offset);
                    if (read <= 0 || !buffer.AsSpan(0, read).SequenceEqual(content.Slice((int)offset, read))) return false;
                    offset += read;
                }
                return true;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>A file written in pieces; on close, replaced by the published file when their bytes are the same.</summary>
    private sealed class StagedStream : FileStream
    {
        private readonly StagedOutput _owner;
        private readonly string _path;
        private readonly string _target;

        public StagedStream(StagedOutput owner, string path, string target) : base(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16)
        {
            _owner = owner;
            _path = path;
            _target = target;
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (!disposing) return;
            try
            {
                var published = _owner._previous is null ? null : Path.Combine(_owner._previous, _path);
                if (published is not null && File.Exists(published) && new FileInfo(published).Length == new FileInfo(_target).Length
                    && SameFiles(published, _target))
                {
                    CarryOver(published, _target);
                    Interlocked.Increment(ref _owner._kept);
                    return;
                }
                Interlocked.Increment(ref _owner._written);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Interlocked.CompareExchange(ref _owner._failure, ex, null);
            }
        }

        internal static bool SameFiles(string a, string b)
        {
            using var first = File.OpenRead(a);
            using var second = File.OpenRead(b);
            var x = new byte[1 << 16];
            var y = new byte[1 << 16];
            while (true)
            {
                var n = first.ReadAtLeast(x, x.Length, throwOnEndOfStream: false);
                var m = second.ReadAtLeast(y, y.Length, throwOnEndOfStream: false);
                if (n != m || !x.AsSpan(0, n).SequenceEqual(y.AsSpan(0, m))) return false;
                if (n == 0) return true;
            }
        }
    }
}
