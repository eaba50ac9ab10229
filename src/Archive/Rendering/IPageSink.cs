namespace Archive.Rendering;

/// <summary>
/// Where rendering hands each finished file as soon as it is encoded: the publisher's staging folder for a build,
/// nothing for a check, memory for a preview. Called from many threads at once; <c>content</c> is only
/// valid during the call.
/// </summary>
public interface IPageSink
{
    /// <param name="path">The file's path in the output folder (<c>articles/x/index.html</c>), with forward slashes.</param>
    void Write(string path, ReadOnlySpan<byte> content);
}
