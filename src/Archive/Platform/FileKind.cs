namespace Archive.Platform;

/// <summary>What a path is on disk. Only <see cref="Regular"/> files are ever opened by the build.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    Link,
    Fifo,
    Socket,
    Device,
    Other,
}
