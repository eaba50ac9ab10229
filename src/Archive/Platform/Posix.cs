using System.Runtime.InteropServices;

namespace Archive.Platform;

/// <summary>
/// The few POSIX calls .NET does not expose: what kind of file a path is (a FIFO looks like an empty regular
/// file to <see cref="FileInfo"/>, and opening one blocks forever), the real path of a folder, and swapping two
/// folders in one step, and a second name for a file. Every call has a managed fallback for systems where it does not exist.
/// </summary>
internal static partial class Posix
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint RenameExchange = 0x2;
    private const int StatxModeOffset = 28;
    private const int StatxSize = 256;

    /// <summary>
    /// The kind of the file at <paramref name="path"/>, following symlinks unless <paramref name="followLinks"/> is false.
    /// Where the system cannot tell (not Linux or macOS), anything that is neither a folder nor a link counts as regular.
    /// </summary>
    public static FileKind KindOf(string path, bool followLinks = true)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var buffer = new byte[StatxSize];
                if (Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, buffer) != 0) return FileKind.Missing;
                return FromMode(BitConverter.ToUInt16(buffer, StatxModeOffset));
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                // A libc older than statx (glibc 2.28): fall through to what .NET can tell.
            }
        }
        else if (OperatingSystem.IsMacOS())
        {
            // Darwin's struct stat starts with a 32-bit st_dev and a 16-bit st_mode, on every architecture it runs on.
            var buffer = new byte[256];
            var result = followLinks ? DarwinStat(path, buffer) : DarwinLstat(path, buffer);
            return result != 0 ? FileKind.Missing : FromMode(BitConverter.ToUInt16(buffer, 4));
        }
        var info = new FileInfo(path);
        if (!followLinks && info.LinkTarget is not null) return FileKind.Link;
        if (Directory.Exists(path)) return FileKind.Directory;
        return info.Exists ? FileKind.Regular : FileKind.Missing;
    }

    private static FileKind FromMode(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.Link,
        0x1000 => FileKind.Fifo,
        0xC000 => FileKind.Socket,
        0x2000 or 0x6000 => FileKind.Device,
        _ => FileKind.Other,
    };

    /// <summary>
    /// The absolute path with every symlink resolved, for a path that may not exist yet: the longest existing
    /// ancestor is resolved and the rest appended, so <c>-o link/new</c> is judged by where it really leads.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var rest = new Stack<string>();
        var existing = full;
        while (!Directory.Exists(existing) && !File.Exists(existing))
        {
            var parent = Path.GetDirectoryName(existing);
            if (parent is null) return full;
            rest.Push(Path.GetFileName(existing));
            existing = parent;
        }
        var resolved = Resolve(existing);
        while (rest.Count > 0) resolved = Path.Combine(resolved, rest.Pop());
        return resolved;
    }

    private static string Resolve(string existing)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            var pointer = NativeRealPath(existing, IntPtr.Zero);
            if (pointer != IntPtr.Zero)
            {
                try
                {
                    return Marshal.PtrToStringUTF8(pointer) ?? existing;
                }
                finally
                {
                    Free(pointer);
                }
            }
        }
        return Path.GetFullPath(existing);
    }

    /// <summary>
    /// Exchanges two existing folders in one step (Linux <c>renameat2</c> with <c>RENAME_EXCHANGE</c>), so there is no
    /// moment at which either path is missing. False when the system or the file system cannot; the caller falls back.
    /// </summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (Renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0) return true;
            var errno = Marshal.GetLastPInvokeError();
            // EINVAL (file system without exchange) and ENOSYS (old kernel) mean "not here": use the two-rename swap.
            if (errno is 22 or 38) return false;
            throw new IOException($"cannot exchange {a} and {b}: {Marshal.GetPInvokeErrorMessage(errno)}", errno);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Makes <paramref name="link"/> a second name of the existing file <paramref name="existing"/> (POSIX <c>link</c>):
    /// the same inode, so the same bytes and modification time. False where the system or file system has no hard
    /// links (or they would cross file systems); the caller then copies.
    /// </summary>
    public static bool TryHardLink(string existing, string link)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return false;
        try
        {
            if (Link(existing, link) == 0) return true;
            var errno = Marshal.GetLastPInvokeError();
            // EXDEV, EPERM, EMLINK, ENOTSUP/EOPNOTSUPP (Linux 95, macOS 45): not possible here, copy instead.
            if (errno is 18 or 1 or 31 or 95 or 45) return false;
            throw new IOException($"cannot link {link} to {existing}: {Marshal.GetPInvokeErrorMessage(errno)}", errno);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int DarwinStat(string path, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int DarwinLstat(string path, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr NativeRealPath(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
}
