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

    /// <summary>
    /// A stream for a file written in pieces (a data download, which grows with the archive: every article's text is
    /// in <c>data/articles.json</c>), so that it need not be held whole in memory; the file is complete when the
    /// stream is disposed. A sink that keeps files whole takes the bytes as one <see cref="Write"/> then.
    /// </summary>
    Stream OpenWrite(string path) => new WrittenWhenDisposed(this, path);

    /// <summary>The bytes of one file, handed to <see cref="Write"/> when the stream is disposed.</summary>
    private sealed class WrittenWhenDisposed(IPageSink sink, string path) : MemoryStream
    {
        private bool _written;

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_written)
            {
                _written = true;
                sink.Write(path, GetBuffer().AsSpan(0, (int)Length));
            }
            base.Dispose(disposing);
        }
    }
}
