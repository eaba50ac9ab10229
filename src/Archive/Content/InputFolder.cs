using Archive.Diagnostics;
using Archive.Platform;

namespace Archive.Content;

/// <summary>
/// Decides which paths under <c>input/</c> may be opened: regular files only (a FIFO, socket or device would block
/// the build or read forever, and is never opened), and links only when they lead to a file inside <c>input/</c>
/// (otherwise any file on the machine could be published).
/// </summary>
internal sealed class InputFolder
{
    private readonly string _real;

    public InputFolder(string inputDir) => _real = Posix.RealPath(inputDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    /// <summary>Whether <paramref name="path"/>, with every link resolved, is inside <c>input/</c>.</summary>
    public bool IsInside(string path) => (Posix.RealPath(path) + Path.DirectorySeparatorChar).StartsWith(_real, StringComparison.Ordinal);

    /// <summary>True when the file may be read; otherwise reports why it is skipped (a warning) or refused (an error).</summary>
    public bool IsReadable(string path, string relative, DiagnosticBag diagnostics)
    {
        var linked = Posix.KindOf(path, followLinks: false) == FileKind.Link;
        if (linked && !IsInside(path))
        {
            diagnostics.Error(DiagnosticCodes.LinkLeavesInput, relative, 0, 0,
                $"this file is a link to {Posix.RealPath(path)}, outside input/; it is not read, so nothing outside the archive is published",
                "replace the link with a copy of the file, or point it at a file inside input/");
            return false;
        }
        var kind = Posix.KindOf(path);
        if (kind == FileKind.Regular) return true;
        var what = kind switch
        {
            FileKind.Fifo => "a named pipe (FIFO)",
            FileKind.Socket => "a socket",
            FileKind.Device => "a device",
            FileKind.Missing => linked ? "a link to a file that does not exist" : "gone",
            _ => "not a regular file",
        };
        diagnostics.Warning(DiagnosticCodes.UnreadableFile, relative, 0, 0, $"this is {what}, not a regular file, and is skipped without being opened",
            "remove it from input/; only ordinary text files are read");
        return false;
    }
}
